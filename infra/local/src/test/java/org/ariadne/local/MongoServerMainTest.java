package org.ariadne.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class MongoServerMainTest {

    /** The server's ready line, whole: {@code listening on 127.0.0.1:<port> in <n> ms}. */
    private static final Pattern READY = Pattern.compile(MongoServerMain.READY_MARKER + " (127\\.0\\.0\\.1:\\d+) in \\d+ ms");

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

    /**
     * A server killed with SIGKILL (no shutdown hook, no close) leaves a file a new server opens with every write that
     * was acknowledged more than a second before the kill: the store commits once a second, not only on a graceful stop.
     */
    @Test
    void acknowledgedWritesSurviveAKillDashNine() throws IOException, InterruptedException {
        Path file = dir.resolve("data/mongo.mv");
        Path log = dir.resolve("server-stdout.txt");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MongoServerMain.class.getName(), file.toString(), "0")
                .redirectOutput(log.toFile()).redirectError(dir.resolve("server-log.txt").toFile()).start();
        try {
            String address = awaitListening(server, log);
            try (MongoClient client = client("mongodb://" + address)) {
                collection(client).insertOne(new Document("_id", "act-2").append("code", "2.1").append("tenant", "ba-04"));
                collection(client).updateOne(new Document("_id", "act-2"), new Document("$set", new Document("code", "2.2")));
            }
            Thread.sleep(2 * H2Store.COMMIT_EVERY_MILLIS + 500); // the committer's period, twice, and some slack
        } finally {
            server.destroyForcibly().waitFor(); // SIGKILL: nothing is closed or flushed on the way out
        }

        try (MongoServerMain.Running restarted = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = client(restarted)) {
            Document found = collection(client).find(new Document("_id", "act-2")).first();
            assertNotNull(found, "the insert survived the kill");
            assertEquals("2.2", found.getString("code"), "and so did the update after it");
        }
    }

    /**
     * The store writes documents as BSON: every type a service stores reads back as it was written, after the store
     * was closed and opened again (so from the file, not from a cache), with its indexes and a find by another field.
     */
    @Test
    void everyBsonTypeSurvivesARestart() {
        Path file = dir.resolve("data/mongo.mv");
        Document written = new Document("_id", new ObjectId())
                .append("text", "Zeničko-dobojski kanton — 2021–2024 ✓")
                .append("int", 42).append("long", 1L << 40).append("double", 0.1).append("decimal", new Decimal128(new BigDecimal("1234.56")))
                .append("true", true).append("null", null)
                .append("date", new Date(1_700_000_000_123L))
                .append("binary", new Binary(new byte[] {0, 1, 2, (byte) 255}))
                .append("uuid", UUID.fromString("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"))
                .append("list", List.of(1, "two", new Document("three", 3)))
                .append("nested", new Document("a", new Document("b", new Document("c", List.of()))));
        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = clientWithStandardUuids(server)) {
            collection(client).createIndex(new Document("text", 1), new IndexOptions().unique(true));
            collection(client).insertOne(written);
        }
        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = clientWithStandardUuids(server)) {
            assertEquals(written, collection(client).find(new Document("_id", written.getObjectId("_id"))).first());
            assertEquals(written, collection(client).find(new Document("long", 1L << 40)).first());
            MongoException duplicate = assertThrows(MongoException.class,
                    () -> collection(client).insertOne(new Document("text", written.getString("text"))));
            assertEquals(11000, duplicate.getCode(), "the unique index survived too");
        }
    }

    /**
     * A file written before the store wrote documents as BSON (H2's Java serialization, as mongo-java-server's own H2
     * backend writes it) is converted on the first start, and every document is there.
     */
    @Test
    void aStoreOfJavaSerializedDocumentsIsConvertedOnStart() {
        Path file = dir.resolve("data/mongo.mv");
        file.getParent().toFile().mkdirs();
        H2Backend old = new H2Backend(file.toString());
        MongoServer oldServer = new MongoServer(old);
        old.version(ServerVersion.MONGO_5_0);
        oldServer.bind("127.0.0.1", 0);
        try (MongoClient client = client("mongodb://127.0.0.1:" + oldServer.getLocalAddress().getPort())) {
            for (int i = 0; i < 250; i++) {
                collection(client).insertOne(new Document("_id", "act-" + i).append("code", "1." + i).append("when", new Date(i)));
            }
        } finally {
            oldServer.shutdown();
        }

        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = client(server)) {
            assertEquals(250, collection(client).countDocuments());
            assertEquals(new Document("_id", "act-7").append("code", "1.7").append("when", new Date(7)),
                    collection(client).find(new Document("code", "1.7")).first());
            collection(client).insertOne(new Document("_id", "act-new"));
        }
        try (MongoServerMain.Running server = MongoServerMain.start(file.toString(), "127.0.0.1", 0);
             MongoClient client = client(server)) {
            assertEquals(251, collection(client).countDocuments(), "converted once, then read as BSON");
        }
        assertFalse(Files.exists(file.resolveSibling("mongo.mv.to-bson")), "no conversion file is left");
    }

    @Test
    void memoryStorageAnnouncesAModernServer() {
        try (MongoServerMain.Running server = MongoServerMain.start("memory", "127.0.0.1", 0);
             MongoClient client = client(server)) {
            Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertTrue(buildInfo.getString("version").startsWith("5."), buildInfo.toJson());
        }
    }

    /** The server's "listening on host:port" line; the port was a free one. */
    private static String awaitListening(Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && server.isAlive()) {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            for (String line : lines) {
                // the whole line only: a look may catch it half written
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    return ready.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start: " + (Files.exists(log) ? Files.readString(log) : "no output"));
    }

    private static MongoClient client(MongoServerMain.Running server) {
        return client(server.connectionString());
    }

    private static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static MongoClient clientWithStandardUuids(MongoServerMain.Running server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("plans__ba-04").getCollection("activities");
    }
}
