package org.ariadne.contracts.monitoring.v1;

import org.ariadne.contracts.DomainEvent;

/** An institution (or the coordinator on its behalf) submitted its contribution to a reporting round. ce_subject is the contributionId. */
public record ContributionSubmitted(String tenantId, String planId, String roundId, String contributionId, String institution,
        int activityCount, boolean enteredOnBehalf) implements DomainEvent {
}
