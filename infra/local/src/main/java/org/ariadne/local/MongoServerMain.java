package org.ariadne.local;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A stand-in for {@code mongod} on machines without Docker or a MongoDB install: mongo-java-server speaking
 * the MongoDB wire protocol, persisting to one H2 MVStore file (or kept in memory).
 *
 * <pre>
 * java -cp 'infra/local/target/local-stack.jar:infra/local/target/libs/*' org.ariadne.local.MongoServerMain \
 *      &lt;h2-file | memory&gt; [port (27017)] [bind host (127.0.0.1)]
 * </pre>
 *
 * Fidelity gaps (no sessions/transactions, no $text, collation and $jsonSchema ignored) are listed in
 * docs/adr/0004-local-stack-without-docker.md; the services are designed not to need those features.
 */
public final class MongoServerMain {

    /** Printed once the port is bound; ./run waits for this line. */
    public static final String READY_MARKER = "listening on";

    private MongoServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println("usage: MongoServerMain <h2-file|memory> [port] [bind-host]");
            return;
        }
        long started = System.nanoTime();
        String storage = args.length > 0 ? args[0] : "memory";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        String host = args.length > 2 ? args[2] : "127.0.0.1";

        Running running = start(storage, host, port);
        // SIGTERM / Ctrl-C: stop accepting, then commit and close the MVStore file.
        // (A kill -9 loses at most the last second of writes: see H2Store.)
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "mongo-shutdown"));
        System.out.printf("mongo-java-server %s (H2 MVStore: %s, announces MongoDB 5.0, oplog on) %s %s:%d in %d ms%n",
                versionOf(MongoServer.class), storage, READY_MARKER,
                running.address().getHostString(), running.address().getPort(),
                (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        new CountDownLatch(1).await(); // serve until the JVM is asked to stop
    }

    /**
     * Starts a server on {@code host:port} (port 0 = any free port).
     *
     * @param storage a file path for the H2 MVStore backend, or {@code memory}
     */
    public static Running start(String storage, String host, int port) {
        H2Store file = "memory".equals(storage) ? null : H2Store.open(Path.of(storage));
        AbstractMongoBackend backend = file != null ? file.backend() : new MemoryBackend();
        // The 5.x Java driver refuses servers older than 4.2 (wire version 8); the default would be 3.6.
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.enableOplog(); // change streams need it
        server.bind(host, port);
        return new Running(server, backend, file, server.getLocalAddress());
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version != null ? version : "";
    }

    /** A running server; {@link #close()} stops it and closes the backend (idempotent). */
    public static final class Running implements AutoCloseable {
        private final MongoServer server;
        private final AbstractMongoBackend backend;
        private final H2Store file;
        private final InetSocketAddress address;
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(MongoServer server, AbstractMongoBackend backend, H2Store file, InetSocketAddress address) {
            this.server = server;
            this.backend = backend;
            this.file = file;
            this.address = address;
        }

        public InetSocketAddress address() {
            return address;
        }

        public String connectionString() {
            return "mongodb://" + address.getHostString() + ":" + address.getPort();
        }

        /** Stops accepting, lets the clients' connections end, then commits and closes the file. */
        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                server.shutdown();
                closeStorage();
            }
        }

        /**
         * Stops at once: every client connection is cut (as a crashed or unreachable server looks to its clients), then
         * the file is committed and closed, so a new server on the same file has every write.
         */
        public void closeNow() {
            if (closed.compareAndSet(false, true)) {
                server.shutdownNow();
                closeStorage();
            }
        }

        private void closeStorage() {
            if (file != null) {
                file.close();
            } else {
                backend.close();
            }
        }
    }
}
