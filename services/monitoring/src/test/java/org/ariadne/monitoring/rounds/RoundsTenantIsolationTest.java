package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.TenantIsolationSuite;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platform's isolation guarantees for rounds (the suite), plus contributions and generated reports: another
 * tenant's coordinator can neither read nor change them, even with the right ids.
 */
class RoundsTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected String createResourceAs(String tenant) {
        PlanEvents plan = new PlanEvents(tenant)
                .created("Plan of " + tenant, "Area")
                .nodeAdded("n-1", null, 1, "1", "Area one")
                .activityAdded("a-1", "n-1", "1.1", "Activity of " + tenant);
        new MonitoringApi(port).awaitPlan(tenant, plan.planId(), 1);
        return "monitoring/rounds/" + new RoundsApi(port, tenant).openRound(plan.planId());
    }

    @Test
    void contributionsRollUpsAndReportsOfAnotherTenantAreNotFound() {
        TestTenants.provision(context, OWNER, OTHER);
        String roundPath = createResourceAs(OWNER);
        String roundId = roundPath.substring(roundPath.lastIndexOf('/') + 1);
        RoundsApi owner = new RoundsApi(port, OWNER);
        String contributionId = RoundsApi.json(owner.get("/rounds/" + roundId + "/contributions"))
                .get("contributions").get(0).get("contributionId").asString();
        JsonNode job = owner.awaitJob(owner.post("/rounds/" + roundId + "/reports", "{\"format\":\"csv\"}"));
        String report = job.get("result").get("href").asString().replace("/api/t/" + OWNER + "/", "");
        String jobPath = "monitoring/jobs/" + job.get("id").asString();

        String other = TestJwts.forTenant(OTHER, "coordinator");
        for (String path : List.of("monitoring/contributions/" + contributionId, "monitoring/rounds/" + roundId + "/rollup",
                "monitoring/rounds/" + roundId + "/contributions", report, jobPath)) {
            Api.Response response = api.get("/api/t/" + OTHER + "/" + path, other);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.isProblem("not-found")).isTrue();
        }
        Api.Response accept = api.post("/api/t/" + OTHER + "/monitoring/contributions/" + contributionId + "/accept", other, "");
        assertThat(accept.status()).isEqualTo(404);
        Api.Response freeze = api.post("/api/t/" + OTHER + "/monitoring/rounds/" + roundId + "/freeze", other, "{}");
        assertThat(freeze.status()).isEqualTo(404);
        Api.Response crossHeader = api.get("/api/t/" + OTHER + "/monitoring/contributions/" + contributionId,
                TestJwts.forTenant(OWNER, "coordinator"), "X-Tenant-Id", OWNER);
        assertThat(crossHeader.status()).isEqualTo(403);
        assertThat(owner.get("/contributions/" + contributionId).status()).isEqualTo(200);
    }
}
