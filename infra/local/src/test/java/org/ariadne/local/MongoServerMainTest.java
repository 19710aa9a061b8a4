package org.ariadne.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

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

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("plans__ba-04").getCollection("activities");
    }
}
