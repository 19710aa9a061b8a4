package org.ariadne.messaging;

/**
 * How a service consumes another service's events: a bean implementing this gets, one at a time and inside the
 * record's tenant, the events of its topic already decoded and tenant-checked ({@link InboundEvents#decode}). A
 * handler never sees a raw Kafka record, so it cannot skip the checks; records that fail them go to the dead-letter
 * topic, unknown event types are skipped. lib-messaging runs one listener container per handler.
 */
public interface InboundEventHandler {

    /** The topic the handler follows, e.g. {@code EventTypes.PLANS_TOPIC}. */
    String topic();

    /** The listener id and consumer group, e.g. {@code monitoring.plans}; keep it stable (it holds the offsets). */
    String id();

    /** Handles one event of the tenant in context; throw {@link InvalidEventException} for an event that never fits. */
    void handle(InboundEvent event);
}
