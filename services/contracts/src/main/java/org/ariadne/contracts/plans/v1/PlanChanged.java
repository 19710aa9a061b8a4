package org.ariadne.contracts.plans.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * The plan's own fields changed: title, level names (renamed, never added or removed), period or strategy. Carries
 * the whole new state of these fields, never a diff; {@code periodFrom}, {@code periodTo} (ISO dates) and
 * {@code strategyId} are null when not set.
 */
public record PlanChanged(String tenantId, String planId, String title, List<String> levelNames, String periodFrom,
        String periodTo, String strategyId) implements DomainEvent {
}
