package org.ariadne.e2e;

import static org.ariadne.e2e.Timings.concat;
import static org.ariadne.e2e.Timings.pct;
import static org.ariadne.e2e.Timings.timedGets;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many tenants in one deployment (docs/benchmarks.md), not part of the test suite:
 * {@code ./mvnw -pl tests/e2e -am verify -Pbenchmark -Dtest=TenantScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * after {@code ./mvnw -DskipTests package}.
 * <p>
 * Onboards tenants one after another through identity's admin API, as a platform admin would, and times each from the
 * POST until every consuming service has provisioned the tenant's database (its entry in {@code <service>__platform}).
 * At 10 tenants and again at {@code bench.tenants} (1,000) it measures, on the same stack: the one-node plan GET
 * directly and through the gateway, each process's resident memory, and each process's CPU while the platform is idle
 * (no requests) — what idle tenants cost in scheduled work, relay passes and consumer polls. The Mongo wire server runs
 * in this JVM, so its figure holds this JVM's own threads too (its clients, surefire's), which are also reported apart;
 * {@code -Dbench.mongo-in-its-own-jvm=true} runs it as its own JVM, as {@code ./run} does. Figures are reported, never
 * asserted.
 */
@Tag("benchmark")
class TenantScaleBenchmark {

    static final int TENANTS = Integer.getInteger("bench.tenants", 1_000);
    static final int BASELINE_TENANTS = 10;
    static final int REQUESTS = Integer.getInteger("bench.requests", 3_000);
    static final int IDLE_SECONDS = Integer.getInteger("bench.idle-seconds", 60);
    /**
     * How long the stack rests before its idle CPU is measured: the last onboarding's events, index builds and the
     * gateway's registry refresh need a few seconds; the JIT compilers and H2 compacting what the onboarding wrote need
     * a minute or two more, and an idle region spends most of its time after them.
     */
    static final int SETTLE_SECONDS = Integer.getInteger("bench.settle-seconds", 5);
    /** On a slow machine: stop onboarding after this many minutes and measure with the tenants onboarded so far. */
    static final long ONBOARDING_MINUTES = Long.getLong("bench.onboarding-minutes", 100_000L);
    /** Services that provision a database for every tenant on {@code identity.TenantOnboarded}. */
    static final List<String> PROVISIONING = List.of("plans", "monitoring", "funding", "partners");
    static final List<String> SERVICES = List.of("identity", "plans", "monitoring", "funding", "partners", "gateway");
    static final String FIRST = tenantId(1);

    private record Snapshot(int tenants, long[] direct, long[] viaGateway, Map<String, Double> idleCpuPercent,
            Map<String, Long> rssMiB, Map<String, Map<String, Long>> liveHeap, Map<String, String> busiestThreads,
            long mongoFileMiB, double benchmarkJvmPercent) {
    }

