package org.ariadne.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.ariadne.local.MongoServerMain;
import org.ariadne.testing.TestJwts;

/**
 * The platform as it runs in production, on one machine: the packaged services as their own JVMs behind the
 * gateway, a real Apache Kafka broker (KRaft) as its own JVM whose data survives a restart, and the Mongo wire
 * server with its data in an H2 file (as {@code ./run} has it), which survives a restart too. Tokens are test tokens
 * ({@link TestJwts}) that every component is configured to trust.
 */
public final class LocalStack implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** How long a service may take to become healthy; {@code -Dstack.start-timeout-seconds} on a crowded machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("stack.start-timeout-seconds", 240));
    private static final List<String> LEAN_JVM = List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx384m", "-XX:+UseSerialGC");
    /** Every port {@link #freePort()} chose in this JVM: two processes of the stacks here never get the same one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final Path work;
    private final int mongoPort;
    private MongoServerMain.Running mongo;
    /** The Mongo wire server as its own JVM ({@link #withMongoInItsOwnJvm()}), or null when it runs in this JVM. */
    private Process mongoProcess;
    private final String mongoUri;
    private final int kafkaPort = freePort();
    private final int kafkaControllerPort = freePort();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** Every component's actuator (health, prometheus) is on its management port only. */
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private final Map<String, List<String>> extraJvmOptions = new LinkedHashMap<>();
    private List<String> jvmOptions = LEAN_JVM;
    /** Components started from another component's jar with another main class (GatewayFilterBenchmark's gateways). */
    private final Map<String, Variant> variants = new LinkedHashMap<>();
    private Process kafka;
    private boolean withWebApp;

    public LocalStack() {
        this(false);
    }

    /**
     * The stack with the Mongo wire server as its own JVM, as {@code ./run} starts it, rather than in this JVM: what a
     * benchmark of the stack's processes measures then is the store alone, not the test's own threads as well. The
     * fault harness's {@link #stopMongo()} and {@link #restartMongo()} need the wire server in this JVM.
     */
    public static LocalStack withMongoInItsOwnJvm() {
        return new LocalStack(true);
    }

    private LocalStack(boolean mongoInItsOwnJvm) {
        root = Path.of(System.getProperty("ariadne.root", "../..")).toAbsolutePath().normalize();
        try {
            work = Files.createTempDirectory("ariadne-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mongoPort = freePort();
        if (mongoInItsOwnJvm) {
            startMongoProcess();
        } else {
            startMongo();
        }
        mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** Further environment for every service (e.g. a benchmark lifts the gateway's per-tenant rate limit). */
    public LocalStack withEnv(String name, String value) {
        extraEnv.put(name, value);
        return this;
    }

    /**
     * The JVM flags of every service instead of the lean start-up flags (C1 only, small heap) the suite uses: a
     * benchmark runs the services the way production does.
     */
    public LocalStack withJvmOptions(List<String> options) {
        jvmOptions = List.copyOf(options);
        return this;
    }

    /** Further JVM flags for one service, e.g. a flight recording of the gateway. */
    public LocalStack withExtraJvmOptions(String service, List<String> options) {
        extraJvmOptions.put(service, List.copyOf(options));
        return this;
    }

    /** Starts Kafka, then every service at once (CPU is the limit on two cores), and waits until all are healthy. */
    /**
     * Adds the web application, and with it real sign-in: the services trust identity's own signing keys (not the
     * test key), so the users' tokens come from identity's sign-in form, as in production.
     */
    public LocalStack withWebApp() {
        withWebApp = true;
        return this;
    }

    public LocalStack start() {
        // the web benchmark needs no partners (one JVM fewer on two cores); the browser journeys name their services
        return withWebApp ? start("identity", "plans", "monitoring", "web", "gateway")
                : start("identity", "plans", "monitoring", "partners", "gateway");
    }

    /** Starts Kafka and only these services (a benchmark of one service behind the gateway needs no others). */
    public LocalStack start(String... services) {
        startKafka();
        for (String service : services) {
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
        }
        ports.keySet().forEach(this::startService);
        ports.keySet().forEach(service -> awaitHealthy(service, START_TIMEOUT));
        return this;
    }

    public String gatewayUrl() {
        return url("gateway");
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where a component's actuator answers: its management port, never the port clients use. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri() {
        return mongoUri;
    }

    // ---- Kafka: a real broker process, stoppable and restartable on the same port and data ----

    public void startKafka() {
        Path dir = work.resolve("kafka");
        Path properties = dir.resolve("server.properties");
        try {
            if (!Files.exists(properties)) {
                Files.createDirectories(dir);
                Files.writeString(properties, String.join("\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + kafkaControllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + kafkaPort + ",CONTROLLER://127.0.0.1:" + kafkaControllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + kafkaPort,
                        "controller.listener.names=CONTROLLER",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "log.dirs=" + dir.resolve("data"),
                        "num.partitions=1",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=3",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        "auto.create.topics.enable=true",
                        "num.io.threads=2", // as ./run's broker: what an idle broker costs (docs/benchmarks.md)
                        "num.network.threads=2",
                        "metadata.max.idle.interval.ms=5000",
                        "group.coordinator.threads=1", ""));
                Files.writeString(dir.resolve("logback.xml"), "<configuration><appender name=\"F\" class=\"ch.qos.logback.core.FileAppender\">"
                        + "<file>" + dir.resolve("broker.log") + "</file><encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder>"
                        + "</appender><root level=\"INFO\"><appender-ref ref=\"F\"/></root></configuration>");
                run(List.of(java(), "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                        "kafka.tools.StorageTool", "format", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                        "-c", properties.toString()), dir.resolve("format.log"));
            }
            List<String> command = new ArrayList<>(List.of(java(), "-Xms128m", "-Xmx512m"));
            if (jvmOptions.equals(LEAN_JVM)) {
                command.add("-XX:TieredStopAtLevel=1"); // the suite's start-up flags; with production flags the broker runs as ./run's
            } else {
                // ./run's broker flags: the serial collector (no G1 service and refinement threads waking while idle)
                command.addAll(List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:-UsePerfData"));
            }
            command.addAll(List.of("-Dlogback.configurationFile=" + dir.resolve("logback.xml"), "-cp", System.getProperty("java.class.path"),
                    "kafka.Kafka", properties.toString()));
            kafka = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
            awaitPort(kafkaPort, Duration.ofSeconds(90), dir.resolve("broker.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker the hard way (as a crash or a network cut would look to the services). */
    public void stopKafka() {
        if (kafka != null) {
            kafka.destroyForcibly();
            try {
                kafka.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kafka = null;
        }
    }

    /** Freezes the broker (SIGSTOP): connections stay open but nothing is answered, as with a hung broker or a network stall. */
    public void freezeKafka() {
        signal(kafka, "STOP");
    }

    /** Lets a frozen broker go on (SIGCONT). */
    public void thawKafka() {
        signal(kafka, "CONT");
    }

    // ---- Mongo: the wire server with its data in an H2 file (as ./run's), so a restart keeps the data ----

    private void startMongo() {
        mongo = MongoServerMain.start(work.resolve("mongo.mv").toString(), "127.0.0.1", mongoPort);
    }

    /** The wire server as ./run starts it (its flags, a heap for 1,000 tenants), logging warnings only. */
    private void startMongoProcess() {
        Path logback = work.resolve("mongo-logback.xml");
        Path log = work.resolve("mongo.log");
        try {
            Files.writeString(logback, "<configuration><appender name=\"F\" class=\"ch.qos.logback.core.FileAppender\">"
                    + "<file>" + log + "</file><encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder>"
                    + "</appender><root level=\"WARN\"><appender-ref ref=\"F\"/></root></configuration>");
            mongoProcess = new ProcessBuilder(java(), "-Xms32m", "-Xmx1g", "-XX:+UseSerialGC", "-Xss512k", "-XX:-UsePerfData",
                    "-Dlogback.configurationFile=" + logback, "-cp", System.getProperty("java.class.path"),
                    MongoServerMain.class.getName(), work.resolve("mongo.mv").toString(), String.valueOf(mongoPort), "127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(work.resolve("mongo-stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPort(mongoPort, Duration.ofSeconds(60), work.resolve("mongo-stdout.log"));
    }

    /** The Mongo wire server's process id: its own JVM's, or this JVM's when it runs here. */
    public long mongoPid() {
        return mongoProcess != null ? mongoProcess.pid() : ProcessHandle.current().pid();
    }

    /** The size of the Mongo wire server's H2 file now. */
    public long mongoFileBytes() {
        try {
            return Files.size(work.resolve("mongo.mv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the Mongo wire server (every client connection is closed, new ones are refused) and closes its file. */
    public synchronized void stopMongo() {
        if (mongo != null) {
            mongo.closeNow();
            mongo = null;
        }
    }

    /** Starts the Mongo wire server again on the same port, with the data it had. */
    public synchronized void restartMongo() {
        if (mongoProcess != null) {
            throw new IllegalStateException("the Mongo wire server runs in its own JVM here; restart it with the stack");
        }
        if (mongo == null) {
            startMongo();
        }
    }

    // ---- services ----

    /**
     * One component of {@link #start(String...)}'s kind started again from its jar under another name, with another
     * main class found in {@code classes} (through Spring Boot's {@code PropertiesLauncher}) and further system
     * properties: the same libraries, the same environment and JVM flags, another application. Waits until healthy.
     */
    public void startVariant(String name, String of, Path classes, String mainClass, List<String> systemProperties) {
        variants.put(name, new Variant(of, classes, mainClass, List.copyOf(systemProperties)));
        ports.put(name, freePort());
        managementPorts.put(name, freePort());
        startService(name);
        awaitHealthy(name, START_TIMEOUT);
    }

    private record Variant(String of, Path classes, String mainClass, List<String> systemProperties) {
    }

    /** Kills a service the hard way (SIGKILL): no shutdown hook, no graceful stop, whatever it was doing is cut off. */
    public void kill(String service) {
        Process process = processes.get(service);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts (killed) services again on their ports, all at once, and waits until each is healthy. */
    public void restart(String... services) {
        for (String service : services) {
            startService(service);
        }
        for (String service : services) {
            awaitHealthy(service, START_TIMEOUT);
        }
    }

    private static void signal(Process process, String signal) {
        if (process == null) {
            throw new IllegalStateException("no such process");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startService(String service) {
        Path jar = jarOf(service);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the platform first (./mvnw -DskipTests install)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(ports.get(service)));
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("ARIADNE_ISSUER", url("gateway"));
        env.put("ARIADNE_MESSAGING_PARTITIONS", "1");
        if (ports.containsKey("identity")) {
            env.put("IDENTITY_URL", url("identity"));
        }
        // the gateway routes to the services of this stack (a benchmark may start only some of them)
        for (String routed : List.of("identity", "plans", "monitoring", "funding", "partners", "web")) {
            if (ports.containsKey(routed)) {
                env.put("ARIADNE_SERVICES_" + routed.toUpperCase(java.util.Locale.ROOT), url(routed));
            }
        }
        if (withWebApp) {
            // request logs with their durations (microseconds), next to the service logs, to tell a slow page from a broken one
            env.put("SERVER_TOMCAT_ACCESSLOG_ENABLED", "true");
            env.put("SERVER_TOMCAT_ACCESSLOG_DIRECTORY", work.toString());
            env.put("SERVER_TOMCAT_ACCESSLOG_PREFIX", service + "-access");
            env.put("SERVER_TOMCAT_ACCESSLOG_PATTERN", "%t %m %U %s %D");
            env.put("ARIADNE_GATEWAY_URL", url("gateway"));
        }
        env.put("ARIADNE_GATEWAY_REGISTRY_REFRESH", "500ms");
        env.put("ARIADNE_OUTBOX_RETRY_BACKOFF", "500ms");
        if (!withWebApp) {
            // Every component trusts the test signing key, and identity's own keys for the tokens identity signs itself
            // (its tenant lifecycle jobs call the services with them).
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", trustedKeys());
        }
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPorts.get(service)));
        env.putAll(extraEnv);
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(extraJvmOptions.getOrDefault(service, List.of()));
        Variant variant = variants.get(service);
        if (variant == null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(variant.systemProperties());
            command.addAll(List.of("-Dloader.path=" + variant.classes(), "-Dloader.main=" + variant.mainClass(), "-cp", jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile())); // a restart keeps the first run's log
            builder.environment().putAll(env);
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private com.sun.net.httpserver.HttpServer trustedKeys;

    /** A JWK Set of the test key and identity's published keys (read from identity on every request). */
    private synchronized String trustedKeys() {
        if (trustedKeys == null) {
            try {
                trustedKeys = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            trustedKeys.createContext("/oauth2/jwks", exchange -> {
                List<Object> keys = new ArrayList<>(keysAt(TestJwts.jwksUri()));
                if (ports.containsKey("identity")) {
                    keys.addAll(keysAt(url("identity") + "/oauth2/jwks"));
                }
                byte[] body = new org.bson.Document("keys", keys).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            trustedKeys.start();
        }
        return "http://127.0.0.1:" + trustedKeys.getAddress().getPort() + "/oauth2/jwks";
    }

    private static List<Object> keysAt(String jwksUri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(jwksUri)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? org.bson.Document.parse(response.body()).getList("keys", Object.class) : List.of();
        } catch (IOException e) {
            return List.of(); // identity not up yet: the test key only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private Path jarOf(String service) {
        if (variants.containsKey(service)) {
            return jarOf(variants.get(service).of());
        }
        return service.equals("gateway") ? root.resolve("gateway/target/gateway-exec.jar")
                : root.resolve("services/" + service + "/target/" + service + "-service-exec.jar");
    }

    /** The process id of a running service (e.g. for jcmd). */
    public long pid(String service) {
        return processes.get(service).pid();
    }

    /** The broker's process id (e.g. for its CPU time). */
    public long kafkaPid() {
        return kafka.pid();
    }

    public Path log(String service) {
        return work.resolve(service + ".log");
    }

    private void awaitHealthy(String service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + tail(log(service)));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl(service) + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(service + " not healthy after " + timeout + ":\n" + tail(log(service)));
    }

    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(p -> {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        processes.clear();
        if (trustedKeys != null) {
            trustedKeys.stop(0);
        }
        stopKafka();
        stopMongo();
        if (mongoProcess != null) {
            mongoProcess.destroy(); // SIGTERM: the wire server commits and closes its file
            try {
                if (!mongoProcess.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    mongoProcess.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mongoProcess = null;
        }
    }

    // ---- helpers ----

    private static void run(List<String> command, Path logFile) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + tail(logFile));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitPort(int port, Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw new IllegalStateException("Nothing listens on " + port + " after " + timeout + ":\n" + tail(logFile));
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of("(no log)");
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable log " + file + ")";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A port for a process of the stack to bind later, chosen below the kernel's ephemeral range. A port the kernel
     * hands out for {@code bind(0)} comes from that range, which is also where every outgoing connection takes its local
     * port: between choosing and binding, or while a killed service is down before its restart on the same port, a
     * connection of the stack's own clients could take it ("Port … was already in use", seen once in the fault harness).
     * Below the range, only another listener can, and this JVM never hands out the same port twice.
     */
    static int freePort() {
        int[] ephemeral = ephemeralPortRange();
        int low = 10_000;
        int high = Math.min(ephemeral[0], 65_536) - 1;
        if (high - low < 1_000) { // an unusual range leaves no room below it: the kernel's choice, as before
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, high + 1);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + low + " and " + high);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The kernel's ephemeral port range (Linux; the IANA range 49152–65535 elsewhere). */
    private static int[] ephemeralPortRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {49_152, 65_535};
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
