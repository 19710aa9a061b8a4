package org.ariadne.funding.results;

/**
 * A reporting round of a plan as monitoring announced it: its period and, once frozen, its roll-up (how many of its
 * activities were reported implemented and not started). Before the freeze the counts are null.
 */
public record ReportingRound(String planId, String roundId, String kind, String periodStart, String periodEnd,
        boolean frozen, Integer activityCount, Integer implementedCount, Integer notStartedCount) {
}
