package org.ariadne.monitoring.planview;

import org.ariadne.testing.TenantIsolationSuite;

/**
 * The platform's tenant-isolation guarantees for monitoring. Its resources come from Kafka, not from HTTP writes: a
 * plan is created by producing plan events as the tenant, and is then read through the plan view's API.
 */
class MonitoringTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected java.util.Set<String> parentViews() {
        return java.util.Set.of("GET /api/t/{tenant}/monitoring/children/{child}/rollups");
    }

    @Override
    protected String createResourceAs(String tenant) {
        PlanEvents plan = new PlanEvents(tenant)
                .created("Plan of " + tenant, "Area")
                .nodeAdded("n-1", null, 1, "1", "Area one")
                .activityAdded("a-1", "n-1", "1.1", "Activity of " + tenant);
        new MonitoringApi(port).awaitPlan(tenant, plan.planId(), 1);
        return "monitoring/plans/" + plan.planId() + "/activities";
    }
}
