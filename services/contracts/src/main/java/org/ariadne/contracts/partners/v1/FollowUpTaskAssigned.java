package org.ariadne.contracts.partners.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * A decision's follow-up task was assigned to institutions, with its ISO due date when it has one and the plan
 * activities it serves. ce_subject is the bodyId.
 */
public record FollowUpTaskAssigned(String tenantId, String bodyId, String taskId, String decisionId, String text,
        List<String> assigneeInstitutionIds, String due, List<String> activityIds) implements DomainEvent {
}
