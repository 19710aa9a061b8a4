package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The funding benchmark (docs/benchmarks.md), not part of the test suite:
 * {@code ./mvnw -pl tests/e2e verify -Pbenchmark -Dtest=FundingBenchmark} after {@code ./mvnw -DskipTests install}.
 * The funding service and the gateway run as their own JVMs (with a real Kafka broker and the Mongo wire server); one
 * tenant gets 2,000 budget lines with 4 yearly allocations each and 10,000 transactions in BAM, EUR and USD (USD
 * converted with dated ECB rates) through the API. It prints the latency of the tenant's totals in EUR through the
 * gateway and directly, and how long the IATI export of the tenant takes (start to downloadable file).
 * Figures are reported, never asserted.
 */
@Tag("benchmark")
class FundingBenchmark {

    static final int LINES = Integer.getInteger("bench.lines", 2_000);
    static final int TRANSACTIONS_PER_LINE = 5;
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    static final String TENANT = "xk";
    static final List<String> CURRENCIES = List.of("BAM", "EUR", "USD");

    @Test
    void totalsAndIatiExportOfALargeTenant() throws Exception {
        try (LocalStack stack = new LocalStack().withEnv("ARIADNE_GATEWAY_RATELIMIT_CAPACITY", "1000000")
                .withEnv("ARIADNE_GATEWAY_RATELIMIT_PERSECOND", "1000000").start("funding", "gateway")) {
            registerTenant(stack.mongoUri());
            String token = TestJwts.forTenant(TENANT);
            Api gateway = new Api(stack.gatewayUrl());
            Api funding = new Api(stack.url("funding"));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.get("/api/t/" + TENANT + "/funding/lines", token).status() == 200);

            long loadStart = System.nanoTime();
            uploadRates(funding, token);
            for (int i = 0; i < LINES; i++) {
                String line = funding.post(path("/lines"), token, line(i)).json("$.id");
                for (int t = 0; t < TRANSACTIONS_PER_LINE; t++) {
                    String currency = CURRENCIES.get((i + t) % 3);
                    Api.Response recorded = funding.post(path("/lines/" + line + "/transactions"), token,
                            transaction(i, t, currency));
                    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
                }
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            Api.Response check = gateway.get(path("/totals?currency=EUR"), token);
            assertThat(check.status()).as(check.toString()).isEqualTo(200);
            assertThat(check.<Integer>json("$.own.all.lines")).isEqualTo(LINES);

            long[] viaGateway = latencies(gateway, path("/totals?currency=EUR"), token);
            long[] direct = latencies(funding, path("/totals?currency=EUR"), token);
            long[] afterWrite = afterEachWrite(gateway, funding, token, check.json("$.own.all.lines"));
            long[] export = new long[3];
            for (int i = 0; i < export.length; i++) {
                export[i] = iatiExport(stack.gatewayUrl(), gateway, token);
            }
            Arrays.sort(export);

            System.out.println();
            System.out.printf(Locale.ROOT, "=== Ariadne funding benchmark (%d cores): %d lines, %d allocations, %d transactions in %s;"
                    + " loaded through the API in %.0f s ===%n", Runtime.getRuntime().availableProcessors(), LINES, LINES * 4,
                    LINES * TRANSACTIONS_PER_LINE, CURRENCIES, loadSeconds);
            System.out.println(row("GET totals?currency=EUR through the gateway", viaGateway));
            System.out.println(row("GET totals?currency=EUR directly", direct));
            System.out.println(row("GET totals through the gateway, after a write", afterWrite));
            System.out.printf(Locale.ROOT, "IATI export of the tenant (%d activities), POST to downloaded file: min %.2f s, median %.2f s,"
                    + " max %.2f s%n", LINES, export[0] / 1e9, export[1] / 1e9, export[2] / 1e9);
            System.out.println(check.<String>json("$.own.all.planned") + " EUR planned, "
                    + check.<String>json("$.own.all.disbursed") + " EUR disbursed");
        }
    }

    private static String path(String rest) {
        return "/api/t/" + TENANT + "/funding" + rest;
    }

