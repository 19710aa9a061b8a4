package org.ariadne.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * The one listener adapter: a container per topic a service follows, shared by the service's handlers of that topic
 * (one consumer group, {@link #groupId}), built by Boot's listener container factory (so the tenant record interceptor,
 * the dead-lettering error handler and observations apply), whose listener decodes and tenant-checks each record once
 * before the handlers see it, and times the event's way to each read model.
 * <p>
 * Concurrency follows the load ({@link ListenerScaling}): a container runs one consumer while its backlog is small and
 * one per partition (up to {@code maxConcurrency}) while a backlog drains. Either way a partition, and so an
 * aggregate's events, is handled by one thread in order.
 */
public class InboundEventListeners implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundEventListeners.class);

    private final List<Scaled> containers = new ArrayList<>();
    private final int maxConcurrency;
    private final ListenerScaling scaling;
    private ScheduledExecutorService scaler;
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    public InboundEventListeners(ConcurrentKafkaListenerContainerFactory<?, ?> factory, InboundEvents inbound, String service,
            List<InboundEventHandler> handlers, MeterRegistry meters, int maxConcurrency, ListenerScaling scaling) {
        this.maxConcurrency = Math.max(1, maxConcurrency);
        this.scaling = scaling;
        Map<String, List<InboundEventHandler>> byTopic = new LinkedHashMap<>();
        handlers.forEach(handler -> byTopic.computeIfAbsent(handler.topic(), topic -> new ArrayList<>()).add(handler));
        byTopic.forEach((topic, ofTopic) -> {
            String group = groupId(service, topic);
            ConcurrentMessageListenerContainer<String, String> container =
                    ((ConcurrentKafkaListenerContainerFactory<String, String>) factory).createContainer(topic);
            container.getContainerProperties().setGroupId(group);
            container.getContainerProperties().setMessageListener(new Dispatcher(inbound, ofTopic, meters));
            container.setBeanName(group);
            container.setConcurrency(1);
            containers.add(new Scaled(group, container));
        });
    }

    /**
     * The consumer group of a service's handlers of one topic: {@code <service>.<domain>}, e.g. {@code monitoring.plans}
     * for monitoring's handlers of {@code plans.events}. It holds the offsets: keep service names and topics stable.
     */
    static String groupId(String service, String topic) {
        String domain = topic.endsWith(".events") ? topic.substring(0, topic.length() - ".events".length()) : topic;
        return service + "." + domain;
    }

    @Override
    public synchronized void start() {
        containers.forEach(c -> c.container.start());
        if (maxConcurrency > 1 && !containers.isEmpty()) {
            scaler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "listener-scaling");
                thread.setDaemon(true);
                return thread;
            });
            long every = scaling.checkInterval().toMillis();
            scaler.scheduleWithFixedDelay(this::rescale, every, every, TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = scaler;
            scaler = null;
            running = false;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(30, TimeUnit.SECONDS); // a restart in progress finishes first (not interrupted)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            // side by side: a consumer leaving waits for its empty fetch in flight (up to fetch.max.wait.ms, 5 s) before
            // the broker reads its goodbye, and one after another the service's containers would add those waits up
            CountDownLatch stopped = new CountDownLatch(containers.size());
            containers.forEach(c -> c.container.stop(stopped::countDown));
            try {
                if (!stopped.await(30, TimeUnit.SECONDS)) {
                    log.warn("Listener containers still stopping after 30 s: {}", containers.stream()
                            .filter(c -> c.container.isRunning()).map(c -> c.id).toList());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many consumers each container runs now, by consumer group (for operators' logs and for tests). */
    public synchronized Map<String, Integer> concurrency() {
        Map<String, Integer> now = new HashMap<>();
        containers.forEach(c -> now.put(c.id, c.container.getConcurrency()));
        return now;
    }

    /** One pass of the scaler: up to one consumer per partition for a backlog, back to one after a quiet spell. */
    private synchronized void rescale() {
        if (!running) {
            return;
        }
        long now = System.nanoTime();
        for (Scaled scaled : containers) {
            try {
                long backlog = backlog(scaled.container);
                int current = scaled.container.getConcurrency();
                if (backlog > 0) {
                    scaled.idleSince = 0;
                } else if (scaled.idleSince == 0) {
                    scaled.idleSince = now;
                }
                // more consumers than partitions would only idle: the scaled-down consumer holds every partition
                int target = current == 1 ? Math.min(maxConcurrency, scaled.container.getAssignedPartitions().size()) : current;
                if (current < target && backlog >= scaling.scaleUpLag()) {
                    log.info("Listener {}: {} records waiting, {} consumers instead of {}", scaled.id, backlog, target, current);
                    restart(scaled, target, now);
                } else if (current > 1 && backlog == 0 && scaled.idleSince != 0
                        && now - scaled.idleSince >= scaling.scaleDownAfter().toNanos()) {
                    log.info("Listener {}: nothing waiting for {} s, back to 1 consumer", scaled.id, scaling.scaleDownAfter().toSeconds());
                    restart(scaled, 1, now);
                }
            } catch (RuntimeException e) {
                log.warn("Listener {}: could not adjust its consumers ({}); it keeps {}", scaled.id, e.getMessage(),
                        scaled.container.getConcurrency());
            }
        }
    }

    private static void restart(Scaled scaled, int concurrency, long now) {
        // stop() waits until the consumers committed what they handled and left the group; the new ones rejoin
        scaled.container.stop();
        scaled.container.setConcurrency(concurrency);
        scaled.container.start();
        scaled.idleSince = concurrency == 1 ? 0 : now;
    }

    /**
     * Records waiting in the container's partitions: the consumers' {@code records-lag} per partition (the partition's
     * end as the last fetch saw it, less the consumer's position), summed; 0 while the consumers have not fetched yet.
     */
    static long backlog(ConcurrentMessageListenerContainer<?, ?> container) {
        // by the topic's own name: the client also reports each lag under a deprecated name with '_' for '.'
        List<String> topics = List.of(container.getContainerProperties().getTopics());
        long waiting = 0;
        for (Map<MetricName, ? extends Metric> metrics : container.metrics().values()) {
            for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
                MetricName name = metric.getKey();
                if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                        && topics.contains(name.tags().get("topic")) && name.tags().containsKey("partition")
                        && metric.getValue().metricValue() instanceof Double lag
                        && !lag.isNaN() && lag > 0) {
                    waiting += lag.longValue();
                }
            }
        }
        return waiting;
    }

    /** A listener container and since when its backlog has been empty (0: it was not empty at the last check). */
    private static final class Scaled {
        final String id;
        final ConcurrentMessageListenerContainer<String, String> container;
        long idleSince;

        Scaled(String id, ConcurrentMessageListenerContainer<String, String> container) {
            this.id = id;
            this.container = container;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Decodes one record once and hands it to each handler of its topic, in order. A handler that fails does not keep
     * the record from the others; the first failure is rethrown once all have run, so the container's error handler
     * retries the record (every handler again: they are idempotent) or dead-letters it. Each handler is timed on its own.
     */
    private static final class Dispatcher implements MessageListener<String, String> {

        private final InboundEvents inbound;
        private final List<TimedHandler> handlers = new ArrayList<>();

        Dispatcher(InboundEvents inbound, List<InboundEventHandler> handlers, MeterRegistry meters) {
            this.inbound = inbound;
            handlers.forEach(handler -> this.handlers.add(new TimedHandler(handler, meters)));
        }

        @Override
        public void onMessage(ConsumerRecord<String, String> record) {
            long started = System.currentTimeMillis();
            long decodeStarted = System.nanoTime();
            Optional<InboundEvent> event = inbound.decode(record);
            long decoding = System.nanoTime() - decodeStarted;
            RuntimeException failed = null;
            for (TimedHandler timed : handlers) {
                long handlingStarted = System.nanoTime();
                try {
                    event.ifPresent(timed.handler::handle);
                } catch (RuntimeException e) {
                    if (failed == null) {
                        failed = e;
                    } else {
                        failed.addSuppressed(e);
                    }
                    continue;
                }
                timed.handled(record, started, decoding + System.nanoTime() - handlingStarted);
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /**
     * One handler and the last legs of the event's way to its read model (the relay measures the first): from the
     * relay's send (the record's timestamp) until the consumer started on it, the handling itself (decode and read-model
     * write), and the whole way from the write (the event's {@code ce_time}) until the read model has it. Only records
     * handled successfully are measured; clocks of different hosts make the cross-process legs as accurate as their
     * synchronisation.
     */
    private static final class TimedHandler {

        private final InboundEventHandler handler;
        private final Timer delivery;
        private final Timer handling;
        private final Timer propagation;

        TimedHandler(InboundEventHandler handler, MeterRegistry meters) {
            this.handler = handler;
            this.delivery = OutboxRelay.propagationTimer("inbound.delivery.lag",
                    "From the relay's send (the record's timestamp) until the consumer started on the event")
                    .tag("consumer", handler.id()).register(meters);
            this.handling = OutboxRelay.propagationTimer("inbound.handling", "The consumer's handling of one event (its read-model write)")
                    .tag("consumer", handler.id()).register(meters);
            this.propagation = OutboxRelay.propagationTimer("inbound.propagation",
                    "From the event's write (ce_time) until the consumer had handled it").tag("consumer", handler.id()).register(meters);
        }

        void handled(ConsumerRecord<String, String> record, long started, long handlingNanos) {
            handling.record(handlingNanos, TimeUnit.NANOSECONDS);
            long finished = System.currentTimeMillis();
            if (record.timestampType() == TimestampType.CREATE_TIME && record.timestamp() > 0) {
                delivery.record(Math.max(0, started - record.timestamp()), TimeUnit.MILLISECONDS);
            }
            String time = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME);
            if (time != null) {
                try {
                    propagation.record(Math.max(0, finished - Instant.parse(time).toEpochMilli()), TimeUnit.MILLISECONDS);
                } catch (DateTimeParseException e) {
                    // a producer's malformed ce_time says nothing about our latency; the event itself was handled
                }
            }
        }
    }

    /** Where Spring Kafka starts its own listener containers: after everything they call into. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
