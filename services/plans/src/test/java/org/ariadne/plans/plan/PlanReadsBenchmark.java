package org.ariadne.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ariadne.plans.importing.GeneratedPlan;
import org.ariadne.plans.importing.Imports;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a read of the plans API costs next to what it returns, on a tenant that has lived a while: {@code bench.plans}
 * plans of 1,000 activities each (imported), {@code bench.revisions} revisions in all (adopt + start a revision, spread
 * over the plans) and {@code bench.auditEntries} audit entries in all (the imports, adoptions and revisions, then
 * changes with a reason: one in ten of an activity, the others of the plan's title). Each setup phase prints its cost
 * and whether a step grew dearer as history grew (the median of its first and its last tenth). Then, sequentially
 * and directly at the service: the health check (a Mongo ping: the floor of a request), the plan list, one plan's
 * tree, one activity, the versions, an earlier version's tree, the first page of the audit trail, a search, and a
 * change. Prints p50/p99 and the answer's size; asserts no
 * time. Runs with the production JIT (the benchmark profile of this module). Run: docs/benchmarks.md, "Plan reads".
 */
@Tag("benchmark")
@ServiceTest
class PlanReadsBenchmark {

    static final String TENANT = "ba-reads";
    static final String PLANS = "/api/t/" + TENANT + "/plans";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void readsOfALivedInTenant() {
        int plans = Integer.getInteger("bench.plans", 5);
        int revisions = Integer.getInteger("bench.revisions", 200);
        int auditEntries = Integer.getInteger("bench.auditEntries", 5000);
        int reads = Integer.getInteger("bench.reads", 500);
        TestTenants.provision(context, TENANT);
        Api api = new Api(port);
        String token = TestJwts.forTenant(TENANT);

        long setupStart = System.nanoTime();
        List<String> planIds = new ArrayList<>();
        Imports imports = new Imports(api);
        for (int p = 0; p < plans; p++) {
            Api.Response job = imports.run(TENANT, GeneratedPlan.THOUSAND.jsonLines(), "application/x-ndjson",
                    "format=jsonl&mode=commit&title=Plan%20" + p);
            assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
            planIds.add(job.json("$.result.resourceId"));
        }
        phase("imports", setupStart, plans);
        int entries = plans;
        long[] revisionTimes = new long[revisions];
        for (int r = 0; r < revisions; r++) {
            String planId = planIds.get(r % plans);
            int n = r;
            long start = System.nanoTime();
            retrying(() -> api.post(PLANS + "/" + planId + "/adopt", token,
                    "{\"legalAct\":\"Odluka " + n + "\",\"adoptionDate\":\"2024-01-01\"}"), 200);
            retrying(() -> api.post(PLANS + "/" + planId + "/revisions", token, "{}"), 201);
            revisionTimes[r] = System.nanoTime() - start;
            entries += 2;
        }
        growth("adopt + revise", revisionTimes);
        forgetOplog();
        String firstPlan = planIds.get(0);
        Map<String, List<String>> activityIds = new LinkedHashMap<>();
        planIds.forEach(id -> activityIds.put(id, api.get(PLANS + "/" + id, token).json("$.nodes[*].children[*].activities[*].id")));
        // The ETag is the plan's version: each change answers the one the next change of that plan names. One change in
        // ten is of an activity (it writes a new chunk of 250 activities), the others of the plan's title.
        Map<String, String> etags = new LinkedHashMap<>();
        planIds.forEach(id -> etags.put(id, api.get(PLANS + "/" + id, token).header("ETag")));
        List<Long> activityChanges = new ArrayList<>();
        List<Long> titleChanges = new ArrayList<>();
        for (int change = 0; entries < auditEntries; change++, entries++) {
            int plan = change % plans;
            String planId = planIds.get(plan);
            int n = change;
            long start = System.nanoTime();
            Api.Response changed;
            if (change % 10 == 0) {
                List<String> ids = activityIds.get(planId);
                String activityPath = PLANS + "/" + planId + "/activities/" + ids.get(change / plans % ids.size());
                changed = retrying(() -> api.patch(activityPath, token, "{\"deadline\":\"IV kvartal 20" + (n % 90 + 10)
                        + "\"}", "If-Match", etags.get(planId), "X-Change-Reason", "Izmjena " + n), 200);
                activityChanges.add(System.nanoTime() - start);
            } else {
                changed = retrying(() -> api.patch(PLANS + "/" + planId, token, "{\"title\":\"Plan " + plan + " (izmjena " + n
                        + ")\"}", "If-Match", etags.get(planId), "X-Change-Reason", "Izmjena " + n), 200);
                titleChanges.add(System.nanoTime() - start);
            }
            etags.put(planId, changed.header("ETag"));
            if (change % 250 == 249) {
                forgetOplog();
            }
        }
        forgetOplog();
        growth("change an activity (PATCH)", activityChanges.stream().mapToLong(Long::longValue).toArray());
        growth("change the title (PATCH)", titleChanges.stream().mapToLong(Long::longValue).toArray());
        System.out.printf("BENCHMARK plan reads: tenant with %d plans × 1,000 activities, %d revisions, %d audit entries "
                + "(set up in %.0f s)%n", plans, revisions, entries, (System.nanoTime() - setupStart) / 1e9);

        String activityId = api.get(PLANS + "/" + firstPlan, token).<List<String>>json("$.nodes[0].children[0].activities[*].id").get(0);
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("readiness probe (/readyz)", "/readyz");
        requests.put("plan list", PLANS);
        requests.put("one plan's tree", PLANS + "/" + firstPlan);
        requests.put("one activity", PLANS + "/" + firstPlan + "/activities/" + activityId);
        requests.put("versions", PLANS + "/" + firstPlan + "/versions");
        requests.put("version 1's tree", PLANS + "/" + firstPlan + "/versions/1");
        requests.put("audit trail (first page)", PLANS + "/" + firstPlan + "/audit");
        requests.put("search q=obuk limit=20", PLANS + "/activities?q=obuk&limit=20");
        Map<String, Double> p50 = new LinkedHashMap<>();
        for (Map.Entry<String, String> request : requests.entrySet()) {
            p50.put(request.getKey(), measure(api, token, request.getKey(), request.getValue(),
                    request.getKey().contains("tree") ? Math.max(20, reads / 10) : reads));
        }
        long[] writes = new long[Math.max(20, reads / 10)];
        for (int i = 0; i < writes.length; i++) {
            String etag = api.get(PLANS + "/" + firstPlan + "/activities/" + activityId, token).header("ETag");
            long start = System.nanoTime();
            Api.Response changed = api.patch(PLANS + "/" + firstPlan + "/activities/" + activityId, token,
                    "{\"title\":\"Promijenjeno " + i + "\"}", "If-Match", etag);
            writes[i] = System.nanoTime() - start;
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
        Arrays.sort(writes);
        System.out.printf("BENCHMARK plan reads | %-28s | p50 %8.2f ms | p99 %8.2f ms |%n", "change an activity (PATCH)",
                ms(writes[writes.length / 2]), ms(writes[(int) (writes.length * 0.99)]));
        System.out.printf("BENCHMARK plan reads | plan list p50 / readiness probe p50 = %.2f%n",
                p50.get("plan list") / p50.get("readiness probe (/readyz)"));
    }

    /**
     * As many warm-up reads as measured ones: with the production JIT (C1 then C2) a path is compiled for good only
     * after some thousand calls of its methods, and 50 reads measured code still being profiled.
     */
    private static double measure(Api api, String token, String name, String path, int count) {
        for (int i = 0; i < count; i++) {
            Api.Response warm = api.get(path, token);
            assertThat(warm.status()).as(warm.toString()).isEqualTo(200);
        }
        long[] times = new long[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Api.Response response = api.get(path, token);
            times[i] = System.nanoTime() - start;
            size = response.body().length();
        }
        Arrays.sort(times);
        double p50 = ms(times[count / 2]);
        System.out.printf("BENCHMARK plan reads | %-28s | p50 %8.2f ms | p99 %8.2f ms | %,10d bytes |%n", name, p50,
                ms(times[(int) (count * 0.99)]), size);
        return p50;
    }

    /**
     * The test's in-memory Mongo server keeps every write in its oplog, for good and with whole documents (a real
     * MongoDB caps it on disk): 5,000 changes filled the 1 GB heap (OutOfMemoryError). Nothing in the service reads
     * the oplog (no change streams), so the benchmark empties it now and then.
     */
    private void forgetOplog() {
        context.getBean(MongoClient.class).getDatabase("local").getCollection("oplog.rs").deleteMany(new Document());
    }

    private static void phase(String name, long startNanos, int count) {
        System.out.printf("BENCHMARK plan reads setup | %-28s | %,6d in %6.1f s%n", name, count, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Whether a step costs more as history grows: the median of its first and of its last tenth. */
    private static void growth(String name, long[] times) {
        if (times.length < 10) {
            return;
        }
        int tenth = times.length / 10;
        long[] first = Arrays.copyOfRange(times, 0, tenth);
        long[] last = Arrays.copyOfRange(times, times.length - tenth, times.length);
        Arrays.sort(first);
        Arrays.sort(last);
        System.out.printf("BENCHMARK plan reads setup | %-28s | %,6d in %6.1f s | median of the first tenth %7.2f ms, "
                + "of the last tenth %7.2f ms%n", name, times.length, Arrays.stream(times).sum() / 1e9,
                ms(first[tenth / 2]), ms(last[tenth / 2]));
    }

    /** A change right after a large import may meet a full outbox (503 until the relay caught up): try again. */
    private static Api.Response retrying(Supplier<Api.Response> request, int... expected) {
        for (int attempt = 0; ; attempt++) {
            Api.Response response = request.get();
            if (Arrays.stream(expected).anyMatch(s -> s == response.status())) {
                return response;
            }
            assertThat(attempt).as(response.toString()).isLessThan(200);
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
