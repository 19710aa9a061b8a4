package org.ariadne.monitoring.planview;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ariadne.contracts.EventTypes;
import org.ariadne.messaging.InboundEventListeners;
import org.ariadne.messaging.InboundEvents;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * How fast monitoring's consumer of {@code plans.events} drains a backlog, alone: {@code bench.events} (default 5,000)
 * plan events (one PlanCreated, then ActivityAdded and every fifth activity changed again) wait in the embedded
 * broker while the listener is stopped, on top of a read model that already holds {@code bench.existing} (default
 * 5,000) activities of another plan; then the listener starts and drains them. Prints events/s and the time per event
 * broken down into the listener's own handling (decode, tenant check, read-model write; {@code inbound.handling}) and
 * the rest (poll, fetch, offset commits), and then each step of the handling measured alone. Asserts no time.
 * Run: docs/benchmarks.md, "Consumer drain rate".
 */
@Tag("benchmark")
@ServiceTest
class PlansConsumerBenchmark {

    static final String TENANT = "ba-drain";

    @Autowired ApplicationContext context;
    @Autowired InboundEventListeners listeners;
    @Autowired InboundEvents inbound;
    @Autowired TenantDirectory directory;
    @Autowired PlanViewRepository planView;
    @Autowired MeterRegistry meters;

    @Test
    void drainABacklogOfPlanEvents() {
        int events = Integer.getInteger("bench.events", 5000);
        int existing = Integer.getInteger("bench.existing", 5000);
        TestTenants.provision(context, TENANT);

        PlanEvents other = PlanEvents.held(TENANT).created("Other plan", "Area");
        for (int i = 0; i < existing; i++) {
            other.activityAdded("x-" + i, null, "X." + i, "Existing activity " + i);
        }
        PlanEvents backlog = PlanEvents.held(TENANT).created("Backlog plan", "Area");
        int i = 0;
        while (backlog.sent().size() < events) {
            backlog.activityAdded("a-" + i, null, "A." + i, "Activity " + i);
            if (i % 5 == 4 && backlog.sent().size() < events) {
                backlog.activityChanged("a-" + (i - 2), null, "A." + (i - 2), "Activity " + (i - 2) + ", changed");
            }
            i++;
        }

        Timer handling = meters.get("inbound.handling").tag("consumer", PlanEvents.CONSUMER).timer();
        // the existing read model, through the listener too (not measured)
        send(other.sent());
        long target = handling.count() + other.sent().size();
        long filling = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> handling.count() >= target);
        System.out.printf("BENCHMARK   (the existing read model: %d events in %.0f ms)%n", other.sent().size(),
                (System.nanoTime() - filling) / 1e6);

        listeners.stop();
        send(backlog.sent());
        long before = handling.count();
        double handlingBefore = handling.totalTime(TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        listeners.start();
        long first = 0;
        while (handling.count() < before + events) {
            if (first == 0 && handling.count() > before) {
                first = System.nanoTime();
            }
            sleep();
        }
        long finished = System.nanoTime();
        double drainMs = (finished - first) / 1e6;
        double perEvent = drainMs / events;
        double handlingPerEvent = (handling.totalTime(TimeUnit.MILLISECONDS) - handlingBefore) / events;
        System.out.printf("BENCHMARK consumer drain (monitoring.plans): %d events on top of %d existing activities: "
                + "%.0f events/s (first to last %.0f ms; start-up and group join %.0f ms)%n", events, existing,
                events / (drainMs / 1000), drainMs, (first - started) / 1e6);
        System.out.printf("BENCHMARK   per event %.3f ms: handling %.3f ms (decode, tenant check, read-model write), "
                + "the rest %.3f ms (poll, fetch, offset commit, interceptors)%n", perEvent, handlingPerEvent,
                perEvent - handlingPerEvent);

        // each step of the handling alone, on the records just drained (the read model is warm and full)
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (PlanEvents.Sent sent : backlog.sent()) {
            ConsumerRecord<String, String> record = new ConsumerRecord<>(EventTypes.PLANS_TOPIC, 0, records.size(), sent.key(),
                    sent.value());
            sent.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            records.add(record);
        }
        int steps = Math.min(events, 2000);
        TenantId tenant = TenantId.of(TENANT);
        TenantContext.runAs(tenant, () -> {
            double decode = perCall(steps, n -> inbound.decode(records.get(n)));
            double offboarded = perCall(steps, n -> directory.isOffboarded(tenant));
            double replayed = perCall(steps, n -> planView.saveActivity(activity("a-" + n, backlog), 1));
            double fresh = perCall(steps, n -> planView.saveActivity(activity("fresh-" + n, backlog), 1));
            double newer = perCall(steps, n -> planView.saveActivity(activity("fresh-" + n, backlog), 2));
            System.out.printf("BENCHMARK   steps, per call: decode %.3f ms, of which the offboarded check %.3f ms; read-model "
                    + "write: new activity %.3f ms, newer version %.3f ms, already applied (replay) %.3f ms%n",
                    decode, offboarded, fresh, newer, replayed);
        });
    }

    private static ActivityView activity(String local, PlanEvents plan) {
        return new ActivityView(plan.id(local), plan.planId(), null, "B.1", "Benchmark activity", "Q4 2025", List.of("MUP ZDK"),
                List.of(), null);
    }

    private interface Step {
        void run(int n);
    }

    private static double perCall(int calls, Step step) {
        for (int n = 0; n < Math.min(200, calls); n++) {
            step.run(n); // warm-up
        }
        long start = System.nanoTime();
        for (int n = 0; n < calls; n++) {
            step.run(n);
        }
        return (System.nanoTime() - start) / 1e6 / calls;
    }

    private static void send(List<PlanEvents.Sent> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafkaBootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (PlanEvents.Sent sent : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(EventTypes.PLANS_TOPIC, sent.key(), sent.value());
                sent.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
