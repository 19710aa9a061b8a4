package org.ariadne.contracts.partners.v1;

import org.ariadne.contracts.DomainEvent;

/** A meeting (session) of a coordination body was recorded: its number as the body counts them, and its ISO date. ce_subject is the bodyId. */
public record MeetingHeld(String tenantId, String bodyId, String meetingId, Integer number, String date)
        implements DomainEvent {
}
