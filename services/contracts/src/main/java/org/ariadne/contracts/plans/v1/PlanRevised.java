package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A revision of an adopted plan was started: a new draft version ({@code versionNumber}) with a copy of the tree of
 * {@code basedOnVersion}; the nodes and activities keep their ids, so consumers keep following them.
 */
public record PlanRevised(String tenantId, String planId, int versionNumber, int basedOnVersion) implements DomainEvent {
}
