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
 * The one listener adapter: one listener container per service, subscribed to every topic its handlers follow (one
 * consumer group, {@link #groupId}: the service's name), built by Boot's listener container factory (so the tenant
 * record interceptor, the dead-lettering error handler and observations apply), whose listener decodes and
 * tenant-checks each record once and hands it to the handlers of the record's topic, timing the event's way to each
 * read model.
 * <p>
 * One consumer for all topics, not one per topic: an idle consumer costs its empty fetch every
 * {@code fetch.max.wait.ms} and its heartbeat, in the service and in the broker, whatever it reads, so a service
 * following three topics paid three times for nothing arriving (docs/benchmarks.md, "1,000 tenants in one deployment").
 * <p>
 * Concurrency follows the load ({@link ListenerScaling}): the container runs one consumer while its backlog is small
 * and up to {@code maxConcurrency} while a backlog drains (the partitions of every topic spread over them). Either
 * way a partition, and so an aggregate's events, is handled by one thread in order. A record being retried holds its
 * consumer (back-off, {@code MessagingAutoConfiguration#kafkaErrorHandler}), and so, on one consumer, the service's
 * other topics for as long: a few seconds for a broken record before it is dead-lettered; an infrastructure outage
 * stops every handler anyway.
 */
public class InboundEventListeners implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundEventListeners.class);

    /** The service's container: none for a service without handlers, else one. */
    private final List<Scaled> containers = new ArrayList<>();
    private final int maxConcurrency;
    private final ListenerScaling scaling;
    private ScheduledExecutorService scaler;
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    public InboundEventListeners(ConcurrentKafkaListenerContainerFactory<?, ?> factory, InboundEvents inbound, String service,
            List<InboundEventHandler> handlers, MeterRegistry meters, int maxConcurrency, ListenerScaling scaling,
            Map<String, Object> adminConfiguration) {
        this.maxConcurrency = Math.max(1, maxConcurrency);
        this.scaling = scaling;
        Map<String, List<InboundEventHandler>> byTopic = new LinkedHashMap<>();
        handlers.forEach(handler -> byTopic.computeIfAbsent(handler.topic(), topic -> new ArrayList<>()).add(handler));
        if (!byTopic.isEmpty()) {
            String group = groupId(service);
            ConcurrentMessageListenerContainer<String, String> container = ((ConcurrentKafkaListenerContainerFactory<String, String>) factory)
                    .createContainer(byTopic.keySet().toArray(String[]::new));
            container.getContainerProperties().setGroupId(group);
            container.getContainerProperties().setMessageListener(new Dispatcher(inbound, byTopic, meters));
            Map<String, String> formerGroups = new HashMap<>();
            byTopic.keySet().forEach(topic -> formerGroups.put(topic, FormerGroupOffsets.formerGroupId(service, topic)));
            container.getContainerProperties().setConsumerRebalanceListener(new FormerGroupOffsets(adminConfiguration, formerGroups));
            container.setBeanName(group);
            container.setConcurrency(1);
            containers.add(new Scaled(group, container));
        }
    }

    /**
     * The consumer group of a service's handlers: the service's name, e.g. {@code monitoring}, for every topic it
     * follows. It holds the offsets: keep service names stable. (Before issue 13.6 a service had one group per topic,
     * {@code <service>.<domain>}, e.g. {@code monitoring.plans}; docs/operations.md says what the change costs once.)
     */
    static String groupId(String service) {
        return service;
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
            // a consumer leaving waits for its empty fetch in flight (up to fetch.max.wait.ms, 5 s) before the broker
            // reads its goodbye; a shutdown waits for that, but not forever
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

    /** How many consumers the service's container runs now, by consumer group (for operators' logs and for tests). */
    public synchronized Map<String, Integer> concurrency() {
        Map<String, Integer> now = new HashMap<>();
        containers.forEach(c -> now.put(c.id, c.container.getConcurrency()));
        return now;
    }

    /**
     * One pass of the scaler: up to {@code maxConcurrency} consumers (never more than partitions) for a backlog, back
     * to one after a quiet spell.
     */
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
     * Decodes one record once and hands it to each handler of its topic that wants its type, in order (a record no
     * handler wants is not decoded). A handler that fails does not keep the record from the others; the first failure is
     * rethrown once all have run, so the container's error handler retries the record (every handler of its topic again:
     * they are idempotent) or dead-letters it. Each handler is timed on its own.
     */
    private static final class Dispatcher implements MessageListener<String, String> {

        private final InboundEvents inbound;
        private final Map<String, List<TimedHandler>> byTopic = new HashMap<>();

        Dispatcher(InboundEvents inbound, Map<String, List<InboundEventHandler>> handlers, MeterRegistry meters) {
            this.inbound = inbound;
            handlers.forEach((topic, ofTopic) -> byTopic.put(topic, ofTopic.stream().map(h -> new TimedHandler(h, meters)).toList()));
        }

        @Override
        public void onMessage(ConsumerRecord<String, String> record) {
            List<TimedHandler> handlers = byTopic.getOrDefault(record.topic(), List.of());
            if (handlers.isEmpty()) {
                return; // the container subscribes to its handlers' topics only
            }
            String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
            if (type != null && handlers.stream().noneMatch(timed -> timed.handler.wants(type))) {
                return; // passed over undecoded (a record without a type is decoded below, and so dead-lettered)
            }
            long started = System.currentTimeMillis();
            long decodeStarted = System.nanoTime();
            Optional<InboundEvent> event = inbound.decode(record);
            long decoding = System.nanoTime() - decodeStarted;
            RuntimeException failed = null;
            for (TimedHandler timed : handlers) {
                if (type != null && !timed.handler.wants(type)) {
                    continue;
                }
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
