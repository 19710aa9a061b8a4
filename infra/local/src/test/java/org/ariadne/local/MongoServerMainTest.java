package org.ariadne.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

class MongoServerMainTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartOnTheSameFile() {
        Path file = dir.resolve("data/mongo.mv");

        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = client(server)) {
            collection(client).insertOne(new Document("_id", "act-1").append("code", "1.1.1").append("tenant", "ba-04"));
        }
        assertTrue(Files.exists(file), "the H2 file is written");

        // Same file, new server (and a new free port): the document is still there.
        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = client(server)) {
            Document found = collection(client).find(new Document("_id", "act-1")).first();
            assertNotNull(found, "document persisted across restart");
            assertEquals("1.1.1", found.getString("code"));
        }
    }

    @Test
    void memoryStorageAnnouncesAModernServer() {
        try (MongoServerMain.Running server = MongoServerMain.start("memory", "127.0.0.1", 0);
             MongoClient client = client(server)) {
            Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertTrue(buildInfo.getString("version").startsWith("5."), buildInfo.toJson());
        }
    }

    private static MongoClient client(MongoServerMain.Running server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("plans__ba-04").getCollection("activities");
    }
}
