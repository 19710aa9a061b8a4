package org.ariadne.monitoring.rounds;

import java.time.Instant;
import java.util.List;

/**
 * A round without its copy of the plan and without its frozen snapshot: what a list of rounds, a round's own page and
 * the checks before a change of a contribution need, read without the round's tree or reports.
 */
public record RoundSummary(String roundId, String planId, String planTitle, String kind, String periodStart,
        String periodEnd, String dueDate, String recipient, String legalBasis, String planAdopted, RoundState state,
        String source, Instant openedAt, String openedBy, Instant frozenAt, String frozenBy, int activityCount,
        List<String> institutions) {

    public RoundSummary {
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
    }

    /** The round, or 409 when it is frozen: an immutable snapshot takes no more changes. */
    public RoundSummary requireOpen() {
        Round.requireOpen(roundId, state);
        return this;
    }
}
