package org.ariadne.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ariadne.messaging.OutboxFields;
import org.bson.Document;

/**
 * A hash of every document of every collection of some databases, to prove that a refused request wrote nothing.
 * What the outbox relay changes on its own after an accepted write (the pending events and its lease) is left out.
 */
record DatabaseFingerprint(String hash, long documents) {

    private static final Set<String> RELAY_FIELDS = Set.of(OutboxFields.OUTBOX, OutboxFields.PENDING, OutboxFields.LEASE_UNTIL,
            OutboxFields.LEASE_OWNER);

    static DatabaseFingerprint of(MongoClient mongo, Predicate<String> databases, Set<String> ignoredCollections) {
        MessageDigest digest = sha256();
        long count = 0;
        List<String> names = new ArrayList<>();
        mongo.listDatabaseNames().into(names);
        names.sort(null);
        for (String name : names) {
            if (!databases.test(name)) {
                continue;
            }
            MongoDatabase database = mongo.getDatabase(name);
            List<String> collections = new ArrayList<>();
            database.listCollectionNames().into(collections);
            collections.sort(null);
            for (String collection : collections) {
                if (collection.startsWith("system.") || ignoredCollections.contains(collection)) {
                    continue;
                }
                digest.update((name + "." + collection + "\n").getBytes(StandardCharsets.UTF_8));
                for (Document document : database.getCollection(collection).find().sort(Sorts.ascending("_id"))) {
                    RELAY_FIELDS.forEach(document::remove);
                    digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                    count++;
                }
            }
        }
        return new DatabaseFingerprint(HexFormat.of().formatHex(digest.digest()), count);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
