package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A listener whose Mongo is away keeps its record until Mongo is back, however many attempts that takes; only records
 * that cannot succeed go to the dead-letter topic (after a few attempts when the failure is not known to be transient).
 * Another handler of the same topic in the same service shares the consumer and still gets every record.
 */
@SpringBootTest(properties = {"spring.application.name=retrytest", "ariadne.messaging.retry.initial-interval=10ms",
    "ariadne.messaging.retry.max-interval=50ms", "ariadne.messaging.retry.attempts=2"})
@ContextConfiguration(initializers = TestBackends.class)
@Import(ListenerRetryTest.Handlers.class)
class ListenerRetryTest {

    static final String DLT = EventTypes.PLANS_TOPIC + EventTypes.DLT_SUFFIX;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired FlakyReadModel readModel;
    @Autowired SteadyReadModel steady;
    @Autowired PlansCreatedOnly plansCreatedOnly;
    @Autowired MeterRegistry meters;
    @Autowired InboundEventListeners listeners;

    @Test
    void aRecordWaitsOutAnInfrastructureOutageLongerThanTheRetryLimitAndOnlyABrokenRecordIsDeadLettered() {
        String planId = "plan-" + UUID.randomUUID();
        String waitsForMongo = "a-" + UUID.randomUUID();
        String broken = "a-" + UUID.randomUUID();
        readModel.mongoDownFor(waitsForMongo, 12);
        readModel.alwaysFailing(broken);

        Map<String, String> first = send(planId, waitsForMongo, 1);
        Map<String, String> second = send(planId, broken, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> readModel.applied.contains(waitsForMongo));
        assertThat(readModel.attempts(waitsForMongo)).isEqualTo(13);
        assertThat(TestKafka.awaitRecord(DLT, r -> second.get("ce_id").equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30)))
                .as("the record that fails for no known transient reason is dead-lettered").isPresent();
        assertThat(readModel.attempts(broken)).as("first delivery and two retries").isEqualTo(3);
        List<ConsumerRecord<String, String>> deadLetters = TestKafka.records(DLT, Duration.ofSeconds(2));
        assertThat(deadLetters).extracting(r -> TestKafka.header(r, "ce_id"))
                .contains(second.get("ce_id")).doesNotContain(first.get("ce_id"));
        assertThat(readModel.applied).doesNotContain(broken);
        assertThat(steady.applied).as("the topic's other handler is not kept from a record the first one fails on")
                .contains(waitsForMongo, broken);
        assertThat(plansCreatedOnly.given).as("a handler is given only the event types it wants (other tests share the broker)")
                .allMatch(EventTypes.PLAN_CREATED::equals);
        assertThat(listeners.concurrency()).as("one consumer group for the service's handlers of every topic")
                .containsOnlyKeys("retrytest");
        assertThat(meters.get("inbound.propagation").tag("consumer", "retrytest.read-model").timer().count())
                .as("the way from the write to the read model is timed for handled events").isPositive();
        assertThat(meters.get("inbound.handling").tag("consumer", "retrytest.read-model").timer().count()).isPositive();
    }

    private static Map<String, String> send(String planId, String activityId, long version) {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, "ba-04", planId, version);
        TestKafka.send(EventTypes.PLANS_TOPIC, "ba-04:" + planId, JSON.writeValueAsString(
                new ActivityAdded("ba-04", planId, activityId, "n-1", "1.1", "Obuka", "2025", List.of())), headers);
        return headers;
    }

    /** A read model that fails as a consumer's would: Mongo unreachable for a while, or a bug that never goes away. */
    static class FlakyReadModel implements InboundEventHandler {

        final Set<String> applied = ConcurrentHashMap.newKeySet();
        private final Map<String, Integer> outages = new ConcurrentHashMap<>();
        private final Set<String> broken = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        void mongoDownFor(String activityId, int failedAttempts) {
            outages.put(activityId, failedAttempts);
        }

        void alwaysFailing(String activityId) {
            broken.add(activityId);
        }

        int attempts(String activityId) {
            return attempts.getOrDefault(activityId, new AtomicInteger()).get();
        }

        @Override
        public String topic() {
            return EventTypes.PLANS_TOPIC;
        }

        @Override
        public String id() {
            return "retrytest.read-model";
        }

        @Override
        public void handle(InboundEvent event) {
            if (!(event.payload() instanceof ActivityAdded added)) {
                return;
            }
            int attempt = attempts.computeIfAbsent(added.activityId(), id -> new AtomicInteger()).incrementAndGet();
            if (attempt <= outages.getOrDefault(added.activityId(), 0)) {
                throw new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress());
            }
            if (broken.contains(added.activityId())) {
                throw new IllegalStateException("a bug in the read model");
            }
            applied.add(added.activityId());
        }
    }

    /** A second read model of the same topic that never fails. */
    static class SteadyReadModel implements InboundEventHandler {

        final Set<String> applied = ConcurrentHashMap.newKeySet();

        @Override
        public String topic() {
            return EventTypes.PLANS_TOPIC;
        }

        @Override
        public String id() {
            return "retrytest.steady-read-model";
        }

        @Override
        public void handle(InboundEvent event) {
            if (event.payload() instanceof ActivityAdded added) {
                applied.add(added.activityId());
            }
        }
    }

    /** A handler of the same topic that wants plans created only, as identity's checklist. */
    static class PlansCreatedOnly implements InboundEventHandler {

        final Set<String> given = ConcurrentHashMap.newKeySet();

        @Override
        public String topic() {
            return EventTypes.PLANS_TOPIC;
        }

        @Override
        public String id() {
            return "retrytest.plans-created";
        }

        @Override
        public boolean wants(String type) {
            return EventTypes.PLAN_CREATED.equals(type);
        }

        @Override
        public void handle(InboundEvent event) {
            given.add(event.type());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {
        @Bean
        PlansCreatedOnly plansCreatedOnly() {
            return new PlansCreatedOnly();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        FlakyReadModel flakyReadModel() {
            return new FlakyReadModel();
        }

        @Bean
        SteadyReadModel steadyReadModel() {
            return new SteadyReadModel();
        }
    }
}
