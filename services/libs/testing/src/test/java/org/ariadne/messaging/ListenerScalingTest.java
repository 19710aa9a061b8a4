package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
 * A listener runs one consumer while nothing waits, one per partition while a backlog drains, and one again once it
 * has been quiet: every event is handled, each aggregate's in order, across both restarts.
 * (Small fetches and polls, so the backlog builds up behind the consumer in a few hundred records. The listener's topic
 * is the test's own, with three partitions; the suite's topics have one.)
 */
@SpringBootTest(properties = {"spring.application.name=scalingtest", "ariadne.messaging.listener-concurrency=3",
    "spring.kafka.consumer.properties.fetch.max.bytes=4096", "spring.kafka.consumer.properties.max.partition.fetch.bytes=2048",
    "ariadne.messaging.listener-scaling.scale-up-lag=20", "ariadne.messaging.listener-scaling.scale-down-after=1s",
    "ariadne.messaging.listener-scaling.check-interval=200ms", "spring.kafka.consumer.max-poll-records=10"})
@ContextConfiguration(initializers = TestBackends.class)
@Import(ListenerScalingTest.Handlers.class)
class ListenerScalingTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOPIC = "scaling.events";
    /** The consumer group of the service's handlers, of that topic and the others: the service's name. */
    static final String LISTENER = "scalingtest";

    @BeforeAll
    static void topicWithThreePartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Autowired SlowReadModel readModel;
    @Autowired InboundEventListeners listeners;

    @Test
    void aBacklogGetsOneConsumerPerPartitionAndAQuietListenerGoesBackToOne() {
        await().atMost(Duration.ofSeconds(30)).until(() -> listeners.concurrency().get(LISTENER) == 1);
        String run = UUID.randomUUID().toString();
        List<String> plans = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            plans.add("plan-" + run + "-" + p);
        }
        int perPlan = 25;
        for (int version = 1; version <= perPlan; version++) {
            for (String plan : plans) {
                TestKafka.send(TOPIC, "ba-04:" + plan, JSON.writeValueAsString(new ActivityAdded("ba-04", plan,
                        "a-" + version, "n-1", "1." + version, "Obuka", "2025", List.of())),
                        TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, "ba-04", plan, version));
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> listeners.concurrency().get(LISTENER) == 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> plans.stream().allMatch(p -> readModel.handled(p).size() >= perPlan));
        for (String plan : plans) {
            List<Integer> seen = readModel.handled(plan);
            assertThat(Set.copyOf(seen)).as("every event of %s, none lost in a restart", plan).hasSize(perPlan);
            assertThat(firstSeen(seen)).as("%s's events in order (a replay after a restart may repeat some)", plan).isSorted();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> listeners.concurrency().get(LISTENER) == 1);
    }

    /** The versions in the order they were first handled (at-least-once: a restart may hand over a record again). */
    private static List<Integer> firstSeen(List<Integer> handled) {
        List<Integer> first = new ArrayList<>();
        handled.stream().filter(v -> !first.contains(v)).forEach(first::add);
        return first;
    }

    /** A read model that takes a few milliseconds per event, so a backlog builds up behind one consumer. */
    static class SlowReadModel implements InboundEventHandler {

        private final Map<String, List<Integer>> handled = new ConcurrentHashMap<>();

        List<Integer> handled(String plan) {
            return handled.getOrDefault(plan, List.of());
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String id() {
            return "scalingtest.slow-read-model";
        }

        @Override
        public void handle(InboundEvent event) {
            if (event.payload() instanceof ActivityAdded added && added.planId().startsWith("plan-")) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handled.computeIfAbsent(added.planId(), p -> new CopyOnWriteArrayList<>())
                        .add(Integer.parseInt(added.activityId().substring(2)));
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
        SlowReadModel slowReadModel() {
            return new SlowReadModel();
        }
    }
}
