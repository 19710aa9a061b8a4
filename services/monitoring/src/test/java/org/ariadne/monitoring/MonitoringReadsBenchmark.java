package org.ariadne.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.NodeView;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What monitoring's reads cost next to what they answer, on a tenant with {@code bench.plans} plans of 1,000 activities
 * in its plan view (10 areas × 10 programmes × 10 activities, three of twenty institutions on each) and, on the first
 * plan, {@code bench.rounds} reporting rounds: all but two frozen, every contribution of them and of the next reported
 * on every activity with a narrative and accepted; the last one open with its contributions still to do. Then,
 * sequentially and directly at the service: the health check, the overview, the plan's rounds, one frozen round, its
 * roll-up, an open round's roll-up, activities, dashboard and contributions, and saving a contribution's reports (a
 * write). Prints p50/p99 and the answer's size; asserts no time. Run: docs/benchmarks.md, "Monitoring reads".
 */
@Tag("benchmark")
@ServiceTest
class MonitoringReadsBenchmark {

    static final String TENANT = "ba-mon";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanViewRepository planView;

    Api api;
    String coordinator;

    @Test
    void readsOfALivedInTenant() {
        int plans = Integer.getInteger("bench.plans", 5);
        int rounds = Integer.getInteger("bench.rounds", 6);
        int reads = Integer.getInteger("bench.reads", 300);
        TestTenants.provision(context, TENANT);
        api = new Api(port);
        coordinator = TestJwts.forTenant(TENANT, "coordinator");
        long setupStart = System.nanoTime();
        List<String> planIds = new ArrayList<>();
        TenantContext.runAs(TenantId.of(TENANT), () -> {
            for (int p = 0; p < plans; p++) {
                planIds.add(fillPlanView("plan-" + p));
            }
        });
        String planId = planIds.get(0);
        List<String> roundIds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            String roundId = openRound(planId, 2000 + r);
            if (r < rounds - 1) {
                reportAndAcceptEverything(roundId);
            }
            if (r < rounds - 2) {
                Api.Response frozen = post("/rounds/" + roundId + "/freeze", "{\"acknowledgeIssues\":true}");
                assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
            }
            roundIds.add(roundId);
        }
        String frozenRound = roundIds.get(0);
        String openRound = roundIds.get(rounds - 2);
        String workingRound = roundIds.get(rounds - 1);
        System.out.printf("BENCHMARK monitoring reads: %d plans × 1,000 activities, %d rounds on the first (%d frozen) "
                + "(set up in %.0f s)%n", plans, rounds, rounds - 2, (System.nanoTime() - setupStart) / 1e9);

        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("health (Mongo ping)", "/actuator/health");
        requests.put("overview", base() + "/overview");
        requests.put("a plan's rounds", base() + "/plans/" + planId + "/rounds");
        requests.put("one round (frozen)", base() + "/rounds/" + frozenRound);
        requests.put("roll-up (frozen round)", base() + "/rounds/" + frozenRound + "/rollup");
        requests.put("roll-up (open round)", base() + "/rounds/" + openRound + "/rollup");
        requests.put("round activities (open)", base() + "/rounds/" + openRound + "/activities");
        requests.put("dashboard (open round)", base() + "/rounds/" + openRound + "/dashboard");
        requests.put("contributions (open round)", base() + "/rounds/" + openRound + "/contributions");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            String name = request.getKey();
            boolean cheap = name.contains("health") || name.contains("overview") || name.contains("rounds")
                    || name.contains("one round");
            measure(name, request.getValue(), cheap ? reads : Math.max(20, reads / 10));
        }
        JsonNode contribution = json(get("/rounds/" + workingRound + "/contributions")).get("contributions").get(0);
        String reports = reportsFor(contribution, "Nastavljeno");
        long[] writes = new long[Math.max(20, reads / 10)];
        for (int i = 0; i < writes.length; i++) {
            long start = System.nanoTime();
            Api.Response saved = api.put(base() + "/contributions/" + contribution.get("contributionId").asString() + "/reports",
                    coordinator, reports);
            writes[i] = System.nanoTime() - start;
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }
        Arrays.sort(writes);
        System.out.printf("BENCHMARK monitoring reads | %-28s | p50 %8.2f ms | p99 %8.2f ms |%n", "save a contribution's reports",
                ms(writes[writes.length / 2]), ms(writes[(int) (writes.length * 0.99)]));
    }

    private String fillPlanView(String planId) {
        planView.savePlan(new PlanView(planId, "Akcioni plan " + planId, List.of("Oblast", "Program")), 1);
        long version = 2;
        for (int a = 1; a <= 10; a++) {
            planView.saveNode(new NodeView(planId + "-n" + a, planId, null, 1, String.valueOf(a), "Oblast " + a), version++);
            for (int p = 1; p <= 10; p++) {
                String programme = planId + "-n" + a + "." + p;
                planView.saveNode(new NodeView(programme, planId, planId + "-n" + a, 2, a + "." + p, "Program " + a + "." + p),
                        version++);
                for (int i = 1; i <= 10; i++) {
                    int k = (a * 100 + p * 10 + i);
                    planView.saveActivity(new ActivityView(planId + "-a" + a + "." + p + "." + i, planId, programme,
                            a + "." + p + "." + i, "Aktivnost " + a + "." + p + "." + i + ": obuke za policijske službenike",
                            "IV kvartal 2025", List.of("Institucija " + k % 20), List.of("Institucija " + (k + 7) % 20,
                                    "Institucija " + (k + 13) % 20), "2025-12-31"), version++);
                }
            }
        }
        return planId;
    }

    private String openRound(String planId, int year) {
        Api.Response opened = post("/plans/" + planId + "/rounds", "{\"kind\":\"annual\",\"periodStart\":\"" + year
                + "-01-01\",\"periodEnd\":\"" + year + "-12-31\",\"dueDate\":\"" + (year + 1) + "-01-31\",\"recipient\":\"Vlada\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return json(opened).get("roundId").asString();
    }

    private void reportAndAcceptEverything(String roundId) {
        for (JsonNode c : json(get("/rounds/" + roundId + "/contributions")).get("contributions")) {
            String id = c.get("contributionId").asString();
            Api.Response saved = api.put(base() + "/contributions/" + id + "/reports", coordinator,
                    reportsFor(c, "Održano je više obuka za policijske službenike i tužioce o identifikaciji žrtava "
                            + "trgovine ljudima; učestvovalo je ukupno 40 osoba (22 žene i 18 muškaraca)."));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(post("/contributions/" + id + "/submit", "{}").status()).isEqualTo(200);
            assertThat(post("/contributions/" + id + "/accept", "{}").status()).isEqualTo(200);
        }
    }

    private static String reportsFor(JsonNode contribution, String narrative) {
        StringBuilder body = new StringBuilder("{\"reports\":[");
        int i = 0;
        for (JsonNode activityId : contribution.get("activityIds")) {
            body.append(i++ == 0 ? "" : ",").append("{\"activityId\":\"").append(activityId.asString())
                    .append("\",\"status\":\"").append(i % 7 == 0 ? "not_started" : "ongoing").append("\",\"narrative\":\"")
                    .append(narrative).append("\",\"language\":\"bs\",\"figures\":[{\"label\":\"učesnici\",\"value\":40,")
                    .append("\"year\":\"2025\",\"scope\":\"ZDK\"}]}");
        }
        return body.append("]}").toString();
    }

    private void measure(String name, String path, int count) {
        for (int i = 0; i < Math.min(30, count); i++) {
            Api.Response warm = api.get(path, coordinator);
            assertThat(warm.status()).as(warm.toString()).isEqualTo(200);
        }
        long[] times = new long[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Api.Response response = api.get(path, coordinator);
            times[i] = System.nanoTime() - start;
            size = response.body().length();
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK monitoring reads | %-28s | p50 %8.2f ms | p99 %8.2f ms | %,10d bytes |%n", name,
                ms(times[count / 2]), ms(times[(int) (count * 0.99)]), size);
    }

    private String base() {
        return "/api/t/" + TENANT + "/monitoring";
    }

    private Api.Response get(String path) {
        return api.get(base() + path, coordinator);
    }

    private Api.Response post(String path, String body) {
        return api.post(base() + path, coordinator, body);
    }

    private static JsonNode json(Api.Response response) {
        return JSON.readTree(response.body());
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
