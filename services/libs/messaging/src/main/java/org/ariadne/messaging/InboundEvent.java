package org.ariadne.messaging;

import org.ariadne.contracts.DomainEvent;

/** A consumed event with the envelope attributes consumers need for idempotence. */
public record InboundEvent(String eventId, String type, String aggregateId, long aggregateVersion, DomainEvent payload) {
}
