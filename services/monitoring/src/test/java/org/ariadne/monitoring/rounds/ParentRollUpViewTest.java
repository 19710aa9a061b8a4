package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ariadne.contracts.EventTypes;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 11, acceptance 2 (monitoring): ba reads ba-04's frozen-round roll-up only after ba-04's consent (identity's
 * ParentConsentChanged as a real Kafka record), next to its own; after revocation it is a 404 again; me never; every
 * parent read is listed for ba-04's coordinator; contributions, evidence and e-mail addresses never show.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParentRollUpViewTest {

    private static final AtomicLong CONSENT_VERSION = new AtomicLong(System.currentTimeMillis());

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;

    @BeforeAll
    void aFrozenRoundInTheCanton() {
        TestTenants.provision(context, "ba", "ba-04", "me");
        api = new Api(port);
        RoundsApi ba04 = new RoundsApi(port, "ba-04");
        PlanEvents plan = Ba04Seed.sendPlan("ba-04");
        new MonitoringApi(port).awaitPlan("ba-04", plan.planId(), 106);
        assertThat(ba04.put("/settings/reporting", Ba04Seed.file("ba-04-reporting-settings.json")).status()).isEqualTo(200);
        String roundId = ba04.awaitJob(ba04.post("/plans/" + plan.planId() + "/rounds/import", Ba04Seed.importRequest()))
                .get("result").get("resourceId").asString();
        Api.Response frozen = ba04.post("/rounds/" + roundId + "/freeze", "{\"acknowledgeIssues\": true}");
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    }

    @Test
    void baSeesBa04sRollUpOnlyWhileBa04ConsentsAndMeNever() {
        String path = "/api/t/ba/monitoring/children/ba-04/rollups";
        consent(false);
        awaitStatus(path, 404);
        Api.Response before = api.get(path, TestJwts.forTenant("ba"));
        assertThat(before.isProblem("not-found")).as(before.toString()).isTrue();

        consent(true);
        awaitStatus(path, 200);
        Api.Response granted = api.get(path, TestJwts.forTenant("ba"));
        assertThat(granted.<String>json("$.child")).isEqualTo("ba-04");
        assertThat(granted.<List<Integer>>json("$.childRollUps[*].overall.planned")).contains(106);
        assertThat(granted.<List<?>>json("$.own")).isEmpty();
        assertThat(granted.body()).doesNotContain("contribution").doesNotContain("evidence").doesNotContain("@")
                .doesNotContain("issues").doesNotContain("narrative");

        Api.Response me = api.get("/api/t/me/monitoring/children/ba-04/rollups", TestJwts.forTenant("me"));
        assertThat(me.status()).as("me is not ba-04's parent").isEqualTo(404);
        Api.Response direct = api.get("/api/t/ba-04/monitoring/parent-reads", TestJwts.forTenant("ba"));
        assertThat(direct.status()).as("consent opens roll-ups, not the tenant").isEqualTo(403);

        consent(false);
        awaitStatus(path, 404);
    }

    @Test
    void everyParentReadIsListedForTheChildsCoordinatorOnly() {
        consent(true);
        awaitStatus("/api/t/ba/monitoring/children/ba-04/rollups", 200);

        Api.Response reads = api.get("/api/t/ba-04/monitoring/parent-reads", TestJwts.forTenant("ba-04", "coordinator"));
        Api.Response asViewer = api.get("/api/t/ba-04/monitoring/parent-reads", TestJwts.forTenant("ba-04", "viewer"));

        assertThat(reads.status()).as(reads.toString()).isEqualTo(200);
        assertThat(reads.<List<String>>json("$.items[*].parent")).isNotEmpty().containsOnly("ba");
        assertThat(reads.<List<String>>json("$.items[*].reader")).contains("user@ba");
        assertThat(reads.<List<String>>json("$.items[*].what")).contains("monitoring: frozen-round roll-ups");
        assertThat(asViewer.status()).isEqualTo(403);
        consent(false);
        awaitStatus("/api/t/ba/monitoring/children/ba-04/rollups", 404);
    }

    private void consent(boolean granted) {
        long version = CONSENT_VERSION.incrementAndGet();
        TestKafka.send(EventTypes.IDENTITY_TOPIC, "ba-04:ba-04", """
                {"tenantId": "ba-04", "parentId": "ba", "granted": %s, "changedBy": "coordinator.ba04",
                 "changedAt": "2026-12-06T10:00:00Z"}""".formatted(granted),
                TestKafka.cloudEventHeaders(EventTypes.PARENT_CONSENT_CHANGED, "ba-04", "ba-04", version));
    }

    private void awaitStatus(String path, int status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(path, TestJwts.forTenant("ba")).status() == status);
    }
}
