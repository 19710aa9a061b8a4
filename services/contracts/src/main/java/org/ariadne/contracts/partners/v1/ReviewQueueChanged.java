package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * How many printed institution names of the tenant's plans wait for the coordinator's review (partners' review queue:
 * one name however many activities print it). Published when the number changes, and once when partners first reads a
 * tenant's names (so {@code openNames} 0 also says the names were read). ce_subject is {@code review-queue}.
 */
public record ReviewQueueChanged(String tenantId, int openNames) implements DomainEvent {
}
