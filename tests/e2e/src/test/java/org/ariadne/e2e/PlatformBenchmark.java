package org.ariadne.e2e;

import static org.ariadne.e2e.Timings.concat;
import static org.ariadne.e2e.Timings.pct;
import static org.ariadne.e2e.Timings.timedGets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The platform benchmark (docs/benchmarks.md), not part of the test suite:
 * {@code ./mvnw -pl tests/e2e verify -Pbenchmark} after {@code ./mvnw -DskipTests install}.
 * It prints, from one run on the same machine, a table of GET latencies directly at plans and through the gateway
 * (p50/p95/p99 and their ratios) for three reads — a one-node plan, ba-04's seed plan list and its 106-activity
 * tree — and the write-to-read-model propagation (POST through the gateway until monitoring shows the activity).
 * Figures are reported, never asserted: they depend on the machine.
 *
 * <p>Every service runs with the production JIT (C1 and C2, as in k8s/), not the suite's C1-only start-up flags.
 * Direct and gateway requests alternate in blocks, so a burst of load from elsewhere on a shared machine hits both
 * sides alike. {@code -Dbench.jfr=<file>} records the gateway with JFR during the measured GETs, {@code -Dbench.jfr-writes=<file>}
 * plans during the writes.
 */
@Tag("benchmark")
class PlatformBenchmark {