    @Test
    void onboardingGetMemoryAndIdleCpuAt10AndAtManyTenants() throws Exception {
        List<String> jvm = System.getProperty("bench.jvm") == null ? PlatformBenchmark.PRODUCTION_JVM
                : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
        // -Dbench.mongo-in-its-own-jvm=true: the wire server as its own JVM, as ./run starts it (by default in this JVM, whose
        // threads its figure then holds): every other process measured higher idle CPU that way (docs/benchmarks.md)
        LocalStack local = Boolean.getBoolean("bench.mongo-in-its-own-jvm") ? LocalStack.withMongoInItsOwnJvm() : new LocalStack();
        try (LocalStack stack = local.withJvmOptions(jvm)
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_CAPACITY", "1000000")
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_PERSECOND", "1000000")
                .withEnv("ARIADNE_GATEWAY_REGISTRY_REFRESH", "10s") // production's refresh, not the suite's 500 ms
                .start(SERVICES.toArray(String[]::new));
                MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            Api gateway = new Api(stack.gatewayUrl());
            Api plans = new Api(stack.url("plans"));
            Map<String, Long> pids = new LinkedHashMap<>();
            SERVICES.forEach(service -> pids.put(service, stack.pid(service)));
            pids.put("kafka", stack.kafkaPid());
            pids.put(Boolean.getBoolean("bench.mongo-in-its-own-jvm") ? "mongo wire server" : "mongo wire server + this benchmark", stack.mongoPid());

            long[] onboarding = new long[TENANTS];
            long[] posts = new long[TENANTS];
            long started = System.nanoTime();
            List<Snapshot> snapshots = new ArrayList<>();
            String path = null;
            int onboarded = 0;
            long measuring = 0; // time spent in snapshots, not onboarding
            for (int i = 1; i <= TENANTS; i++) {
                String tenant = tenantId(i);
                long start = System.nanoTime();
                Api.Response created = gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), String.format(Locale.ROOT, """
                        {"id":"%s","name":"Benchmark tenant %d","languages":["en"],"currency":"EUR",
                         "timeZone":"Europe/Brussels","levelNames":["Area","Programme"]}""", tenant, i));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                posts[i - 1] = System.nanoTime() - start;
                awaitProvisioned(mongo, tenant);
                onboarding[i - 1] = System.nanoTime() - start;
                onboarded = i;
                boolean outOfTime = System.nanoTime() - started - measuring > Duration.ofMinutes(ONBOARDING_MINUTES).toNanos();
                if (i == BASELINE_TENANTS || i == TENANTS || outOfTime && i > BASELINE_TENANTS) {
                    if (path == null) {
                        path = onePlan(gateway, plans);
                    }
                    long measured = System.nanoTime();
                    snapshots.add(snapshot(i, gateway, plans, path, pids, stack));
                    measuring += System.nanoTime() - measured;
                }
                if (outOfTime && i > BASELINE_TENANTS) {
                    break;
                }
            }
            double total = (System.nanoTime() - started - measuring) / 1e9;
            posts = Arrays.copyOf(posts, onboarded);
            onboarding = Arrays.copyOf(onboarding, onboarded);

