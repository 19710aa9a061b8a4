package org.ariadne.monitoring.rounds;

/** One entry of a contribution's audit trail: who moved it from which state to which, when, why. */
public record Transition(String at, String by, String from, String to, String reason, boolean onBehalf) {
}