    /** The gateway lets a tenant through only when identity's registry says it is active. */
    private static void registerTenant(String mongoUri) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            client.getDatabase("platform__registry").getCollection("tenants").insertOne(new Document("_id", TENANT)
                    .append("name", "Kosova").append("parentId", null).append("status", "ACTIVE")
                    .append("languages", List.of("sq")).append("currency", "EUR").append("timeZone", "Europe/Belgrade")
                    .append("createdAt", new Date()));
        }
    }

    /** Daily USD reference rates 2019–2024 in the ECB's CSV format, uploaded as a job. */
    private static void uploadRates(Api funding, String token) {
        StringBuilder csv = new StringBuilder("Date,USD,JPY,\n");
        for (LocalDate day = LocalDate.of(2024, 12, 31); !day.isBefore(LocalDate.of(2019, 1, 1)); day = day.minusDays(1)) {
            csv.append(day).append(',').append(String.format(Locale.ROOT, "%.4f", 1.05 + (day.getDayOfYear() % 17) / 100.0))
                    .append(",130.00,\n");
        }
        Api.Response started = funding.sendBytes("POST", path("/rates/ecb"), token,
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(() ->
                "succeeded".equals(funding.get(started.header("Location"), token).json("$.state")));
    }

    private static String line(int i) {
        return """
                {"code": "%d", "title": "Budget line %d", "currency": "BAM", "holder": {"name": "Institution %d"},
                 "source": {"kind": "%s", "programme": %s},
                 "allocations": [{"year": 2021, "amount": "%d.00"}, {"year": 2022, "amount": "%d.50"},
                                 {"year": 2023, "amount": "%d.25", "status": "secured"}, {"year": 2024, "amount": "%d.75"}]}"""
                .formatted(100000 + i, i, i % 40, i % 5 == 0 ? "eu_fund" : "state_budget", i % 5 == 0 ? "\"ISF\"" : "null",
                        10000 + i, 11000 + i, 12000 + i, 13000 + i);
    }

    private static String transaction(int i, int t, String currency) {
        String[] types = {"commitment", "disbursement", "disbursement", "expenditure", "incoming_funds"};
        LocalDate date = LocalDate.of(2021 + t % 4, 1 + (i % 12), 1 + (i % 28));
        return """
                {"type": "%s", "amount": "%d.%02d", "currency": "%s", "date": "%s",
                 "provider": {"name": "Ministry %d"}, "receiver": {"name": "NGO %d"}}"""
                .formatted(types[t], 500 + i % 1000, t * 7, currency, date, i % 7, i % 30);
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

    /** Each GET follows a new transaction (not timed), so nothing computed before can be answered again. */
    private static long[] afterEachWrite(Api gateway, Api funding, String token, int lines) {
        String line = funding.get(path("/lines"), token).<java.util.List<String>>json("$.items[*].id").get(lines / 2);
        long[] times = new long[Integer.getInteger("bench.writes", 20)];
        for (int i = 0; i < times.length; i++) {
            assertThat(funding.post(path("/lines/" + line + "/transactions"), token,
                    transaction(i, i % 5, "EUR")).status()).isEqualTo(201);
            long start = System.nanoTime();
            int status = gateway.get(path("/totals?currency=EUR"), token).status();
            times[i] = System.nanoTime() - start;
            assertThat(status).isEqualTo(200);
        }
        Arrays.sort(times);
        return times;
    }

    /** From the POST that starts the export to the downloaded file, through the gateway. */
    private static long iatiExport(String gatewayUrl, Api gateway, String token) throws Exception {
        long start = System.nanoTime();
        Api.Response started = gateway.post(path("/exports/iati"), token, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        Api.Response job;
        do {
            Thread.sleep(20);
            job = gateway.get(location, token);
        } while (!"succeeded".equals(job.json("$.state")) && !"failed".equals(job.json("$.state")));
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl
                + job.<String>json("$.result.href"))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        long took = System.nanoTime() - start;
        assertThat(new String(file.body(), 0, 200, StandardCharsets.UTF_8)).contains("iati-activities");
        return took;
    }

    private static String row(String what, long[] sorted) {
        return String.format(Locale.ROOT, "%-46s p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  (n=%d)", what, pct(sorted, 50) / 1e6,
                pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, sorted.length);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
