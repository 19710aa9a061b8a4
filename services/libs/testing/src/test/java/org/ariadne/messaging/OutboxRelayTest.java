package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(properties = "spring.application.name=relaytest")
@ContextConfiguration(initializers = TestBackends.class)
class OutboxRelayTest {

    static final TenantId TENANT = TenantId.of("ba-04");

    @Autowired Outbox outbox;
    @Autowired TenantDatabases databases;
    @Autowired TenantDirectory directory;
    @Autowired OutboxRelay relay;

    OutboxCollection things;

    @BeforeEach
    void registerTheCollection() {
        things = outbox.tenantCollection("things");
        directory.provision(TENANT, "Test tenant", true);
    }

    @Test
    void stateAndEventsAreWrittenTogetherAndPublishedInOrderWithCloudEventHeaders() {
        String planId = UUID.randomUUID().toString();
        TenantContext.runAs(TENANT, () -> {
            things.insert(new Document("_id", planId).append("title", "AP ZDK"),
                    List.of(new PlanCreated("ba-04", planId, "AP ZDK", List.of("Oblast", "Program"))));
            Document after = things.update(planId, 1, Updates.set("title", "AP ZDK 2021-2024"),
                    List.of(activity(planId, "a1"), activity(planId, "a2")));
            assertThat(after.getLong("version")).isEqualTo(3);
            assertThat(after.getString("title")).isEqualTo("AP ZDK 2021-2024");
        });

        List<ConsumerRecord<String, String>> records = awaitRecords(planId, 3);

        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type"))
                .containsExactly(EventTypes.PLAN_CREATED, EventTypes.ACTIVITY_ADDED, EventTypes.ACTIVITY_ADDED);
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_aggversion")).containsExactly("1", "2", "3");
        ConsumerRecord<String, String> first = records.get(0);
        assertThat(first.key()).isEqualTo("ba-04:" + planId);
        assertThat(TestKafka.header(first, "ce_tenant")).isEqualTo("ba-04");
        assertThat(TestKafka.header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(first, "ce_source")).isEqualTo("/services/relaytest");
        assertThat(TestKafka.header(first, "ce_subject")).isEqualTo(planId);
        assertThat(TestKafka.header(first, "ce_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(first.value()).contains("\"tenantId\":\"ba-04\"").contains("\"planId\":\"" + planId + "\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = TenantContext.callAs(TENANT, () -> things().find(eq("_id", planId)).first());
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
            assertThat(stored.getBoolean("outboxPending")).isFalse();
        });
    }

    @Test
    void aStaleVersionWritesNothing() {
        String planId = UUID.randomUUID().toString();
        TenantContext.runAs(TENANT, () -> {
            things.insert(new Document("_id", planId).append("title", "v1"), List.of());
            Document stale = things.update(planId, 7, Updates.set("title", "lost"), List.of(activity(planId, "x")));
            assertThat(stale).isNull();
            Document stored = things().find(eq("_id", planId)).first();
            assertThat(stored.getString("title")).isEqualTo("v1");
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
        });
    }

