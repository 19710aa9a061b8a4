package org.ariadne.contracts.plans.v1;

import org.ariadne.contracts.DomainEvent;

/** An activity was removed from the plan. */
public record ActivityRemoved(String tenantId, String planId, String activityId) implements DomainEvent {
}
