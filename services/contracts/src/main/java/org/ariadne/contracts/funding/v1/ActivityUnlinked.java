package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/** A budget line is no longer linked to the activity. The line and its money stay as they were. */
public record ActivityUnlinked(String tenantId, String lineId, ActivityRef activity) implements DomainEvent {
}
