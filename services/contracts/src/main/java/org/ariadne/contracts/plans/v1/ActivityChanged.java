package org.ariadne.contracts.plans.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/** An activity's fields after a change, or after a move to another node: always the whole new state. */
public record ActivityChanged(String tenantId, String planId, String activityId, String nodeId, String code, String title,
        String deadline, List<String> leadInstitutions) implements DomainEvent {
}