    /**
     * Warm-up requests of the one-node GET on each side at least (the list and the tree get a share in proportion to
     * their counts), and at most four times as many: more until the JIT is done ({@link Timings#warmUp}).
     */
    static final int WARMUP = Integer.getInteger("bench.warmup", 5_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 10_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final int WRITES = Integer.getInteger("bench.writes", 200);
    static final String JFR = System.getProperty("bench.jfr", "");
    /** A JFR recording of plans during the writes: where a POST's time goes. */
    static final String JFR_WRITES = System.getProperty("bench.jfr-writes", "");
    /**
     * As in k8s/: a 768 MiB container with MaxRAMPercentage=75. There the JVM sees 768 MiB of memory, takes the machine
     * for a client-class one and picks the serial collector; here it sees the host's memory and would pick G1 (whose
     * barriers and refinement threads cost the gateway about 60 µs per request more), so the collector is named. No
     * hsperfdata counters ({@code -XX:-UsePerfData}, as in k8s/ and ./run): their sampling every 50 ms is most of an
     * idle JVM's own CPU.
     */
    static final List<String> PRODUCTION_JVM = List.of("-Xss512k", "-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");
    static final String TENANT = "ba-04";
    static final String SEED = "infra/local/demo/seeds/ba-04-monitoring-report-2021-2024.jsonl";

    /**
     * Latencies of both sides, and CPU time (user + system, all threads) per request of plans directly and of the gateway,
     * with the gateway's by thread.
     */
    private record Comparison(String label, long[] direct, long[] viaGateway, double plansCpuMicros, double gatewayCpuMicros,
            Map<String, Long> gatewayThreadTicks) {
    }

    /** One GET measured on both sides. */
    private record Read(String label, String path, int requests) {
    }

    @Test
    void gatewayOverheadAndPropagation() throws Exception {
        List<String> jvm = System.getProperty("bench.jvm") == null ? PRODUCTION_JVM
                : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
        // One client sending GETs back to back is far beyond the per-tenant limit (100/s) a real tenant gets.
        // The limiter still runs on every request, so its cost stays in the measurement.
        try (LocalStack stack = new LocalStack().withJvmOptions(jvm)
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_CAPACITY", "1000000")
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_PERSECOND", "1000000").start()) {
            String token = TestJwts.forTenant(TENANT);
            Api gateway = new Api(stack.gatewayUrl());
            Api plans = new Api(stack.url("plans"));
            Api monitoring = new Api(stack.url("monitoring"));
            // the timers of the propagation's legs are read where the actuator answers: the management port
            Api plansOperations = new Api(stack.managementUrl("plans"));
            Api monitoringOperations = new Api(stack.managementUrl("monitoring"));
            assertThat(gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                    {"id":"ba-04","name":"Zeničko-dobojski kanton","languages":["bs"],"currency":"BAM",
                     "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Program"]}""")
                    .status()).isIn(201, 409);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> gateway.get("/api/t/ba-04/plans", token).status() == 200);

            String seedPlanId = importSeed(gateway, token);
            String planId = gateway.post("/api/t/ba-04/plans", token, "{\"title\":\"Benchmark\",\"levelNames\":[\"Oblast\"]}").json("$.id");
            String nodeId = gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Oblast 1\"}").json("$.id");
            List<Read> reads = List.of(
                    new Read("plan with one node", "/api/t/ba-04/plans/" + planId, REQUESTS),
                    new Read("plan list, ba-04 seed (1 plan)", "/api/t/ba-04/plans", REQUESTS / 4),
                    new Read("plan tree, ba-04 seed (106 activities)", "/api/t/ba-04/plans/" + seedPlanId, REQUESTS / 5));
            // Every read warmed up on both sides before the first is measured, until the JIT is done: the gateway runs the
            // same code for each, and measured right after start-up the first read paid for C2 compiling it (it was the
            // list, which then looked twice as dear through the gateway as the others).
            List<String> warmups = new ArrayList<>();
            for (Read read : reads) {
                int minimum = Math.max(200, (int) ((long) WARMUP * read.requests() / REQUESTS));
                int direct = Timings.warmUp(plans, read.path(), token, minimum, 4 * minimum, stack.pid("plans"));
                int routed = Timings.warmUp(gateway, read.path(), token, minimum, 4 * minimum, stack.pid("gateway"), stack.pid("plans"));
                warmups.add(String.format(Locale.ROOT, "%s %,d direct / %,d through the gateway", read.label(), direct, routed));
            }
            List<Comparison> comparisons = new ArrayList<>();
            JfrRecording recording = JFR.isEmpty() ? null : new JfrRecording(stack.pid("gateway"), Path.of(JFR));
            if (recording != null) {
                recording.startOnce();
            }
            Processes processes = new Processes(stack.pid("plans"), stack.pid("gateway"));
            for (Read read : reads) {
                comparisons.add(compare(read.label(), plans, gateway, read.path(), token, read.requests(), processes));
            }
            if (recording != null) {
                recording.stop();
            }
            String plansScrape = plansOperations.get("/actuator/prometheus", null).body();
            String monitoringScrape = monitoringOperations.get("/actuator/prometheus", null).body();
            JfrRecording writesRecording = JFR_WRITES.isEmpty() ? null : new JfrRecording(stack.pid("plans"), Path.of(JFR_WRITES));
            if (writesRecording != null) {
                writesRecording.startOnce();
            }
            long[][] writes = propagation(gateway, monitoring, token, planId, nodeId);
            if (writesRecording != null) {
                writesRecording.stop();
            }
            long[] posts = writes[0];
            long[] propagation = writes[1];
            LocalStack.sleep(500); // the consumer records its timers just after the read model shows the write
            List<String> breakdown = breakdown(plansScrape, plansOperations.get("/actuator/prometheus", null).body(),
                    monitoringScrape, monitoringOperations.get("/actuator/prometheus", null).body());

            System.out.println();
            System.out.printf(Locale.ROOT, "=== Ariadne platform benchmark: %d cores, services with %s; sequential GETs over one"
                    + " keep-alive connection, direct and through the gateway alternating in %d blocks; %d writes ===%n",
                    Runtime.getRuntime().availableProcessors(), String.join(" ", jvm), ROUNDS, WRITES);
            System.out.println("warm-up until the JIT was done: " + String.join("; ", warmups));
            System.out.println("| GET | n | direct p50 / p95 / p99 (ms) | gateway p50 / p95 / p99 (ms) | ratio p50 / p95 / p99 "
                    + "| added p50 (ms) | CPU per request: plans / gateway (µs) |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Comparison comparison : comparisons) {
                System.out.println(row(comparison));
            }
            System.out.println();
            System.out.println("| GET | the gateway's CPU per request by thread (µs; threads under 10 µs left out) |");
            System.out.println("|---|---|");
            for (Comparison comparison : comparisons) {
                System.out.printf(Locale.ROOT, "| %s | %s |%n", comparison.label(),
                        ThreadCpu.perRequest(comparison.gatewayThreadTicks(), comparison.viaGateway().length));
            }
            System.out.printf(Locale.ROOT, "write -> monitoring read model: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d writes)%n",
                    pct(propagation, 50) / 1e6, pct(propagation, 95) / 1e6, pct(propagation, 99) / 1e6, propagation.length);
            System.out.println();
            System.out.println("| propagation, leg | where measured | p50 / p95 / p99 (ms) | mean (ms) |");
            System.out.println("|---|---|---|---|");
            System.out.println(measured("POST through the gateway (the write, answered after its commit)", posts));
            breakdown.forEach(System.out::println);
            System.out.println(measured("POST start → activity listed by monitoring's API (polled every ms)", propagation));
            if (recording != null) {
                System.out.println("gateway flight recording: " + recording.file());
            }
            if (writesRecording != null) {
                System.out.println("plans' flight recording during the writes: " + writesRecording.file());
            }
        }
    }

    /** Imports ba-04's seed plan through the import job, as {@code ./run} does; returns its id. */
    private static String importSeed(Api gateway, String token) throws IOException {
        Path root = Path.of(System.getProperty("ariadne.root", "../..")).toAbsolutePath().normalize();
        Api.Response job = gateway.sendBytes("POST", "/api/t/ba-04/plans/imports?format=jsonl&mode=commit", token,
                Files.readAllBytes(root.resolve(SEED)), "application/x-ndjson");
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        String location = job.header("Location").replaceFirst("^https?://[^/]+", "");
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Response polled = gateway.get(location, token);
                    if (polled.status() != 200) {
                        return false; // a crowded machine: the gateway's breaker or time-out answered; ask again
                    }
                    String status = polled.json("$.state");
                    if ("failed".equals(status)) {
                        throw new IllegalStateException("seed import failed: " + gateway.get(location, token));
                    }
                    return "succeeded".equals(status);
                });
        return gateway.get("/api/t/ba-04/plans", token).json("$.items[0].id");
    }

    /** {@link #ROUNDS} alternating blocks: direct, gateway, direct, gateway, ... */
    private static Comparison compare(String label, Api direct, Api gateway, String path, String token, int requests,
            Processes processes) {
        int block = Math.max(1, requests / ROUNDS);
        long[] directTimes = new long[0];
        long[] gatewayTimes = new long[0];
        long plansTicks = 0;
        long gatewayTicks = 0;
        Map<String, Long> gatewayThreadTicks = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            long before = processes.plansTicks();
            directTimes = concat(directTimes, timedGets(direct, path, token, block));
            plansTicks += processes.plansTicks() - before;
            before = processes.gatewayTicks();
            Map<String, Long> threadsBefore = ThreadCpu.snapshot(processes.gateway());
            gatewayTimes = concat(gatewayTimes, timedGets(gateway, path, token, block));
            gatewayTicks += processes.gatewayTicks() - before;
            gatewayThreadTicks = ThreadCpu.plus(gatewayThreadTicks, ThreadCpu.minus(ThreadCpu.snapshot(processes.gateway()), threadsBefore));
        }
        Arrays.sort(directTimes);
        Arrays.sort(gatewayTimes);
        return new Comparison(label, directTimes, gatewayTimes, Processes.micros(plansTicks) / directTimes.length,
                Processes.micros(gatewayTicks) / gatewayTimes.length, gatewayThreadTicks);
    }

    /**
     * Each write is timed from the POST until monitoring lists the activity (polled every millisecond); returns the POSTs'
     * own times and those, each sorted.
     */
    private static long[][] propagation(Api gateway, Api monitoring, String token, String planId, String nodeId) {
        long[] times = new long[WRITES];
        long[] posts = new long[WRITES];
        String activities = "/api/t/ba-04/monitoring/plans/" + planId + "/activities";
        for (int i = 0; i < WRITES; i++) {
            long start = System.nanoTime();
            Api.Response created = gateway.post("/api/t/ba-04/plans/" + planId + "/activities", token,
                    "{\"nodeId\":\"" + nodeId + "\",\"code\":\"1." + i + "\",\"title\":\"Aktivnost " + i + "\",\"leadInstitutions\":[\"MUP ZDK\"]}");
            if (created.status() != 201) {
                throw new IllegalStateException("POST answered " + created);
            }
            posts[i] = System.nanoTime() - start;
            String activityId = created.json("$.id");
            while (true) {
                Api.Response list = monitoring.get(activities, token);
                if (list.status() == 200 && list.body().contains(activityId)) {
                    break;
                }
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("activity " + activityId + " not in the read model after 30 s");
                }
                LocalStack.sleep(1);
            }
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(posts);
        return new long[][] {posts, times};
    }

    /**
     * The legs of the writes' way to monitoring's read model, from the latency histograms the relay (plans) and the
     * consumer (monitoring) keep, as the difference of two scrapes around the writes.
     */
    private static List<String> breakdown(String plansBefore, String plansAfter, String monitoringBefore, String monitoringAfter) {
        String consumer = "consumer=\"monitoring.plans\"";
        List<String> rows = new ArrayList<>();
        rows.add(leg("write committed → relay picked it up", "plans: outbox.relay.lag",
                histogram(plansBefore, plansAfter, "outbox_relay_lag_seconds", null)));
        rows.add(leg("relay picked up → Kafka acknowledged (acks=all)", "plans: outbox.relay.publish",
                histogram(plansBefore, plansAfter, "outbox_relay_publish_seconds", null)));
        rows.add(leg("relay's send → consumer starts on it (broker, fetch, poll)", "monitoring: inbound.delivery.lag",
                histogram(monitoringBefore, monitoringAfter, "inbound_delivery_lag_seconds", consumer)));
        rows.add(leg("consumer's handling (the read-model write)", "monitoring: inbound.handling",
                histogram(monitoringBefore, monitoringAfter, "inbound_handling_seconds", consumer)));
        rows.add(leg("**write committed → in monitoring's read model**", "monitoring: inbound.propagation",
                histogram(monitoringBefore, monitoringAfter, "inbound_propagation_seconds", consumer)));
        return rows;
    }

    private static String measured(String label, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | benchmark | %.2f / %.2f / %.2f | %.2f |", label, pct(sorted, 50) / 1e6,
                pct(sorted, 95) / 1e6, pct(sorted, 99) / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static PrometheusHistogram histogram(String before, String after, String name, String selector) {
        return PrometheusHistogram.read(after, name, selector).minus(PrometheusHistogram.read(before, name, selector));
    }

    private static String leg(String label, String source, PrometheusHistogram h) {
        return String.format(Locale.ROOT, "| %s | %s (%d events) | %.2f / %.2f / %.2f | %.2f |", label, source, (long) h.count(),
                h.percentile(50) * 1e3, h.percentile(95) * 1e3, h.percentile(99) * 1e3, h.mean() * 1e3);
    }

    private static String row(Comparison c) {
        long[] d = c.direct();
        long[] g = c.viaGateway();
        return String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f× / %.2f× / %.2f× | %.2f | %.0f / %.0f |",
                c.label(), d.length, pct(d, 50) / 1e6, pct(d, 95) / 1e6, pct(d, 99) / 1e6,
                pct(g, 50) / 1e6, pct(g, 95) / 1e6, pct(g, 99) / 1e6,
                (double) pct(g, 50) / pct(d, 50), (double) pct(g, 95) / pct(d, 95), (double) pct(g, 99) / pct(d, 99),
                (pct(g, 50) - pct(d, 50)) / 1e6, c.plansCpuMicros(), c.gatewayCpuMicros());
    }

    /** CPU time of two processes, from {@code /proc/<pid>/stat} (user + system of all threads, in clock ticks). */
    record Processes(long plans, long gateway) {

        /** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
        static final long TICKS_PER_SECOND = 100;

        long plansTicks() {
            return ticks(plans);
        }

        long gatewayTicks() {
            return ticks(gateway);
        }

        static double micros(long ticks) {
            return ticks * 1e6 / TICKS_PER_SECOND;
        }

        static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A JFR recording of one JVM through {@code jcmd}, from the first measured block to the end of the GETs. */
    static final class JfrRecording {
        private final long pid;
        private final Path file;
        private final List<String> options;
        private boolean started;

        JfrRecording(long pid, Path file) {
            this(pid, file, List.of());
        }

        JfrRecording(long pid, Path file, List<String> options) {
            this.pid = pid;
            this.file = file.toAbsolutePath();
            this.options = options;
        }

        Path file() {
            return file;
        }

        void startOnce() {
            if (!started) {
                List<String> start = new ArrayList<>(List.of("JFR.start", "name=bench", "settings=profile"));
                start.addAll(options);
                jcmd(start.toArray(String[]::new));
                started = true;
            }
        }

        void stop() {
            if (started) {
                jcmd("JFR.stop", "name=bench", "filename=" + file);
            }
        }

        private void jcmd(String... arguments) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid)));
            command.addAll(List.of(arguments));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
