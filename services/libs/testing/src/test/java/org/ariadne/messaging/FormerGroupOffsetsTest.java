package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upgrade to one consumer group per service (issue 13.6) does not replay a topic: the service's new group starts
 * where its former group of that topic ({@code <service>.<domain>}) had got to, and keeps that position as its own.
 */
@SpringBootTest(properties = "spring.application.name=carryovertest")
@ContextConfiguration(initializers = TestBackends.class)
@Import(FormerGroupOffsetsTest.Handlers.class)
class FormerGroupOffsetsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOPIC = "carryover.events";
    static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    static final String PLAN = "plan-carried-over";

    /** Before the upgrade: three events on the topic, the first two handled by the former group. */
    @BeforeAll
    static void formerGroupHandledTheFirstTwoEvents() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            for (int version = 1; version <= 3; version++) {
                TestKafka.send(TOPIC, "ba-04:" + PLAN, JSON.writeValueAsString(new ActivityAdded("ba-04", PLAN, "a-" + version, "n-1",
                        "1." + version, "Obuka", "2025", List.of())), TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, "ba-04", PLAN, version));
            }
            admin.alterConsumerGroupOffsets("carryovertest.carryover", Map.of(PARTITION, new OffsetAndMetadata(2)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @Autowired ReadModel readModel;

    @Test
    void theServiceGroupStartsWhereTheFormerGroupOfTheTopicHadGotTo() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> readModel.versions.contains(3));
        assertThat(readModel.versions).as("only the event the former group had not handled").containsExactly(3);
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("carryovertest").partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS).get(PARTITION);
                return committed != null && committed.offset() == 3;
            });
        }
    }

    /**
     * A partition neither group has read is looked up in the former group once: after that every rebalance (each
     * replica's start and stop) assigns it without creating an admin client.
     */
    @Test
    void aPartitionNoGroupHasReadIsLookedUpOnce() throws Exception {
        TopicPartition unread = new TopicPartition("settled.events", 0);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(unread.topic(), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        FormerGroupOffsets carryOver = new FormerGroupOffsets(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBackends.kafkaBootstrap()), Map.of(unread.topic(), "settledtest.settled"));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "settledtest"),
                new StringDeserializer(), new StringDeserializer())) {
            for (int rebalance = 1; rebalance <= 3; rebalance++) {
                carryOver.onPartitionsAssigned(consumer, List.of(unread));
            }
        }
        assertThat(carryOver.formerGroupLookups()).isEqualTo(1);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafkaBootstrap()));
    }

    /** The versions of the test plan's events, in the order handled. */
    static class ReadModel implements InboundEventHandler {

        final List<Integer> versions = new CopyOnWriteArrayList<>();

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String id() {
            return "carryovertest.read-model";
        }

        @Override
        public void handle(InboundEvent event) {
            if (event.payload() instanceof ActivityAdded added && PLAN.equals(added.planId())) {
                versions.add(Integer.parseInt(added.activityId().substring(2)));
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ReadModel readModel() {
            return new ReadModel();
        }
    }
}
