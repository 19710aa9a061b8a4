package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * Two institutions were found to be one: every reference to {@code mergedId} now means {@code survivorId}
 * (consumers re-point what they keep: activities' institution ids, contributions, funding lines). The merged
 * institution's aliases became the survivor's. ce_subject is the mergedId.
 */
public record InstitutionsMerged(String tenantId, String mergedId, String survivorId, String survivorName,
        boolean survivorIsGlobal) implements DomainEvent {
}
