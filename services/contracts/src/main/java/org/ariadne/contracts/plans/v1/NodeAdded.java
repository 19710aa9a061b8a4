package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/** A tree node (area, objective, measure …) was added; {@code parentId} is null for a top-level node. */
public record NodeAdded(String tenantId, String planId, String nodeId, String parentId, int level, String code, String title)
        implements DomainEvent {
}
