package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A plan version was adopted by a legal act: from now on that version is immutable (a change needs a revision).
 * {@code adoptionDate} is an ISO date.
 */
public record PlanAdopted(String tenantId, String planId, int versionNumber, String legalAct, String adoptionDate)
        implements DomainEvent {
}
