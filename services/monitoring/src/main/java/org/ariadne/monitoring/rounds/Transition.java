package org.ariadne.monitoring.rounds;

import java.time.Instant;

/** One entry of a contribution's audit trail: who moved it from which state to which, when, why. */
public record Transition(Instant at, String by, ContributionState from, ContributionState to, String reason,
        boolean onBehalf) {
}
