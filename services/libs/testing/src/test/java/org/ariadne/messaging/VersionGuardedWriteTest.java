package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The version guard every consumer writes through: an event is applied only when it is newer than what the document
 * holds, whether this process guessed the held version right (its own last write, or no document yet) or another
 * replica moved the document behind its back.
 */
class VersionGuardedWriteTest {

    static MongoServer server;
    static MongoClient client;
    static MongoCollection<Document> views;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("guardtest");
        VersionGuardedWrite.index(database, "views", "sourceVersion");
        views = database.getCollection("views");
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void newerEventsAreAppliedAndReplaysAndLateEventsAreNot() {
        String id = UUID.randomUUID().toString();

        assertThat(apply(id, 1, "first")).isTrue();
        assertThat(apply(id, 3, "third")).isTrue();
        assertThat(apply(id, 3, "third again")).isFalse();
        assertThat(apply(id, 2, "late second")).isFalse();

        assertThat(held(id)).isEqualTo(new Document("_id", id).append("title", "third").append("sourceVersion", 3L));
    }

    @Test
    void aDocumentAnotherReplicaMovedIsReadAgainNeverOverwrittenWithAnOlderVersion() {
        String id = UUID.randomUUID().toString();
        assertThat(apply(id, 1, "first")).isTrue();

        // another replica (a zombie consumer after a rebalance) applied versions 2 to 5 meanwhile
        views.updateOne(eq("_id", id), Updates.combine(Updates.set("title", "fifth"), Updates.set("sourceVersion", 5L)));

        assertThat(apply(id, 4, "fourth")).as("older than what the other replica wrote").isFalse();
        assertThat(held(id).getString("title")).isEqualTo("fifth");
        assertThat(apply(id, 6, "sixth")).isTrue();
        assertThat(held(id).getString("title")).isEqualTo("sixth");
    }

    @Test
    void aDocumentThatExistedBeforeThisProcessWroteItIsUpdatedInPlace() {
        String id = UUID.randomUUID().toString();
        views.insertOne(new Document("_id", id).append("title", "from another replica").append("sourceVersion", 7L));
        String withoutVersion = UUID.randomUUID().toString();
        views.insertOne(new Document("_id", withoutVersion).append("status", "written by another event type"));

        assertThat(apply(id, 7, "replayed")).isFalse();
        assertThat(apply(id, 8, "eighth")).isTrue();
        assertThat(apply(withoutVersion, 1, "first")).isTrue();

        assertThat(held(id).getString("title")).isEqualTo("eighth");
        assertThat(views.countDocuments(eq("_id", id))).isEqualTo(1);
        assertThat(held(withoutVersion)).isEqualTo(new Document("_id", withoutVersion).append("status", "written by another event type")
                .append("title", "first").append("sourceVersion", 1L));
    }

    private static boolean apply(String id, long version, String title) {
        return VersionGuardedWrite.applyIfNewer(views, id, "sourceVersion", version, Updates.set("title", title));
    }

    private static Document held(String id) {
        return views.find(eq("_id", id)).first();
    }
}
