package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A decision was recorded for a coordination body: taken at one of its meetings ({@code meetingId}), or an external
 * act such as a Government conclusion ({@code actNumber}, {@code actDate}, {@code actIssuer}). {@code kind}:
 * establishment, rules, plan, conclusion, appointment, other. ce_subject is the bodyId.
 */
public record DecisionRecorded(String tenantId, String bodyId, String decisionId, String meetingId, String actIssuer,
        String actNumber, String actDate, String kind, String text) implements DomainEvent {
}
