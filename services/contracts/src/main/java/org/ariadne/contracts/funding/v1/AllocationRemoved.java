package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/** A budget line no longer has an allocation for the year (entered by mistake); {@code year} null = the undated one. */
public record AllocationRemoved(String tenantId, String lineId, Integer year) implements DomainEvent {
}