            System.out.println();
            System.out.printf(Locale.ROOT, "=== Ariadne tenant-scale benchmark: %d cores, services with %s, %s ===%n",
                    Runtime.getRuntime().availableProcessors(), String.join(" ", jvm), loadAverage());
            Arrays.sort(posts);
            Arrays.sort(onboarding);
            System.out.printf(Locale.ROOT, "onboarding %d tenants one after another: %.1f s in all; POST answered p50 %.0f / p95 %.0f /"
                    + " max %.0f ms; until %s provisioned p50 %.0f / p95 %.0f / p99 %.0f / max %.0f ms%n", onboarded, total,
                    pct(posts, 50) / 1e6, pct(posts, 95) / 1e6, posts[posts.length - 1] / 1e6, String.join(", ", PROVISIONING),
                    pct(onboarding, 50) / 1e6, pct(onboarding, 95) / 1e6, pct(onboarding, 99) / 1e6, onboarding[onboarding.length - 1] / 1e6);
            System.out.println();
            System.out.println("| tenants | GET one-node plan direct p50 / p99 (ms) | via gateway p50 / p99 (ms) |");
            System.out.println("|---|---|---|");
            for (Snapshot s : snapshots) {
                System.out.printf(Locale.ROOT, "| %d | %.2f / %.2f | %.2f / %.2f |%n", s.tenants(), pct(s.direct(), 50) / 1e6,
                        pct(s.direct(), 99) / 1e6, pct(s.viaGateway(), 50) / 1e6, pct(s.viaGateway(), 99) / 1e6);
            }
            if (snapshots.size() == 2) {
                Snapshot few = snapshots.get(0);
                Snapshot many = snapshots.get(1);
                System.out.printf(Locale.ROOT, "GET p50 with %d tenants / with %d: direct %.2f×, via gateway %.2f×%n", many.tenants(),
                        few.tenants(), (double) pct(many.direct(), 50) / pct(few.direct(), 50),
                        (double) pct(many.viaGateway(), 50) / pct(few.viaGateway(), 50));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "| process | idle CPU, %% of one core (%d s), per snapshot | RSS (MiB), per snapshot |%n", IDLE_SECONDS);
            System.out.println("|---|---|---|");
            for (String process : pids.keySet()) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", process,
                        String.join(" → ", snapshots.stream().map(s -> String.format(Locale.ROOT, "%.2f", s.idleCpuPercent().get(process))).toList()),
                        String.join(" → ", snapshots.stream().map(s -> String.valueOf(s.rssMiB().get(process))).toList()));
            }
            for (Snapshot s : snapshots) {
                System.out.printf(Locale.ROOT, "| **all, %d tenants** | **%.2f** | **%d** |%n", s.tenants(),
                        s.idleCpuPercent().values().stream().mapToDouble(Double::doubleValue).sum(),
                        s.rssMiB().values().stream().mapToLong(Long::longValue).sum());
            }
            System.out.println();
            for (Snapshot s : snapshots) {
                s.busiestThreads().forEach((process, threads) -> System.out.printf(Locale.ROOT,
                        "idle with %d tenants, %s: busiest threads (%% of one core): %s%n", s.tenants(), process, threads));
                System.out.printf(Locale.ROOT, "idle with %d tenants: the Mongo wire server's H2 file %d MiB; this benchmark's own JVM"
                        + " (its clients and surefire's threads, not part of the stack) %.2f %% of one core%n", s.tenants(), s.mongoFileMiB(),
                        s.benchmarkJvmPercent());
            }
            printLiveHeap(snapshots);
        }
    }

    /** Tenant ids {@code xb-0001}, {@code xb-0002}, …: valid jurisdiction ids no real country uses. */
    static String tenantId(int i) {
        return String.format(Locale.ROOT, "xb-%04d", i);
    }

    private static void awaitProvisioned(MongoClient mongo, String tenant) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String service : PROVISIONING) {
            while (mongo.getDatabase(service + "__platform").getCollection("tenants").find(eq("_id", tenant)).first() == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " has not provisioned " + tenant + " within 60 s");
                }
                LocalStack.sleep(5); // every look is a query the Mongo server (in this JVM) answers while it provisions
            }
        }
    }

    /** A plan with one node in the first tenant; returns the path of its GET (the platform benchmark's one-node read). */
    private static String onePlan(Api gateway, Api plans) {
        String token = TestJwts.forTenant(FIRST);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (gateway.get("/api/t/" + FIRST + "/plans", token).status() != 200 && System.nanoTime() < deadline) {
            LocalStack.sleep(100); // the services provision the tenant from identity's event
        }
        Api.Response plan = gateway.post("/api/t/" + FIRST + "/plans", token, "{\"title\":\"Benchmark\",\"levelNames\":[\"Area\"]}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json("$.id");
        assertThat(gateway.post("/api/t/" + FIRST + "/plans/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Area 1\"}")
                .status()).isEqualTo(201);
        return "/api/t/" + FIRST + "/plans/" + planId;
    }

    private static Snapshot snapshot(int tenants, Api gateway, Api plans, String path, Map<String, Long> pids, LocalStack stack) {
        String token = TestJwts.forTenant(FIRST);
        LocalStack.sleep(SETTLE_SECONDS * 1_000L);
        long benchmarkBefore = ticks(ProcessHandle.current().pid());
        Map<String, Long> before = new LinkedHashMap<>();
        Map<String, Map<String, Long>> threadsBefore = new LinkedHashMap<>();
        pids.forEach((process, pid) -> {
            before.put(process, ticks(pid));
            threadsBefore.put(process, ThreadCpu.snapshot(pid));
        });
        LocalStack.sleep(IDLE_SECONDS * 1_000L);
        Map<String, Double> idle = new LinkedHashMap<>();
        Map<String, String> busiest = new LinkedHashMap<>();
        pids.forEach((process, pid) -> {
            idle.put(process, (ticks(pid) - before.get(process)) / (double) IDLE_SECONDS);
            busiest.put(process, busiestThreads(threadsBefore.get(process), ThreadCpu.snapshot(pid)));
        });
        double benchmarkJvmPercent = (ticks(ProcessHandle.current().pid()) - benchmarkBefore) / (double) IDLE_SECONDS;
        long mongoFileMiB = stack.mongoFileBytes() / (1024 * 1024);
        Map<String, Long> rss = new LinkedHashMap<>();
        pids.forEach((process, pid) -> rss.put(process, rssMiB(pid)));
        Map<String, Map<String, Long>> liveHeap = new LinkedHashMap<>();
        SERVICES.forEach(service -> liveHeap.put(service, liveObjects(pids.get(service))));

        timedGets(plans, path, token, REQUESTS / 2);
        timedGets(gateway, path, token, REQUESTS / 2);
        long[] direct = new long[0];
        long[] viaGateway = new long[0];
        for (int round = 0; round < 5; round++) { // alternating blocks, as in PlatformBenchmark
            direct = concat(direct, timedGets(plans, path, token, REQUESTS / 5));
            viaGateway = concat(viaGateway, timedGets(gateway, path, token, REQUESTS / 5));
        }
        Arrays.sort(direct);
        Arrays.sort(viaGateway);
        return new Snapshot(tenants, direct, viaGateway, idle, rss, liveHeap, busiest, mongoFileMiB, benchmarkJvmPercent);
    }

    /** The eight thread groups that took most CPU between two readings, as "name 1.23 %" of one core. */
    private static String busiestThreads(Map<String, Long> before, Map<String, Long> after) {
        return String.join(", ", ThreadCpu.minus(after, before).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.2f %%", e.getKey(), e.getValue() / (double) IDLE_SECONDS))
                .toList());
    }

    /** User + system CPU of all the process's threads, in clock ticks (1/100 s), from {@code /proc/<pid>/stat}. */
    private static long ticks(long pid) {
        return PlatformBenchmark.Processes.ticks(pid);
    }

    /**
     * What a service's heap holds after a full collection: {@code jcmd <pid> GC.class_histogram} (which collects first),
     * bytes per class, the total under {@code "total"}. RSS says what the JVM took from the machine; this says what the
     * service keeps.
     */
    private static Map<String, Long> liveObjects(long pid) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
                    "GC.class_histogram").redirectErrorStream(true).start();
            for (String line : new String(jcmd.getInputStream().readAllBytes()).split("\n")) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 4 && fields[0].endsWith(":")) {
                    bytes.merge(fields[3], Long.parseLong(fields[2]), Long::sum);
                } else if (fields.length >= 3 && fields[0].equals("Total")) {
                    bytes.put("total", Long.parseLong(fields[2]));
                }
            }
            jcmd.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return bytes;
    }

    /** Live heap per service at each snapshot, and the classes whose live bytes grew most between the first and the last. */
    private static void printLiveHeap(List<Snapshot> snapshots) {
        System.out.println();
        System.out.println("| service | live heap after a full GC (MiB), per snapshot |");
        System.out.println("|---|---|");
        for (String service : SERVICES) {
            System.out.printf(Locale.ROOT, "| %s | %s |%n", service, String.join(" → ", snapshots.stream()
                    .map(s -> String.format(Locale.ROOT, "%.1f", s.liveHeap().get(service).getOrDefault("total", 0L) / 1048576.0)).toList()));
        }
        if (snapshots.size() < 2) {
            return;
        }
        Snapshot few = snapshots.get(0);
        Snapshot many = snapshots.get(snapshots.size() - 1);
        for (String service : SERVICES) {
            Map<String, Long> before = few.liveHeap().get(service);
            Map<String, Long> after = many.liveHeap().get(service);
            System.out.printf(Locale.ROOT, "%s: live objects that grew most from %d to %d tenants (KiB): %s%n", service, few.tenants(),
                    many.tenants(), String.join(", ", after.entrySet().stream().filter(e -> !e.getKey().equals("total"))
                            .sorted((a, b) -> Long.compare(b.getValue() - before.getOrDefault(b.getKey(), 0L),
                                    a.getValue() - before.getOrDefault(a.getKey(), 0L)))
                            .limit(8)
                            .map(e -> String.format(Locale.ROOT, "%s %+d", e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1024))
                            .toList()));
        }
    }

    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
