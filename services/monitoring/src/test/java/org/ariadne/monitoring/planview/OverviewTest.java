package org.ariadne.monitoring.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OverviewTest extends ServiceApiTest {

    MonitoringApi monitoring;

    @BeforeEach
    void setUp() {
        monitoring = new MonitoringApi(port);
    }

    @Test
    void countsActivitiesUnderTheirTopLevelNodeInNaturalCodeOrder() {
        PlanEvents plan = new PlanEvents("ba-04")
                .created("Akcioni plan ZDK 2021-2024", "Strateški cilj", "Program")
                .nodeAdded("n-10", null, 1, "10", "Prevencija")
                .nodeAdded("n-2", null, 1, "2", "Zaštita žrtava")
                .nodeAdded("n-10-1", "n-10", 2, "10.1", "Edukacija")
                .activityAdded("a-1", "n-10-1", "10.1.1", "Obuka policijskih službenika")
                .activityAdded("a-2", "n-10", "10.2", "Kampanja u školama")
                .activityAdded("a-3", "n-2", "2.1", "Sigurna kuća");

        JsonNode overview = monitoring.awaitPlan("ba-04", plan.planId(), 3);

        assertThat(overview.get("title").asString()).isEqualTo("Akcioni plan ZDK 2021-2024");
        assertThat(strings(overview.get("levelNames"))).containsExactly("Strateški cilj", "Program");
        JsonNode topLevel = overview.get("topLevel");
        assertThat(topLevel).hasSize(2);
        assertThat(topLevel.get(0).get("nodeId").asString()).isEqualTo(plan.id("n-2"));
        assertThat(topLevel.get(0).get("code").asString()).isEqualTo("2");
        assertThat(topLevel.get(0).get("title").asString()).isEqualTo("Zaštita žrtava");
        assertThat(topLevel.get(0).get("activityCount").asInt()).isEqualTo(1);
        assertThat(topLevel.get(1).get("nodeId").asString()).isEqualTo(plan.id("n-10"));
        assertThat(topLevel.get(1).get("activityCount").asInt()).isEqualTo(2);

        Api.Response activities = monitoring.activities("ba-04", plan.planId());
        assertThat(activities.status()).isEqualTo(200);
        assertThat(activities.<List<String>>json("$.activities[*].activityId")).containsExactly(plan.id("a-3"), plan.id("a-1"), plan.id("a-2"));
        assertThat(activities.<String>json("$.activities[0].deadline")).isEqualTo("Q4 2025");
        assertThat(activities.<List<String>>json("$.activities[0].leadInstitutions")).containsExactly("MUP ZDK");
    }

    @Test
    void anotherTenantNeverSeesThePlan() {
        PlanEvents plan = new PlanEvents("ba-04")
                .created("Akcioni plan ZDK", "Cilj")
                .nodeAdded("n-1", null, 1, "1", "Prevencija")
                .activityAdded("a-shared-id", "n-1", "1.1", "Obuka");
        monitoring.awaitPlan("ba-04", plan.planId(), 1);

        assertThat(monitoring.overview("me").status()).isEqualTo(200);
        assertThat(monitoring.planInOverview("me", plan.planId())).isNull();
        assertThat(monitoring.overview("me").body()).doesNotContain(plan.planId()).doesNotContain(plan.id("a-shared-id"));
        Api.Response asMe = monitoring.activities("me", plan.planId());
        assertThat(asMe.status()).isEqualTo(404);
        assertThat(asMe.isProblem("not-found")).as(asMe.toString()).isTrue();
    }

    @Test
    void activitiesOfAnUnknownNodeAreCountedAsUnassignedUntilTheNodeArrives() {
        PlanEvents plan = new PlanEvents("ba-04").created("Plan", "Area");
        plan.activityAdded("a-early", "n-late", "1.1", "Arrived before its node");

        JsonNode before = monitoring.awaitPlan("ba-04", plan.planId(), 1);
        assertThat(before.get("topLevel")).hasSize(1);
        JsonNode bucket = before.get("topLevel").get(0);
        assertThat(bucket.get("nodeId").isNull()).as(bucket.toString()).isTrue();
        assertThat(bucket.get("title").asString()).isEqualTo("(unassigned)");
        assertThat(bucket.get("activityCount").asInt()).isEqualTo(1);

        plan.nodeAdded("n-late", null, 1, "1", "Area one");
        PlanEvents.awaitConsumed();

        JsonNode after = monitoring.planInOverview("ba-04", plan.planId());
        assertThat(after.get("topLevel")).hasSize(1);
        assertThat(after.get("topLevel").get(0).get("nodeId").asString()).isEqualTo(plan.id("n-late"));
        assertThat(after.get("topLevel").get(0).get("activityCount").asInt()).isEqualTo(1);
    }

    @Test
    void aRenamedPlanIsShownUnderItsNewTitleAndLevelNamesAndAReplayedOldChangeDoesNotWin() {
        PlanEvents plan = new PlanEvents("ba-04").created("Nacrt plana", "Oblast")
                .nodeAdded("n-1", null, 1, "1", "Prevencija")
                .activityAdded("a-1", "n-1", "1.1", "Obuka");
        monitoring.awaitPlan("ba-04", plan.planId(), 1);

        plan.changed("Akcioni plan ZDK 2025-2026", "Strateška oblast");
        PlanEvents.awaitConsumed();
        plan.sent().get(0).resend(); // the PlanCreated again, as a replay would deliver it
        PlanEvents.awaitConsumed();

        JsonNode shown = monitoring.planInOverview("ba-04", plan.planId());
        assertThat(shown.get("title").asString()).isEqualTo("Akcioni plan ZDK 2025-2026");
        assertThat(strings(shown.get("levelNames"))).containsExactly("Strateška oblast");
        assertThat(shown.get("activityCount").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        Api.Response response = monitoring.activities("ba-04", "plan-that-does-not-exist");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem("not-found")).as(response.toString()).isTrue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
