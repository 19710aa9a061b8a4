package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's benchmark (docs/benchmarks.md), not part of the test suite:
 * {@code ./mvnw -pl tests/e2e verify -Pbenchmark} after {@code ./mvnw -DskipTests install}.
 * It prints, from one run on the same machine: GET latency through the gateway vs directly to plans (p50/p99 and their
 * ratio), and the write-to-read-model propagation (POST through the gateway until monitoring shows the activity).
 * Figures are reported, never asserted: they depend on the machine.
 */
@Tag("benchmark")
class PlatformBenchmark {

    static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 10_000);
    static final int WRITES = Integer.getInteger("bench.writes", 200);

    @Test
    void gatewayOverheadAndPropagation() {
        // One client sends 10,000 GETs as fast as it can: far beyond the per-tenant limit (100/s) a real tenant gets.
        // The limiter still runs on every request, so its cost stays in the measurement.
        try (LocalStack stack = new LocalStack().withEnv("ARIADNE_GATEWAY_RATELIMIT_CAPACITY", "1000000")
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_PERSECOND", "1000000").start()) {
            String token = TestJwts.forTenant("ba-04");
            Api gateway = new Api(stack.gatewayUrl());
            Api plans = new Api(stack.url("plans"));
            Api monitoring = new Api(stack.url("monitoring"));
            assertThat(gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                    {"id":"ba-04","name":"Zeničko-dobojski kanton","languages":["bs"],"currency":"BAM",
                     "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Program"]}""")
                    .status()).isIn(201, 409);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> gateway.get("/api/t/ba-04/plans", token).status() == 200);

            String planId = gateway.post("/api/t/ba-04/plans", token, "{\"title\":\"Benchmark\",\"levelNames\":[\"Oblast\"]}").json("$.id");
            String nodeId = gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Oblast 1\"}").json("$.id");
            String path = "/api/t/ba-04/plans/" + planId;

            long[] direct = latencies(plans, path, token);
            long[] viaGateway = latencies(gateway, path, token);
            long[] propagation = propagation(gateway, monitoring, token, planId, nodeId);

            System.out.println();
            System.out.println("=== Ariadne walking-skeleton benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                    + REQUESTS + " sequential GETs each after " + WARMUP + " warm-up; " + WRITES + " writes) ===");
            System.out.println(row("GET plan directly to plans", direct));
            System.out.println(row("GET plan through the gateway", viaGateway));
            System.out.printf(Locale.ROOT, "gateway/direct ratio: p50 %.2fx, p99 %.2fx (gateway adds %.2f ms at p50)%n",
                    (double) pct(viaGateway, 50) / pct(direct, 50), (double) pct(viaGateway, 99) / pct(direct, 99),
                    (pct(viaGateway, 50) - pct(direct, 50)) / 1e6);
            System.out.println(row("write -> monitoring read model", propagation));
        }
    }

    private static long[] latencies(Api api, String path, String token) {
        for (int i = 0; i < WARMUP; i++) {
            api.get(path, token);
        }
        long[] times = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            int status = api.get(path, token).status();
            times[i] = System.nanoTime() - start;
            if (status != 200) {
                throw new IllegalStateException("GET " + path + " answered " + status);
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** Each write is timed from the POST until monitoring lists the activity (polled every millisecond). */
    private static long[] propagation(Api gateway, Api monitoring, String token, String planId, String nodeId) {
        long[] times = new long[WRITES];
        String activities = "/api/t/ba-04/monitoring/plans/" + planId + "/activities";
        for (int i = 0; i < WRITES; i++) {
            long start = System.nanoTime();
            Api.Response created = gateway.post("/api/t/ba-04/plans/" + planId + "/activities", token,
                    "{\"nodeId\":\"" + nodeId + "\",\"code\":\"1." + i + "\",\"title\":\"Aktivnost " + i + "\",\"leadInstitutions\":[\"MUP ZDK\"]}");
            if (created.status() != 201) {
                throw new IllegalStateException("POST answered " + created);
            }
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
        return times;
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    private static String row(String label, long[] sorted) {
        return String.format(Locale.ROOT, "%-34s p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   max %7.2f ms", label,
                pct(sorted, 50) / 1e6, pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
