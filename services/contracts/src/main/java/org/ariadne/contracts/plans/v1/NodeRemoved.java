package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/** An empty node was removed from the tree. */
public record NodeRemoved(String tenantId, String planId, String nodeId) implements DomainEvent {
}
