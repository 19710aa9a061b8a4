package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one way a consumer writes an event into a read-model document: only when the event's source version is newer
 * than the version that last wrote the document, so duplicates, replays and late arrivals are no-ops, even when two
 * consumers (a zombie after a rebalance) write the same document at once.
 * <p>
 * A compare-and-set on the exact version just read: {@code find({_id})}, then
 * {@code updateOne({_id, <version field>: <version read, or null>}, {$set …, <version field>: v}, upsert)}. Both are
 * point look-ups by key. The obvious single-statement guard, {@code {_id, $or: [{version: {$lt: v}}, {version:
 * {$exists: false}}]}}, is one round trip on MongoDB, but the Mongo wire server of the local stack and the tests
 * (mongo-java-server) uses an index only when the filter names exactly the index's keys, and scanned the whole
 * collection for every event instead: a consumer draining a backlog into a read model of a few thousand documents
 * managed ~10 events/s (docs/benchmarks.md, "Consumer drain rate"). {@link #index} creates the unique
 * {@code {_id, <version field>}} index that answers the compare-and-set (MongoDB answers it from {@code _id} alone).
 * An event already applied costs the read only.
 * <p>
 * The read is skipped where the version held can be guessed: the version this process itself last wrote to the
 * document (kept for the {@value #REMEMBERED} documents written last), or none at all for a document this process has
 * not written (most events of a backlog create their document: an added activity). The guess is only the expected
 * value of the compare-and-set, so a wrong one (another replica wrote the document meanwhile, or it existed before
 * this process started) costs one failed write and then the read; it never applies an event that is not newer. So a
 * new document or the next version of one costs one round trip instead of two.
 */
public final class VersionGuardedWrite {

    /** Attempts before giving up on a document other writers keep moving (never reached by one consumer per key). */
    private static final int ATTEMPTS = 8;
    /** Documents whose last written version this process remembers as the guess for the next compare-and-set. */
    static final int REMEMBERED = 20_000;
    private static final Map<String, Object> WRITTEN = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > REMEMBERED;
        }
    });

    private VersionGuardedWrite() {
    }

    /**
     * Applies {@code update} (which must not set {@code versionField}; this sets it to {@code version}) to the document
     * {@code id}, creating it when absent, unless the document already holds {@code version} or a newer one.
     *
     * @return whether the update was applied
     */
    public static boolean applyIfNewer(MongoCollection<Document> collection, Object id, String versionField, long version,
            Bson update) {
        return write(collection, id, versionField, version, update) != Outcome.NOT_NEWER;
    }

    /** What {@link #write} did. */
    public enum Outcome {
        /** There was no document: the event created it (so nothing derived from an earlier version of it exists). */
        CREATED,
        /** The document held an older version, or none. */
        UPDATED,
        /** The document already held this version or a newer one: nothing was written. */
        NOT_NEWER
    }

    /** As {@link #applyIfNewer}, telling a created document from an updated one. */
    public static Outcome write(MongoCollection<Document> collection, Object id, String versionField, long version, Bson update) {
        Bson versioned = Updates.combine(update, Updates.set(versionField, version));
        String key = collection.getNamespace().getFullName() + "/" + versionField + "/" + id;
        Object guess = WRITTEN.getOrDefault(key, null);
        if (!(guess instanceof Number number) || number.longValue() < version) {
            Outcome outcome = compareAndSet(collection, id, versionField, guess, versioned);
            if (outcome != Outcome.NOT_NEWER) {
                WRITTEN.put(key, version);
                return outcome;
            }
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document current = collection.find(eq("_id", id)).projection(Projections.include(versionField)).first();
            Number held = current == null ? null : current.get(versionField, Number.class);
            if (held != null && held.longValue() >= version) {
                WRITTEN.put(key, held.longValue());
                return Outcome.NOT_NEWER;
            }
            // null matches a document without the field (written by another event type) and, with upsert, none at all
            Object expected = held == null ? null : current.get(versionField);
            Outcome outcome = compareAndSet(collection, id, versionField, expected, versioned);
            if (outcome != Outcome.NOT_NEWER) {
                WRITTEN.put(key, version);
                return outcome;
            }
            // another writer moved the document between the read and the write: read again
        }
        throw new IllegalStateException("Document " + id + " of " + collection.getNamespace() + " kept changing while version "
                + version + " was applied");
    }

    /**
     * Writes when the document holds exactly {@code expected} (null: no version, or no document, created then);
     * {@link Outcome#NOT_NEWER} when it does not.
     */
    private static Outcome compareAndSet(MongoCollection<Document> collection, Object id, String versionField, Object expected,
            Bson versioned) {
        UpdateResult[] result = new UpdateResult[1];
        boolean written = DuplicateKeys.writeUnlessPresent(() -> result[0] = collection.updateOne(
                and(eq("_id", id), eq(versionField, expected)), versioned, new UpdateOptions().upsert(true)));
        if (!written) {
            return Outcome.NOT_NEWER;
        }
        return result[0].getUpsertedId() != null ? Outcome.CREATED : result[0].getMatchedCount() > 0 ? Outcome.UPDATED : Outcome.NOT_NEWER;
    }

    /** The unique {@code {_id, <version field>}} index that answers the compare-and-set by key on every Mongo server. */
    public static void index(MongoDatabase database, String collection, String versionField) {
        database.getCollection(collection).createIndex(Indexes.ascending("_id", versionField),
                new IndexOptions().unique(true).name("_id_" + versionField));
    }
}
