package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/** A membership ended ({@code to}: the ISO date it ended, when known). ce_subject is the bodyId. */
public record MemberLeft(String tenantId, String bodyId, String membershipId, String to) implements DomainEvent {
}
