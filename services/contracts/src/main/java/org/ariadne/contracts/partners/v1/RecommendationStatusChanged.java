package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * The coordinator changed a recommendation's status (open, in_progress, partially_implemented, implemented,
 * not_implemented, superseded), always with a reason. ce_subject is the recommendationId.
 */
public record RecommendationStatusChanged(String tenantId, String recommendationId, String status,
        String previousStatus, String reason) implements DomainEvent {
}