    @Test
    void anEventOfAnotherTenantCannotBeWritten() {
        String planId = UUID.randomUUID().toString();
        TenantContext.runAs(TENANT, () -> assertThatThrownBy(() -> things.insert(new Document("_id", planId),
                List.of(new PlanCreated("me", planId, "x", List.of("a"))))).isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void whileKafkaIsUnreachableEventsStayInTheOutboxAndArePublishedLater() {
        String planId = UUID.randomUUID().toString();
        OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(1), 1000, true, true);
        KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "max.block.ms", "500", "delivery.timeout.ms", "1500", "request.timeout.ms", "1000",
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer")));
        OutboxRelay downRelay = new OutboxRelay(databases, directory, unreachable, properties, new SimpleMeterRegistry());
        downRelay.registerTenantCollection("things");
        relay.stop();
        try {
            TenantContext.runAs(TENANT, () -> things.insert(new Document("_id", planId),
                    List.of(new PlanCreated("ba-04", planId, "offline", List.of("a")))));

            downRelay.relayOnce();

            Document stored = TenantContext.callAs(TENANT, () -> things().find(eq("_id", planId)).first());
            assertThat(stored.getList("outbox", Document.class)).hasSize(1);
            assertThat(stored.getBoolean("outboxPending")).isTrue();
            assertThat(stored.getDate("leaseUntil")).isBefore(new Date());
        } finally {
            unreachable.destroy();
            relay.start();
        }
        relay.kick();
        assertThat(awaitRecords(planId, 1)).hasSize(1);
    }

    @Test
    void aWriteIsPublishedOnceByTheFastPathWithoutWaitingForThePoller() {
        String planId = UUID.randomUUID().toString();
        TenantContext.runAs(TENANT, () -> things.insert(new Document("_id", planId),
                List.of(new PlanCreated("ba-04", planId, "fast", List.of("a")), activity(planId, "1"))));

        assertThat(awaitRecords(planId, 2)).extracting(r -> TestKafka.header(r, "ce_aggversion")).containsExactly("1", "2");
        await().atMost(Duration.ofSeconds(5)).until(() -> TenantContext.callAs(TENANT,
                () -> things().find(eq("_id", planId)).first().getList("outbox", Document.class).isEmpty()));
        // the poller found nothing left to send: each event is in Kafka once
        relay.relayOnce();
        assertThat(TestKafka.records(EventTypes.PLANS_TOPIC, Duration.ofMillis(500)).stream()
                .filter(r -> r.key().endsWith(planId))).hasSize(2);
    }

    @Test
    void eventsTheFastPathCouldNotSendArePublishedByThePollerInOrderAndNoneIsLost() {
        String planId = UUID.randomUUID().toString();
        // a relay whose Kafka is unreachable takes the write's hand-over: its fast path fails and leaves the events to
        // the poller (its own backs off for a minute), and the running relay's poller publishes them
        OutboxProperties properties = new OutboxProperties(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(1), 1000, false, true);
        KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "max.block.ms", "500", "delivery.timeout.ms", "1500", "request.timeout.ms", "1000",
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer")));
        OutboxRelay downRelay = new OutboxRelay(databases, directory, unreachable, properties, new SimpleMeterRegistry());
        OutboxWriter writer = new OutboxWriter(tools.jackson.databind.json.JsonMapper.builder().build(), "/services/relaytest",
                downRelay::written, () -> null, 1000);
        downRelay.registerTenantCollection("things");
        downRelay.start();
        try {
            TenantContext.runAs(TENANT, () -> {
                writer.insert(things(), new Document("_id", planId), List.of(new PlanCreated("ba-04", planId, "down", List.of("a"))));
                writer.update(things(), planId, 1, null, null, List.of(activity(planId, "1"), activity(planId, "2")));
            });

            List<ConsumerRecord<String, String>> records = awaitRecords(planId, 3);

            assertThat(records).extracting(r -> TestKafka.header(r, "ce_aggversion")).containsExactly("1", "2", "3");
            await().atMost(Duration.ofSeconds(5)).until(() -> TenantContext.callAs(TENANT,
                    () -> things().find(eq("_id", planId)).first().getList("outbox", Document.class).isEmpty()));
            assertThat(TestKafka.records(EventTypes.PLANS_TOPIC, Duration.ofMillis(500)).stream()
                    .filter(r -> r.key().endsWith(planId))).hasSize(3);
        } finally {
            downRelay.stop();
            unreachable.destroy();
        }
    }

    @Test
    void aDocumentLeasedByAnotherRelayIsLeftAloneUntilTheLeaseEnds() {
        String planId = UUID.randomUUID().toString();
        // The document must appear already leased: inserting it first and leasing it afterwards races the relay,
        // which the insert itself wakes up. So it is written unkicked elsewhere, leased, then inserted in one go.
        OutboxWriter unkicked = new OutboxWriter(tools.jackson.databind.json.JsonMapper.builder().build(), "/services/relaytest",
                (tenant, collection, written) -> { }, () -> null, 10);
        TenantContext.runAs(TENANT, () -> {
            MongoCollection<Document> staging = databases.current().getCollection("staging_things");
            Document leased = unkicked.insert(staging, new Document("_id", planId),
                    List.of(new PlanCreated("ba-04", planId, "leased", List.of("a"))));
            leased.put("leaseUntil", new Date(System.currentTimeMillis() + 2500));
            leased.put("leaseOwner", "other-replica");
            things().insertOne(leased);
        });
        relay.pending(TENANT, "things");

        assertThat(TestKafka.awaitRecord(EventTypes.PLANS_TOPIC, r -> r.key().endsWith(planId), Duration.ofMillis(1500))).isEmpty();
        assertThat(awaitRecords(planId, 1)).hasSize(1);
    }

    @Test
    void aStuckOutboxRefusesFurtherWrites() {
        String planId = UUID.randomUUID().toString();
        OutboxWriter small = new OutboxWriter(tools.jackson.databind.json.JsonMapper.builder().build(), "/services/test",
                (tenant, collection, written) -> { }, () -> null, 2);
        TenantContext.runAs(TENANT, () -> {
            // a collection no relay drains, as if the relay were stuck
            MongoCollection<Document> stuck = databases.current().getCollection("stuck_things");
            small.insert(stuck, new Document("_id", planId), List.of(activity(planId, "1"), activity(planId, "2")));
            assertThatThrownBy(() -> small.update(stuck, planId, 2, null, null, List.of(activity(planId, "3"))))
                    .isInstanceOf(OutboxFullException.class).hasMessageContaining("waiting to be published");
            assertThat(stuck.find(eq("_id", planId)).first().getList("outbox", Document.class)).hasSize(2);
        });
    }

    private static ActivityAdded activity(String planId, String id) {
        return new ActivityAdded("ba-04", planId, id, "n1", "1.1." + id, "Aktivnost " + id, "2022", List.of("MUP ZDK"));
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String planId, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.records(EventTypes.PLANS_TOPIC, Duration.ofMillis(300)).stream()
                        .filter(r -> r.key().equals("ba-04:" + planId)).toList(),
                list -> list.size() >= count);
    }

    private MongoCollection<Document> things() {
        return things.documents();
    }
}
