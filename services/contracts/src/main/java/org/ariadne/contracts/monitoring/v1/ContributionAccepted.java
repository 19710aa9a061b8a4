package org.ariadne.contracts.monitoring.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * The coordinator accepted an institution's contribution; its activity reports now count in the round's roll-ups.
 * ce_subject is the contributionId.
 */
public record ContributionAccepted(String tenantId, String planId, String roundId, String contributionId, String institution) implements DomainEvent {
}
