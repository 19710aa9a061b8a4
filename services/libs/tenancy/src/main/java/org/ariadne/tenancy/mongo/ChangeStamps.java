package org.ariadne.tenancy.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The one way for a copy kept in memory to learn that what it copied changed, on any replica: writers move a stamp
 * (a counter document {@code {_id, stamp}}) after each change, and a reader that sees a stamp other than the one it
 * copied under reads again. Reading a stamp is one query by id, far cheaper than reading what it stands for.
 */
public final class ChangeStamps {

    private static final String STAMP = "stamp";

    private ChangeStamps() {
    }

    /** The stamp's value; 0 while nothing has moved it. */
    public static long read(MongoCollection<Document> stamps, String id) {
        Document d = stamps.find(eq("_id", id)).first();
        Number stamp = d == null ? null : d.get(STAMP, Number.class);
        return stamp == null ? 0 : stamp.longValue();
    }

    /** Moves the stamp after a change (creating it the first time, also when two replicas do so at once). */
    public static void move(MongoCollection<Document> stamps, String id) {
        if (!DuplicateKeys.writeUnlessPresent(() -> stamps.updateOne(eq("_id", id), Updates.inc(STAMP, 1L), new UpdateOptions().upsert(true)))) {
            stamps.updateOne(eq("_id", id), Updates.inc(STAMP, 1L)); // another replica created it at the same moment
        }
    }
}
