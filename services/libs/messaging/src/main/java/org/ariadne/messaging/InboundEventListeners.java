package org.ariadne.messaging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * The one listener adapter: a container per {@link InboundEventHandler}, built by Boot's listener container factory
 * (so the tenant record interceptor, the dead-lettering error handler and observations apply), whose listener
 * decodes and tenant-checks each record before the handler sees it.
 */
public class InboundEventListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<?, ?>> containers = new ArrayList<>();
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    public InboundEventListeners(ConcurrentKafkaListenerContainerFactory<?, ?> factory, InboundEvents inbound,
            List<InboundEventHandler> handlers) {
        for (InboundEventHandler handler : handlers) {
            ConcurrentMessageListenerContainer<String, String> container =
                    ((ConcurrentKafkaListenerContainerFactory<String, String>) factory).createContainer(handler.topic());
            container.getContainerProperties().setGroupId(handler.id());
            container.getContainerProperties().setMessageListener((MessageListener<String, String>) record ->
                    inbound.decode(record).ifPresent(handler::handle));
            container.setBeanName(handler.id());
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

    /** Where Spring Kafka starts its own listener containers: after everything they call into. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
