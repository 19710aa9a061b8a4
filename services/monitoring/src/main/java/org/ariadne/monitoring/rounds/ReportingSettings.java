package org.ariadne.monitoring.rounds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a tenant's report counts and prints: which report class each activity status falls into
 * ({@code implemented}, {@code not_started} or {@code other}), how percentages round ({@code truncate} or
 * {@code half_up}) and with how many decimals, the decimal separator, the report language and the tenant's own
 * jurisdiction label (figures and evidence scoped elsewhere are not counted as the tenant's).
 */
public record ReportingSettings(Map<String, String> statusClasses, String rounding, int decimals,
        String decimalSeparator, String language, String jurisdiction) {

    public static final String IMPLEMENTED = "implemented";
    public static final String NOT_STARTED = "not_started";
    public static final String OTHER = "other";
    public static final String CLASS_PATTERN = "implemented|not_started|other";
    public static final String TRUNCATE = "truncate";
    public static final String HALF_UP = "half_up";

    /** Statuses a tenant does not map fall into their natural class. */
    private static final Map<String, String> NATURAL_CLASSES = naturalClasses();

    public ReportingSettings {
        Map<String, String> complete = new LinkedHashMap<>(NATURAL_CLASSES);
        if (statusClasses != null) {
            complete.putAll(statusClasses);
        }
        statusClasses = Map.copyOf(complete);
        rounding = rounding == null ? HALF_UP : rounding;
        decimalSeparator = decimalSeparator == null ? "." : decimalSeparator;
        language = language == null ? "en" : language;
    }

    /** Only implemented counts as implemented, only not_started as not started; one decimal, half-up, point. */
    public static ReportingSettings defaults() {
        return new ReportingSettings(null, HALF_UP, 1, ".", "en", null);
    }

    public String classOf(String status) {
        return statusClasses.getOrDefault(status, OTHER);
    }

    private static Map<String, String> naturalClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        for (String status : ActivityStatus.ALL) {
            classes.put(status, OTHER);
        }
        classes.put(ActivityStatus.IMPLEMENTED, IMPLEMENTED);
        classes.put(ActivityStatus.NOT_STARTED, NOT_STARTED);
        return classes;
    }
}
