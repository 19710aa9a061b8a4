package org.ariadne.contracts.plans.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/** A plan was created with the names of its tree levels, top first (e.g. area, strategic programme). */
public record PlanCreated(String tenantId, String planId, String title, List<String> levelNames) implements DomainEvent {
}
