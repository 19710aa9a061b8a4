package org.ariadne.monitoring.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.PlanAdopted;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records the plan view can never apply go to {@code plans.events.DLT} at once and leave the read model alone. */
class PoisonRecordsTest extends ServiceApiTest {

    private static final String DLT = EventTypes.PLANS_TOPIC + EventTypes.DLT_SUFFIX;

    MonitoringApi monitoring;
    String planId;

    @BeforeEach
    void setUp() {
        monitoring = new MonitoringApi(port);
        planId = "plan-" + UUID.randomUUID();
    }

    @Test
    void anUnreadablePayloadIsDeadLettered() {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.PLAN_CREATED, "ba-04", planId, 1);

        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, "{\"tenantId\":\"ba-04\",\"planId\":", headers);

        assertDeadLettered(headers.get("ce_id"));
        assertUnknownEverywhere();
    }

    @Test
    void aPayloadOfAnotherTenantThanCeTenantIsDeadLettered() {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.PLAN_CREATED, "ba-04", planId, 1);

        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId,
                PlanEvents.JSON.writeValueAsString(new PlanCreated("me", planId, "Forged", List.of("Area"))), headers);

        assertDeadLettered(headers.get("ce_id"));
        assertUnknownEverywhere();
    }

    @Test
    void anEventWithoutAggregateVersionIsDeadLettered() {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, "ba-04", planId, 1);
        headers.remove("ce_aggversion");

        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, PlanEvents.JSON.writeValueAsString(
                new ActivityAdded("ba-04", planId, "a-" + UUID.randomUUID(), "n-1", "1.1", "Unordered", "2025", List.of())), headers);

        assertDeadLettered(headers.get("ce_id"));
        assertUnknownEverywhere();
    }

    @Test
    void aNodeBelowTheTopLevelOrAnAdoptionWithoutADateIsDeadLettered() {
        Map<String, String> node = TestKafka.cloudEventHeaders(EventTypes.NODE_ADDED, "ba-04", planId, 1);
        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, PlanEvents.JSON.writeValueAsString(
                new NodeAdded("ba-04", planId, "n-" + UUID.randomUUID(), null, 0, "0", "Level zero")), node);
        Map<String, String> adoption = TestKafka.cloudEventHeaders(EventTypes.PLAN_ADOPTED, "ba-04", planId, 2);
        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, PlanEvents.JSON.writeValueAsString(
                new PlanAdopted("ba-04", planId, 1, "Odluka", "2025-02-30")), adoption);

        assertDeadLettered(node.get("ce_id"));
        assertDeadLettered(adoption.get("ce_id"));
        assertUnknownEverywhere();
    }

    @Test
    void aRecordAfterAPoisonOneIsStillApplied() {
        Map<String, String> poison = TestKafka.cloudEventHeaders(EventTypes.PLAN_CREATED, "ba-04", planId, 1);
        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, "not json at all", poison);
        PlanEvents plan = new PlanEvents("ba-04").created("Still consumed", "Area");

        monitoring.awaitPlan("ba-04", plan.planId(), 0);
        assertDeadLettered(poison.get("ce_id"));
    }

    private void assertDeadLettered(String eventId) {
        java.util.Optional<ConsumerRecord<String, String>> dead = TestKafka.awaitRecord(DLT,
                r -> eventId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(dead).as("record %s on %s", eventId, DLT).isPresent();
    }

    private void assertUnknownEverywhere() {
        PlanEvents.awaitConsumed();
        for (String tenant : List.of("ba-04", "me")) {
            assertThat(monitoring.planInOverview(tenant, planId)).as("overview of %s", tenant).isNull();
            assertThat(monitoring.activities(tenant, planId).status()).as("activities as %s", tenant).isEqualTo(404);
        }
    }
}
