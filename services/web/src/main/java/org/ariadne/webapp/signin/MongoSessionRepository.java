package org.ariadne.webapp.signin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

/**
 * Sessions in MongoDB, so every replica of the web application knows every signed-in user. A session holds the
 * user's tokens (the OAuth2 authorized client), the security context, the CSRF token and the pending sign-in
 * request; its attributes are stored as one serialized blob that only this application reads and writes.
 * Expired sessions are refused on read and removed by a TTL index on {@code expiresAt}.
 */
public class MongoSessionRepository implements SessionRepository<MapSession> {

    private final MongoCollection<Document> sessions;
    private final Duration timeout;

    public MongoSessionRepository(MongoCollection<Document> sessions, Duration timeout) {
        this.sessions = sessions;
        this.timeout = timeout;
        sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public MapSession createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(timeout);
        return session;
    }

    @Override
    public void save(MapSession session) {
        if (!session.getId().equals(session.getOriginalId())) {
            // a new id after sign-in (session fixation protection): the old one must stop working
            sessions.deleteOne(Filters.eq("_id", session.getOriginalId()));
        }
        Instant expiresAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
        Document document = new Document("_id", session.getId())
                .append("createdAt", Date.from(session.getCreationTime()))
                .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expiresAt", Date.from(expiresAt))
                .append("attributes", new Binary(serialize(session)));
        sessions.replaceOne(Filters.eq("_id", session.getId()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public MapSession findById(String id) {
        Document document = sessions.find(Filters.eq("_id", id)).first();
        if (document == null) {
            return null;
        }
        MapSession session = new MapSession(id);
        session.setCreationTime(document.getDate("createdAt").toInstant());
        session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(document.getLong("maxInactiveSeconds")));
        if (session.isExpired()) {
            deleteById(id);
            return null;
        }
        Map<String, Object> attributes = deserialize(document.get("attributes", Binary.class).getData());
        if (attributes == null) {
            // written by an incompatible version of the application: the user signs in again
            deleteById(id);
            return null;
        }
        attributes.forEach(session::setAttribute);
        return session;
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteOne(Filters.eq("_id", id));
    }

    private static byte[] serialize(MapSession session) {
        HashMap<String, Serializable> attributes = new HashMap<>();
        for (String name : session.getAttributeNames()) {
            Object value = session.getAttribute(name);
            if (value instanceof Serializable serializable) {
                attributes.put(name, serializable);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }
}
