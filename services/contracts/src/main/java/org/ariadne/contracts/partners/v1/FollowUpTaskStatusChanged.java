package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/** A follow-up task moved between open, in_progress, done and cancelled. ce_subject is the bodyId. */
public record FollowUpTaskStatusChanged(String tenantId, String bodyId, String taskId, String status,
        String previousStatus) implements DomainEvent {
}
