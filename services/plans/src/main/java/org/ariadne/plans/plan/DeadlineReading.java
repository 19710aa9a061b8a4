package org.ariadne.plans.plan;

import java.util.List;

/**
 * The structured reading of a deadline as printed. {@code kind}: month, quarter, half_year, year, year_range,
 * by_end_of, date, continuous (with an optional {@code cadence}), recurring (with its cadence), event_triggered,
 * milestones (several dated items, in {@code milestones}) or unknown. {@code start}/{@code end} are ISO dates when the
 * text names a time window, else null.
 */
public record DeadlineReading(String kind, String start, String end, String cadence, List<DeadlineReading> milestones) {

    public DeadlineReading {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    static DeadlineReading of(String kind, String start, String end) {
        return new DeadlineReading(kind, start, end, null, List.of());
    }
}
