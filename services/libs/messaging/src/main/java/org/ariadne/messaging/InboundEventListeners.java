package org.ariadne.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * The one listener adapter: a container per {@link InboundEventHandler}, built by Boot's listener container factory
 * (so the tenant record interceptor, the dead-lettering error handler and observations apply), whose listener
 * decodes and tenant-checks each record before the handler sees it, and times the event's way to the read model.
 */
public class InboundEventListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<?, ?>> containers = new ArrayList<>();
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    public InboundEventListeners(ConcurrentKafkaListenerContainerFactory<?, ?> factory, InboundEvents inbound,
            List<InboundEventHandler> handlers, MeterRegistry meters, int concurrency) {
        for (InboundEventHandler handler : handlers) {
            ConcurrentMessageListenerContainer<String, String> container =
                    ((ConcurrentKafkaListenerContainerFactory<String, String>) factory).createContainer(handler.topic());
            container.getContainerProperties().setGroupId(handler.id());
            container.getContainerProperties().setMessageListener(new TimedListener(inbound, handler, meters));
            container.setBeanName(handler.id());
            // one consumer thread per partition: records of one key (one aggregate) stay in order on one thread
            container.setConcurrency(concurrency);
            containers.add(container);
        }
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Decodes and hands over one record, and measures the last legs of the event's way (the relay measures the first):
     * from the relay's send (the record's timestamp) until this consumer starts on it, the handling itself (the
     * read-model write), and the whole way from the write (the event's {@code ce_time}) until the read model has it.
     * Only records handled successfully are measured; clocks of different hosts make the cross-process legs as
     * accurate as their synchronisation.
     */
    private static final class TimedListener implements MessageListener<String, String> {

        private final InboundEvents inbound;
        private final InboundEventHandler handler;
        private final Timer delivery;
        private final Timer handling;
        private final Timer propagation;

        TimedListener(InboundEvents inbound, InboundEventHandler handler, MeterRegistry meters) {
            this.inbound = inbound;
            this.handler = handler;
            this.delivery = OutboxRelay.propagationTimer("inbound.delivery.lag",
                    "From the relay's send (the record's timestamp) until the consumer started on the event")
                    .tag("consumer", handler.id()).register(meters);
            this.handling = OutboxRelay.propagationTimer("inbound.handling", "The consumer's handling of one event (its read-model write)")
                    .tag("consumer", handler.id()).register(meters);
            this.propagation = OutboxRelay.propagationTimer("inbound.propagation",
                    "From the event's write (ce_time) until the consumer had handled it").tag("consumer", handler.id()).register(meters);
        }

        @Override
        public void onMessage(ConsumerRecord<String, String> record) {
            long started = System.currentTimeMillis();
            long startedNanos = System.nanoTime();
            inbound.decode(record).ifPresent(handler::handle);
            handling.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
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
