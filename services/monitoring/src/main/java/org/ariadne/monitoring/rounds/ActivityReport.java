package org.ariadne.monitoring.rounds;

import java.util.List;

/** What a contribution reports on one activity in one round. */
public record ActivityReport(String activityId, String status, Integer completion, String narrative, String language,
        List<Figure> figures) {

    public ActivityReport {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
