package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TenantIsolationSuite;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;

/** The tenant-isolation guarantees every service proves, for budget lines, and for the plans funding knows from events. */
@ServiceTest
class FundingTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected java.util.Set<String> parentViews() {
        return java.util.Set.of("GET /api/t/{tenant}/funding/totals");
    }

    @Override
    protected String createResourceAs(String tenant) {
        Api.Response created = api.post("/api/t/" + tenant + "/funding/lines", TestJwts.forTenant(tenant), """
                {"title": "Isolation line", "currency": "BAM", "holder": {"name": "Ministarstvo"},
                 "source": {"kind": "cantonal_budget"},
                 "allocations": [{"year": 2023, "amount": "1000.00", "status": "indicative"}]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "funding/lines/" + created.<String>json("$.id");
    }

    /** The activities filtered by another tenant's plan are not found, as that plan is not (never an empty list). */
    @Test
    void theActivitiesOfAnotherTenantsPlanAreNotFound() {
        String planId = UUID.randomUUID().toString();
        Events.publish(new Seeds.PlanEvents(OWNER, planId, "Owner's plan",
                List.of(new NodeAdded(OWNER, planId, "n-1", null, 1, "1", "Prevencija")),
                List.of(new ActivityAdded(OWNER, planId, "a-1", "n-1", "1.1", "Kampanja", null, List.of("MUP"), List.of(),
                        null, null, null))));
        String activities = "/funding/activities?planId=" + planId;
        Events.awaitTrue(() -> api.get("/api/t/" + OWNER + activities, TestJwts.forTenant(OWNER)).status() == 200);

        Api.Response asOther = api.get("/api/t/" + OTHER + activities, TestJwts.forTenant(OTHER));

        assertThat(asOther.status()).as(asOther.toString()).isEqualTo(404);
        assertThat(asOther.isProblem("not-found")).as(asOther.toString()).isTrue();
        assertThat(api.get("/api/t/" + OTHER + "/funding/plans/" + planId + "/activities/a-1", TestJwts.forTenant(OTHER)).status())
                .isEqualTo(404);
    }
}
