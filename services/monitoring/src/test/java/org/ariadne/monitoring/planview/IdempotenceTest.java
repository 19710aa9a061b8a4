package org.ariadne.monitoring.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Acceptance: replaying the whole plans topic leaves the monitoring read model unchanged. */
class IdempotenceTest extends ServiceApiTest {

    MonitoringApi monitoring;

    @BeforeEach
    void setUp() {
        monitoring = new MonitoringApi(port);
    }

    private static PlanEvents fullHistory() {
        PlanEvents plan = new PlanEvents("ba-04");
        fullHistoryOf(plan);
        return plan;
    }

    private String snapshot(String planId) {
        JsonNode plan = monitoring.planInOverview("ba-04", planId);
        Api.Response activities = monitoring.activities("ba-04", planId);
        assertThat(activities.status()).isEqualTo(200);
        return plan + "\n" + activities.body();
    }

    @Test
    void replayingTheWholeTopicInOrderAndInReverseLeavesTheReadModelUnchanged() {
        PlanEvents plan = fullHistory();
        JsonNode converged = monitoring.awaitPlan("ba-04", plan.planId(), 3);
        PlanEvents.awaitConsumed();
        String before = snapshot(plan.planId());
        // n-1 lost both its activities (a-2 moved, n-1-1 moved under n-2); n-2 holds a-1 (via n-1-1), a-2, a-3.
        assertThat(converged.get("topLevel").get(0).get("activityCount").asInt()).isZero();
        assertThat(converged.get("topLevel").get(1).get("activityCount").asInt()).isEqualTo(3);
        assertThat(before).contains("Obuka policije i tužilaštva").doesNotContain(plan.id("a-4"));

        plan.sent().forEach(PlanEvents.Sent::resend);
        PlanEvents.awaitConsumed();
        assertThat(snapshot(plan.planId())).isEqualTo(before);

        List<PlanEvents.Sent> reversed = new ArrayList<>(plan.sent());
        Collections.reverse(reversed);
        reversed.forEach(PlanEvents.Sent::resend);
        PlanEvents.awaitConsumed();
        assertThat(snapshot(plan.planId())).isEqualTo(before);
    }

    @Test
    void aHistoryDeliveredInReverseConvergesToTheSameReadModel() {
        PlanEvents original = fullHistory();
        monitoring.awaitPlan("ba-04", original.planId(), 3);
        PlanEvents.awaitConsumed();
        String expected = snapshot(original.planId());

        // The same history for a second plan, but only ever delivered newest first.
        PlanEvents mirror = PlanEvents.held("ba-04");
        List<PlanEvents.Sent> history = fullHistoryOf(mirror);
        Collections.reverse(history);
        history.forEach(PlanEvents.Sent::resend);
        PlanEvents.awaitConsumed();

        assertThat(mirror.localized(snapshot(mirror.planId()))).isEqualTo(original.localized(expected));
    }

    @Test
    void aDuplicateAddAfterTheRemovalDoesNotResurrectTheActivity() {
        PlanEvents plan = new PlanEvents("ba-04")
                .created("Plan", "Area")
                .nodeAdded("n-1", null, 1, "1", "Area one")
                .activityAdded("a-1", "n-1", "1.1", "Kept")
                .activityAdded("a-2", "n-1", "1.2", "Removed later");   // v4
        PlanEvents.Sent added = plan.sent().get(3);
        plan.activityRemoved("a-2");                                       // v5
        monitoring.awaitPlan("ba-04", plan.planId(), 1);

        added.resend();                                                    // the same record again
        plan.activityAddedAt(4, "a-2", "n-1", "1.2", "Removed later");     // a redelivery with a new ce_id
        PlanEvents.awaitConsumed();

        assertThat(monitoring.planInOverview("ba-04", plan.planId()).get("activityCount").asInt()).isEqualTo(1);
        assertThat(monitoring.activities("ba-04", plan.planId()).<List<String>>json("$.activities[*].activityId"))
                .containsExactly(plan.id("a-1"));
    }

    @Test
    void anOlderChangeArrivingAfterANewerOneDoesNotWin() {
        PlanEvents plan = new PlanEvents("ba-04")
                .created("Plan", "Area")
                .nodeAdded("n-1", null, 1, "1", "Area one")
                .nodeAdded("n-2", null, 1, "2", "Area two")
                .activityAdded("a-1", "n-1", "1.1", "First title")              // v4
                .activityChanged("a-1", "n-2", "2.1", "Newest title");           // v5
        monitoring.awaitPlan("ba-04", plan.planId(), 1);

        plan.activityChangedAt(4, "a-1", "n-1", "1.1", "Stale title");         // older version, arrives late
        PlanEvents.awaitConsumed();

        Api.Response activities = monitoring.activities("ba-04", plan.planId());
        assertThat(activities.<String>json("$.activities[0].title")).isEqualTo("Newest title");
        assertThat(activities.<String>json("$.activities[0].nodeId")).isEqualTo(plan.id("n-2"));
        JsonNode overview = monitoring.planInOverview("ba-04", plan.planId());
        assertThat(overview.get("topLevel").get(1).get("nodeId").asString()).isEqualTo(plan.id("n-2"));
        assertThat(overview.get("topLevel").get(1).get("activityCount").asInt()).isEqualTo(1);
    }

    /** Create, nodes, activities, a change, two moves (an activity and a node), a removal: versions 1 to 12. */
    private static List<PlanEvents.Sent> fullHistoryOf(PlanEvents plan) {
        plan.created("Akcioni plan ZDK 2021-2024", "Strateški cilj", "Program")   // v1
                .nodeAdded("n-1", null, 1, "1", "Prevencija")                        // v2
                .nodeAdded("n-2", null, 1, "2", "Zaštita")                           // v3
                .nodeAdded("n-1-1", "n-1", 2, "1.1", "Edukacija")                    // v4
                .activityAdded("a-1", "n-1-1", "1.1.1", "Obuka")                     // v5
                .activityAdded("a-2", "n-1", "1.2", "Kampanja")                      // v6
                .activityAdded("a-3", "n-2", "2.1", "Sigurna kuća")                  // v7
                .activityAdded("a-4", "n-2", "2.2", "Duplikat")                      // v8
                .activityChanged("a-1", "n-1-1", "1.1.1", "Obuka policije i tužilaštva") // v9: a change
                .activityChanged("a-2", "n-2", "2.3", "Kampanja")                    // v10: an activity moves
                .nodeChanged("n-1-1", "n-2", 2, "2.4", "Edukacija")                  // v11: a node moves
                .activityRemoved("a-4");                                            // v12: a removal
        return new ArrayList<>(plan.sent());
    }
}
