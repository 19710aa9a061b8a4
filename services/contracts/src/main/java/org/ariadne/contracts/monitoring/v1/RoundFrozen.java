package org.ariadne.contracts.monitoring.v1;

import org.ariadne.contracts.DomainEvent;

/** A reporting round was frozen: its roll-up is an immutable snapshot from now on. ce_subject is the roundId. */
public record RoundFrozen(String tenantId, String planId, String roundId, int activityCount, int implementedCount,
        int notStartedCount) implements DomainEvent {
}
