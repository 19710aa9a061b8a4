package org.ariadne.monitoring.rounds;

import java.util.List;
import java.util.Map;

/**
 * Everything a round's roll-up and report are computed from: the round's own copy of the plan (nodes, activities),
 * the effective report per activity (from accepted contributions; absent = no data), the evidence, and the printed
 * conclusion when the round was imported from a printed report.
 */
public record RoundData(String roundId, String planId, String planTitle, List<String> levelNames, String kind,
        String periodStart, String periodEnd, String recipient, String legalBasis, String planAdopted, String state,
        List<RoundNode> nodes, List<RoundActivity> activities, Map<String, ActivityReport> reports,
        List<Evidence> evidence, List<PrintedFigures> printedConclusion) {

    public RoundData {
        levelNames = levelNames == null ? List.of() : List.copyOf(levelNames);
        nodes = List.copyOf(nodes);
        activities = List.copyOf(activities);
        reports = Map.copyOf(reports);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        printedConclusion = printedConclusion == null ? List.of() : List.copyOf(printedConclusion);
    }

    /** The activity's effective status: its accepted report's, or no_data. */
    public String statusOf(String activityId) {
        ActivityReport report = reports.get(activityId);
        return report == null || report.status() == null ? ActivityStatus.NO_DATA : report.status();
    }
}
