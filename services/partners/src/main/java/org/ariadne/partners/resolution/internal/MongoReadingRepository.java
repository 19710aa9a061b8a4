package org.ariadne.partners.resolution.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ReadingRepository;
import org.ariadne.partners.storage.BsonRecords;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code readings}: one document per plan activity ({@code _id} = activityId) with its outbox. */
@Repository
class MongoReadingRepository implements ReadingRepository {

    static final String COLLECTION = "readings";
    static final String COUNT_TOKEN = "countToken";

    private final OutboxCollection readings;

    MongoReadingRepository(Outbox outbox) {
        this.readings = outbox.tenantCollection(COLLECTION);
    }

    @Override
    public Optional<Stored> find(String activityId) {
        Document d = readings().find(eq("_id", activityId)).projection(BsonRecords.WITHOUT_OUTBOX).first();
        return Optional.ofNullable(d).filter(doc -> !Boolean.TRUE.equals(doc.getBoolean("removed"))).map(MongoReadingRepository::stored);
    }

    @Override
    public Map<String, Stored> findAll(Collection<String> activityIds) {
        Map<String, Stored> found = new HashMap<>();
        // by _id alone: the Mongo wire server uses an index only for a filter on exactly its keys, and with the removed
        // flag in the filter it scanned every reading of the tenant for each list of a plan (docs/reliability.md)
        for (Document d : readings().find(in("_id", activityIds)).projection(BsonRecords.WITHOUT_OUTBOX)) {
            if (!Boolean.TRUE.equals(d.getBoolean("removed"))) {
                Stored stored = stored(d);
                found.put(stored.reading().activityId(), stored);
            }
        }
        return found;
    }

    @Override
    public List<Stored> all() {
        List<Stored> all = new ArrayList<>();
        for (Document d : readings().find(ne("removed", true)).projection(BsonRecords.WITHOUT_OUTBOX)) {
            all.add(stored(d));
        }
        return all;
    }

    @Override
    public void insert(ActivityReading reading, List<? extends DomainEvent> events, String countToken) {
        readings.insert(withToken(BsonRecords.toDocument(reading, reading.activityId()).append("removed", false), countToken),
                events);
    }

    @Override
    public boolean update(ActivityReading reading, long expectedVersion, List<? extends DomainEvent> events, String countToken) {
        Document state = withToken(BsonRecords.toDocument(reading, reading.activityId()).append("removed", false), countToken);
        return readings.update(reading.activityId(), expectedVersion, BsonRecords.setState(state), events) != null;
    }

    /** No field at all without a token: {@code exists} matches a null, and the start's settling would find it. */
    private static Document withToken(Document state, String countToken) {
        return countToken == null ? state : state.append(COUNT_TOKEN, countToken);
    }

    @Override
    public void remove(String activityId, String countToken) {
        // the document may still hold unpublished events: keep it, mark it
        readings().updateOne(eq("_id", activityId), Updates.combine(Updates.set("removed", true),
                Updates.set("names", List.of()), Updates.set(COUNT_TOKEN, countToken)));
    }

    @Override
    public List<CountPending> countPending() {
        List<CountPending> pending = new ArrayList<>();
        for (Document d : readings().find(exists(COUNT_TOKEN)).projection(BsonRecords.WITHOUT_OUTBOX)) {
            ActivityReading reading = BsonRecords.fromDocument(d, ActivityReading.class);
            pending.add(new CountPending(d.getString("_id"), d.getString(COUNT_TOKEN),
                    Boolean.TRUE.equals(d.getBoolean("removed")) ? List.of() : reading.unresolved()));
        }
        return pending;
    }

    @Override
    public Optional<CountPending> countPending(String activityId) {
        Document d = readings().find(eq("_id", activityId)).projection(BsonRecords.WITHOUT_OUTBOX).first();
        if (d == null || d.getString(COUNT_TOKEN) == null) {
            return Optional.empty();
        }
        return Optional.of(new CountPending(activityId, d.getString(COUNT_TOKEN), Boolean.TRUE.equals(d.getBoolean("removed"))
                ? List.of() : BsonRecords.fromDocument(d, ActivityReading.class).unresolved()));
    }

    @Override
    public void countPublished(String activityId, String countToken) {
        readings().updateOne(and(eq("_id", activityId), eq(COUNT_TOKEN, countToken)), Updates.unset(COUNT_TOKEN));
    }

    private static Stored stored(Document d) {
        return new Stored(BsonRecords.fromDocument(d, ActivityReading.class), ((Number) d.get("version")).longValue(),
                d.getString(COUNT_TOKEN));
    }

    private MongoCollection<Document> readings() {
        return readings.documents();
    }
}
