package org.ariadne.funding.results;

import java.util.List;

/**
 * The latest monitoring result of a plan activity: the most recent round (by its period's end) in which an accepted
 * contribution reported on it, the status each institution reported there, and that round's roll-up figures.
 * {@code latestStatus} is the one status when the institutions agree, else the least advanced one (a donor reads
 * "partially implemented" rather than an optimistic "implemented" when one of two lead institutions lags).
 */
public record ActivityResult(String latestStatus, ReportingRound round, List<ReportedStatus> reports) {

    public ActivityResult {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }
}
