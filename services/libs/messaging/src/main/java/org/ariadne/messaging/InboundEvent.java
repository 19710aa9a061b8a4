package org.ariadne.messaging;

import java.util.Objects;
import org.ariadne.contracts.DomainEvent;

/** A consumed event with the envelope attributes consumers need for idempotence. */
public record InboundEvent(String eventId, String type, String aggregateId, long aggregateVersion, DomainEvent payload) {

    /**
     * Refuses, as a poison record for the dead-letter topic, an event that a version-guarded read model cannot apply in
     * order: the ids it is about are missing, it carries no aggregate version, or its subject is another aggregate than
     * the one its payload names. Every consumer of another service's events keeps its view this way.
     */
    public void requireAppliable(String payloadAggregateId, String documentId) {
        if (payloadAggregateId == null || documentId == null) {
            throw new InvalidEventException("Event " + eventId + " (" + type + ") lacks its ids", null);
        }
        if (aggregateVersion <= 0) {
            throw new InvalidEventException("Event " + eventId + " (" + type
                    + ") has no ce_aggversion, so it cannot be applied in order", null);
        }
        if (aggregateId != null && !Objects.equals(aggregateId, payloadAggregateId)) {
            throw new InvalidEventException("Event " + eventId + " (" + type + ") has subject " + aggregateId
                    + " but is about " + payloadAggregateId, null);
        }
    }
}
