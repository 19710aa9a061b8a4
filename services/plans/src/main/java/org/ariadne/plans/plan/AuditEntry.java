package org.ariadne.plans.plan;

import java.time.Instant;
import java.util.List;

/**
 * One change of a plan as the audit trail keeps it: who (the token's subject), when, what (the action and the events
 * it caused, e.g. "ActivityChanged 4c98…"; the first {@value #MAX_CHANGES} of them, {@code changeCount} in all) and
 * the reason the user gave (header {@code X-Change-Reason}, optional). Written in the same atomic update as the change.
 */
public record AuditEntry(Instant at, String actor, String action, String reason, List<String> changes,
        int changeCount) {

    public static final int MAX_CHANGES = 50;
}
