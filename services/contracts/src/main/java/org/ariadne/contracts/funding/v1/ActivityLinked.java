package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A budget line was linked to a plan activity, possibly of a descendant tenant. Without {@code sharePct} the line is
 * shared: each linked activity shows its full amount and every total counts it once. {@code origin}: manual,
 * proposal (a coordinator accepted what the plan printed) or import (a budget annex).
 */
public record ActivityLinked(String tenantId, String lineId, ActivityRef activity, String sharePct, String origin)
        implements DomainEvent {
}
