package org.ariadne.monitoring.planview;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import tools.jackson.databind.JsonNode;

/** Reads monitoring's plan view over HTTP as a tenant. */
public final class MonitoringApi {

    private final Api api;

    public MonitoringApi(int port) {
        this.api = new Api(port);
    }

    public Api.Response overview(String tenant) {
        return api.get("/api/t/" + tenant + "/monitoring/overview", TestJwts.forTenant(tenant, "viewer"));
    }

    public Api.Response activities(String tenant, String planId) {
        return api.get("/api/t/" + tenant + "/monitoring/plans/" + planId + "/activities", TestJwts.forTenant(tenant, "viewer"));
    }

    /** The plan's entry in the tenant's overview, or null when the overview does not list it. */
    public JsonNode planInOverview(String tenant, String planId) {
        Api.Response response = overview(tenant);
        if (response.status() != 200) {
            throw new AssertionError("overview of " + tenant + ": " + response);
        }
        for (JsonNode plan : PlanEvents.JSON.readTree(response.body()).get("plans")) {
            if (planId.equals(plan.get("planId").asString())) {
                return plan;
            }
        }
        return null;
    }

    /** Waits until the plan's entry in the overview has the given number of activities, and returns it. */
    public JsonNode awaitPlan(String tenant, String planId, int activityCount) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            found[0] = planInOverview(tenant, planId);
            return found[0] != null && found[0].get("activityCount").asInt() == activityCount;
        });
        return found[0];
    }
}
