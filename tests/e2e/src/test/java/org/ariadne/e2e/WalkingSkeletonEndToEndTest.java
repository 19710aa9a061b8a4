package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton through the front door: the packaged services as separate JVMs behind the gateway, a real
 * Kafka broker process, the Mongo wire server. Tenants are onboarded through identity's admin API, exactly as
 * {@code ./run} does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonEndToEndTest {

    static LocalStack stack;
    static Api gateway;
    static final String BA04 = TestJwts.forTenant("ba-04");
    static final String ME = TestJwts.forTenant("me");

    @BeforeAll
    static void startPlatform() {
        stack = new LocalStack().start();
        gateway = new Api(stack.gatewayUrl());
        onboard("ba", null, "Bosna i Hercegovina", "BAM", "Europe/Sarajevo");
        onboard("ba-04", "ba", "Zeničko-dobojski kanton", "BAM", "Europe/Sarajevo");
        onboard("me", null, "Crna Gora", "EUR", "Europe/Podgorica");
        // The gateway sees a tenant once its registry snapshot has it, the services once TenantOnboarded arrived.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(gateway.get("/api/t/ba-04/plans", BA04).status()).isEqualTo(200);
            assertThat(gateway.get("/api/t/me/monitoring/overview", ME).status()).isEqualTo(200);
            assertThat(gateway.get("/api/t/ba-04/partners/institutions", BA04).status()).isEqualTo(200);
        });
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    private static void onboard(String id, String parent, String name, String currency, String zone) {
        Api.Response response = gateway.post("/api/admin/tenants", TestJwts.platformAdmin(), """
                {"id":"%s","name":"%s",%s"languages":["bs"],"currency":"%s","timeZone":"%s","levelNames":["Oblast","Strateški program"]}"""
                .formatted(id, name, parent == null ? "" : "\"parentId\":\"" + parent + "\",", currency, zone));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    @Test
    @Order(1)
    void anActivityCreatedInBa04AppearsInItsMonitoringOverviewWithinFiveSecondsAndNeverInMe() {
        String planId = createPlan("ba-04", BA04, "Akcioni plan ZDK 2021-2024");
        String areaId = gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", BA04,
                "{\"code\":\"1\",\"title\":\"Prevencija\"}").json("$.id");

        long created = System.nanoTime();
        Api.Response activity = gateway.post("/api/t/ba-04/plans/" + planId + "/activities", BA04, """
                {"nodeId":"%s","code":"1.1.1","title":"Edukacija uposlenika centara za socijalni rad","deadline":"2022.",
                 "leadInstitutions":["Ministarstvo za rad, socijalnu politiku i izbjeglice ZDK"]}"""
                .formatted(areaId));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(activityCount("ba-04", BA04, planId)).isEqualTo(1));
        System.out.printf("E2E write-to-overview propagation: %d ms%n", (System.nanoTime() - created) / 1_000_000);

        Api.Response meOverview = gateway.get("/api/t/me/monitoring/overview", ME);
        assertThat(meOverview.status()).isEqualTo(200);
        assertThat(meOverview.body()).doesNotContain(planId);
        assertThat(gateway.get("/api/t/me/plans/" + planId, ME).status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theGatewayDecidesTheTenantNotTheClient() {
        String planId = createPlan("ba-04", BA04, "Plan ba-04");

        Api.Response forged = gateway.get("/api/t/me/plans/" + planId, ME, "X-Tenant-Id", "ba-04");
        assertThat(forged.status()).isEqualTo(404);

        Api.Response foreign = gateway.get("/api/t/ba-04/plans/" + planId, ME);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.isProblem("tenant-forbidden")).as(foreign.toString()).isTrue();

        Api.Response anonymous = gateway.get("/api/t/ba-04/plans/" + planId, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem("unauthenticated")).as(anonymous.toString()).isTrue();
    }

    @Test
    @Order(3)
    void writesSucceedWhileKafkaIsDownAndTheReadModelConvergesWhenItReturns() {
        String planId = createPlan("ba-04", BA04, "Plan written during a Kafka outage");
        String nodeId = gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", BA04, "{\"code\":\"2\",\"title\":\"Zaštita\"}")
                .json("$.id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(overviewOf("ba-04", BA04)).contains(planId));

        stack.stopKafka();
        for (int i = 1; i <= 3; i++) {
            Api.Response response = gateway.post("/api/t/ba-04/plans/" + planId + "/activities", BA04, """
                    {"nodeId":"%s","code":"2.1.%d","title":"Aktivnost tokom prekida %d","deadline":"Kontinuirano","leadInstitutions":["MUP ZDK"]}"""
                    .formatted(nodeId, i, i));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
        assertThat(activityCount("ba-04", BA04, planId)).isZero();

        stack.startKafka();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(activityCount("ba-04", BA04, planId)).isEqualTo(3));
    }

    @Test
    @Order(4)
    void mergingTwoInstitutionsRepointsThePlanAndTheMonitoringViewThroughTheServicesEvents() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String duplicate = register("Kantonalni MUP " + suffix, "{\"text\":\"KMUP" + suffix + "\",\"kind\":\"acronym\"}");
        String survivor = register("Ministarstvo unutrašnjih poslova ZDK " + suffix, "");
        String planId = createPlan("ba-04", BA04, "Plan with a merged institution");
        String nodeId = gateway.post("/api/t/ba-04/plans/" + planId + "/nodes", BA04, "{\"code\":\"3\",\"title\":\"Gonjenje\"}")
                .json("$.id");
        String activityId = gateway.post("/api/t/ba-04/plans/" + planId + "/activities", BA04, """
                {"nodeId":"%s","code":"3.1.1","title":"Zajedničke istrage","deadline":"2023","leadInstitutions":["KMUP%s"]}"""
                .formatted(nodeId, suffix)).json("$.id");
        String plansActivity = "/api/t/ba-04/plans/" + planId + "/activities/" + activityId;
        String monitoringActivities = "/api/t/ba-04/monitoring/plans/" + planId + "/activities";
        // plans.events → partners reads the name → partners.events → plans and monitoring learn the institution
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(gateway.get(plansActivity, BA04).body()).contains("\"KMUP" + suffix + "\":\"" + duplicate + "\"");
            assertThat(gateway.get(monitoringActivities, BA04).body()).contains(duplicate);
        });

        Api.Response merged = gateway.post("/api/t/ba-04/partners/institutions/" + duplicate + "/merge", BA04,
                "{\"into\":\"" + survivor + "\"}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(gateway.get(plansActivity, BA04).body()).contains("\"KMUP" + suffix + "\":\"" + survivor + "\"")
                    .doesNotContain(duplicate);
            assertThat(gateway.get(monitoringActivities, BA04).body()).contains(survivor).doesNotContain(duplicate);
            assertThat(gateway.get("/api/t/ba-04/partners/aliases?institutionId=" + survivor, BA04).body())
                    .contains("KMUP" + suffix);
        });
    }

    private static String register(String name, String alias) {
        Api.Response created = gateway.post("/api/t/ba-04/partners/institutions", BA04, "{\"name\":\"" + name
                + "\",\"kind\":\"ministry\",\"aliases\":[" + alias + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    static String createPlan(String tenant, String token, String title) {
        Api.Response plan = gateway.post("/api/t/" + tenant + "/plans", token,
                "{\"title\":\"" + title + "\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        return plan.json("$.id");
    }

    static String overviewOf(String tenant, String token) {
        Api.Response overview = gateway.get("/api/t/" + tenant + "/monitoring/overview", token);
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        return overview.body();
    }

    static int activityCount(String tenant, String token, String planId) {
        List<Integer> counts = com.jayway.jsonpath.JsonPath.read(overviewOf(tenant, token),
                "$.plans[?(@.planId == '" + planId + "')].activityCount");
        return counts.isEmpty() ? 0 : counts.get(0);
    }
}
