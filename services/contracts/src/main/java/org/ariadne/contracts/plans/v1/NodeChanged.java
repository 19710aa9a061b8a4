package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/** A node's code or title changed, or it moved under another parent ({@code parentId} null = top level). */
public record NodeChanged(String tenantId, String planId, String nodeId, String parentId, int level, String code, String title)
        implements DomainEvent {
}
