package org.ariadne.plans.plan;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanEventsTest extends ServiceApiTest {

    @Autowired
    TenantDatabases databases;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(new Api(port));
    }

    @Test
    void planNodeAndActivityEventsArePublishedThroughTheOutbox() {
        String planId = fixtures.createPlan("Events");
        String nodeId = fixtures.addNode(planId, null, "1.", "Prevencija");
        String activityId = fixtures.addActivity(planId, nodeId, "1.1.", "Kampanja");

        ConsumerRecord<String, String> created = awaitEvent(planId, EventTypes.PLAN_CREATED);
        ConsumerRecord<String, String> nodeAdded = awaitEvent(planId, EventTypes.NODE_ADDED);
        ConsumerRecord<String, String> activityAdded = awaitEvent(planId, EventTypes.ACTIVITY_ADDED);

        for (ConsumerRecord<String, String> record : List.of(created, nodeAdded, activityAdded)) {
            assertThat(record.key()).isEqualTo("ba-04:" + planId);
            assertThat(TestKafka.header(record, "ce_tenant")).isEqualTo("ba-04");
            assertThat(TestKafka.header(record, "ce_id")).isNotBlank();
            assertThat(JsonPath.<String>read(record.value(), "$.tenantId")).isEqualTo("ba-04");
            assertThat(JsonPath.<String>read(record.value(), "$.planId")).isEqualTo(planId);
        }
        assertThat(aggregateVersion(created)).isEqualTo(1);
        assertThat(aggregateVersion(nodeAdded)).isEqualTo(2);
        assertThat(aggregateVersion(activityAdded)).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(created.value(), "$.levelNames")).containsExactly("Oblast", "Strateški program");
        assertThat(JsonPath.<String>read(nodeAdded.value(), "$.nodeId")).isEqualTo(nodeId);
        assertThat(JsonPath.<Integer>read(nodeAdded.value(), "$.level")).isEqualTo(1);
        assertThat(JsonPath.<String>read(activityAdded.value(), "$.activityId")).isEqualTo(activityId);
        assertThat(JsonPath.<String>read(activityAdded.value(), "$.deadline")).isEqualTo("II kvartal 2022");
        assertThat(JsonPath.<List<String>>read(activityAdded.value(), "$.partnerInstitutions")).isEmpty();
        assertThat(JsonPath.<String>read(activityAdded.value(), "$.deadlineKind")).isEqualTo("quarter");
        assertThat(JsonPath.<String>read(activityAdded.value(), "$.deadlineStart")).isEqualTo("2022-04-01");
        assertThat(JsonPath.<String>read(activityAdded.value(), "$.deadlineEnd")).isEqualTo("2022-06-30");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document plan = TenantContext.callAs(TenantId.of("ba-04"),
                    () -> databases.current().getCollection("plans").find(eq("_id", planId)).first());
            assertThat(plan).isNotNull();
            assertThat(plan.getList("outbox", Document.class)).isEmpty();
            assertThat(plan.getBoolean("outboxPending")).isFalse();
        });
    }

    @Test
    void partnersAdoptionAndRevisionAreEvents() {
        String planId = fixtures.createPlan("Events of versions");
        String nodeId = fixtures.addNode(planId, null, "1.", "Prevencija");
        String activityId = fixtures.addActivity(planId, nodeId, "1.1.", "Kampanja");
        Api.Response partners = api.patch(PlanFixtures.PLANS + "/" + planId + "/activities/" + activityId,
                fixtures.token(), "{\"partnerInstitutions\":[\"IOM\",\"Caritas\"]}", "If-Match", fixtures.etag(planId));
        assertThat(partners.status()).as(partners.toString()).isEqualTo(200);
        assertThat(api.post(PlanFixtures.PLANS + "/" + planId + "/adopt", fixtures.token(),
                "{\"legalAct\":\"Odluka 1/21\",\"adoptionDate\":\"2021-02-24\"}").status()).isEqualTo(200);
        assertThat(api.post(PlanFixtures.PLANS + "/" + planId + "/revisions", fixtures.token(), "").status()).isEqualTo(201);

        ConsumerRecord<String, String> changed = awaitEvent(planId, EventTypes.ACTIVITY_CHANGED);
        assertThat(JsonPath.<List<String>>read(changed.value(), "$.partnerInstitutions")).containsExactly("IOM", "Caritas");
        ConsumerRecord<String, String> adopted = awaitEvent(planId, EventTypes.PLAN_ADOPTED);
        assertThat(JsonPath.<String>read(adopted.value(), "$.legalAct")).isEqualTo("Odluka 1/21");
        assertThat(JsonPath.<Integer>read(adopted.value(), "$.versionNumber")).isEqualTo(1);
        ConsumerRecord<String, String> revised = awaitEvent(planId, EventTypes.PLAN_REVISED);
        assertThat(JsonPath.<Integer>read(revised.value(), "$.versionNumber")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(revised.value(), "$.basedOnVersion")).isEqualTo(1);
    }

    private static ConsumerRecord<String, String> awaitEvent(String planId, String type) {
        Optional<ConsumerRecord<String, String>> record = TestKafka.awaitRecord(EventTypes.PLANS_TOPIC,
                r -> ("ba-04:" + planId).equals(r.key()) && type.equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(record).as(type + " for plan " + planId).isPresent();
        return record.get();
    }

    private static long aggregateVersion(ConsumerRecord<String, String> record) {
        return Long.parseLong(TestKafka.header(record, "ce_aggversion"));
    }
}
