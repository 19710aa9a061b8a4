package org.ariadne.monitoring.rounds;

import java.util.List;

/** A reporting round as the API shows it (without its activity snapshot). */
public record Round(String roundId, String planId, String planTitle, String kind, String periodStart,
        String periodEnd, String dueDate, String recipient, String legalBasis, String planAdopted, String state,
        String source, String openedAt, String openedBy, String frozenAt, String frozenBy, int activityCount,
        List<String> institutions) {

    public static final String KINDS = "semi_annual|annual|final";
    public static final String OPEN = "open";
    public static final String FROZEN = "frozen";
}
