package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Testcontainers lane: the outbox, the relay and the inbox against a real MongoDB replica set and a real Kafka
 * broker. It runs wherever a Docker engine is reachable and is skipped (not failed) where none is, such as CI here.
 * {@code ./mvnw verify -Pdocker} additionally runs every service suite on real containers.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = {MessagingTestApplication.class, RealBackendsLaneTest.Consumer.class},
        properties = {"spring.application.name=lanetest", "ariadne.messaging.partitions=1"})
class RealBackendsLaneTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("ariadne.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Autowired Outbox outbox;
    @Autowired TenantDatabases databases;
    @Autowired Consumer consumer;

    @Test
    void eventsWrittenWithStateArePublishedAndProcessedOnceEach() {
        String planId = UUID.randomUUID().toString();
        TenantContext.runAs(TenantId.of("ba-04"), () -> outbox.tenantCollection("things").insert(new Document("_id", planId),
                List.of(new PlanCreated("ba-04", planId, "Real backends", List.of("Oblast")))));

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.firstDeliveries.contains(planId));
        assertThat(consumer.firstDeliveries).containsOnlyOnce(planId);
    }

    static class Consumer implements InboundEventHandler {
        final List<String> firstDeliveries = new java.util.concurrent.CopyOnWriteArrayList<>();
        @Autowired InboundEvents inbound;

        @Override
        public String topic() {
            return EventTypes.PLANS_TOPIC;
        }

        @Override
        public String id() {
            return "lanetest";
        }

        @Override
        public void handle(InboundEvent event) {
            if (inbound.firstDelivery("lanetest", event)) {
                firstDeliveries.add(((PlanCreated) event.payload()).planId());
            }
        }
    }
}
