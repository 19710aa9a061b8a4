package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/** A meeting's minutes went from draft to approved, with the approved document when one is attached. ce_subject is the bodyId. */
public record MinutesApproved(String tenantId, String bodyId, String meetingId, String approvedOn, String documentId)
        implements DomainEvent {
}
