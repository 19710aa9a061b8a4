package org.ariadne.messaging;

/**
 * How a service consumes another service's events: a bean implementing this gets, one at a time and inside the
 * record's tenant, the events of its topic already decoded and tenant-checked ({@link InboundEvents#decode}). A
 * handler never sees a raw Kafka record, so it cannot skip the checks; records that fail them go to the dead-letter
 * topic, unknown event types are skipped. lib-messaging runs one listener container per service (one consumer group,
 * the service's name), subscribed to every topic its handlers follow, and hands each record to the handlers of its
 * topic.
 */
public interface InboundEventHandler {

    /** The topic the handler follows, e.g. {@code EventTypes.PLANS_TOPIC}. */
    String topic();

    /** The handler's name in logs and metrics ({@code consumer} tag), e.g. {@code monitoring.plans}. */
    String id();

    /** Handles one event of the tenant in context; throw {@link InvalidEventException} for an event that never fits. */
    void handle(InboundEvent event);

    /**
     * Whether the handler wants events of this type ({@code ce_type}); all by default. A record whose type no handler
     * of its topic wants is passed over undecoded: a service that follows one event type of a busy topic (identity marks
     * a checklist step when a plan is created) does not decode every other event of it.
     */
    default boolean wants(String type) {
        return true;
    }
}
