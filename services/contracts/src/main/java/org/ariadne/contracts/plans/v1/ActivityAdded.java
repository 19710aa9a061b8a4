package org.ariadne.contracts.plans.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/** An activity was added under a node; the deadline is kept exactly as printed in the plan. */
public record ActivityAdded(String tenantId, String planId, String activityId, String nodeId, String code, String title,
        String deadline, List<String> leadInstitutions) implements DomainEvent {
}
