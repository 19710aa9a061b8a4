package org.ariadne.funding.results;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which round is the latest and which of several reported statuses an activity shows. Pure, for the repository. */
public final class ResultOrder {

    /** Monitoring's statuses, least advanced first; unknown ones sort before all of them. */
    private static final List<String> PROGRESS = List.of("no_data", "not_implemented", "not_started", "ongoing",
            "partially_implemented", "implemented");

    private ResultOrder() {
    }

    /**
     * The latest result among reports of several rounds: the round whose period ends last (rounds monitoring has not
     * announced sort first), then the least advanced status reported in it.
     */
    public static Optional<ActivityResult> latest(String planId, List<ReportedStatus> reports,
            Map<String, ReportingRound> rounds) {
        Comparator<String> byPeriodEnd = Comparator.comparing(roundId -> {
            ReportingRound round = rounds.get(roundId);
            return round == null || round.periodEnd() == null ? "" : round.periodEnd();
        });
        Optional<String> latestRound = reports.stream().map(ReportedStatus::roundId).distinct()
                .max(byPeriodEnd.thenComparing(Comparator.naturalOrder()));
        return latestRound.map(roundId -> {
            List<ReportedStatus> inRound = reports.stream().filter(r -> r.roundId().equals(roundId))
                    .sorted(Comparator.comparing(ReportedStatus::institution, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            String least = inRound.stream().map(ReportedStatus::status).min(Comparator.comparingInt(PROGRESS::indexOf))
                    .orElse(null);
            ReportingRound round = rounds.getOrDefault(roundId,
                    new ReportingRound(planId, roundId, null, null, null, false, null, null, null));
            return new ActivityResult(least, round, inRound);
        });
    }
}
