package org.ariadne.monitoring.rounds;

/** Read access to rounds for other features (reports, dashboards) of the tenant in context. */
public interface RoundQueries {

    /** The round's data; 404 not-found when the tenant has no such round. */
    RoundData data(String roundId);

    /** The roll-up: the frozen snapshot's for a frozen round, else computed now. */
    RollUp rollUp(String roundId);

    ReportingSettings settings();
}
