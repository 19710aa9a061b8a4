package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A member joined a coordination body (or a membership's terms changed): an institution's seat, a person, or both.
 * {@code role}: chair, coordinator, deputy, member, observer, secretary. {@code formallyAppointed}: false when the
 * member works in the body without a formal appointment, null when unknown. ce_subject is the bodyId.
 */
public record MemberAppointed(String tenantId, String bodyId, String membershipId, String institutionId, String person,
        String role, String appointedBy, String from, Boolean formallyAppointed) implements DomainEvent {
}
