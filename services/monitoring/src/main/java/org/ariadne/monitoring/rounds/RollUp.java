package org.ariadne.monitoring.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's roll-up: one row per tree node (every level) and one overall, the consistency issues the coordinator has
 * to act on before freezing, and the conclusion's sentences (one per top-level node) in the tenant's language.
 */
public record RollUp(String roundId, List<Row> rows, Row overall, List<Issue> issues, List<String> sentences) {

    /** Counts under one node (or overall, nodeId null); {@code percentageText} is formatted as the report prints it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String nodeId, String code, String title, int level, int planned, int implemented,
            int notStarted, int other, BigDecimal percentage, String percentageText, PrintedFigures printed) {
    }

    /**
     * Something to fix or to acknowledge before the freeze. {@code severity} error = the counts do not add up;
     * warning = a quality gap. {@code code} is the node's or activity's code. {@code kind} is the stable code of the
     * check and {@code params} its values by name (always {@code code}, {@code field}, {@code printed},
     * {@code computed} where set; a printed-count mismatch adds {@code label}, {@code printedPlanned},
     * {@code printedImplemented}, {@code printedNotStarted}), so a client words the issue in its user's language;
     * {@code message} says the same in English.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Issue(String severity, String kind, String code, String activityId, String field, String printed,
            String computed, String message, Map<String, String> params) {

        public Issue {
            Map<String, String> all = new LinkedHashMap<>();
            putIfSet(all, "code", code);
            putIfSet(all, "field", field);
            putIfSet(all, "printed", printed);
            putIfSet(all, "computed", computed);
            if (params != null) {
                all.putAll(params);
            }
            params = Collections.unmodifiableMap(all);
        }

        public Issue(String severity, String kind, String code, String activityId, String field, String printed,
                String computed, String message) {
            this(severity, kind, code, activityId, field, printed, computed, message, null);
        }

        private static void putIfSet(Map<String, String> params, String name, String value) {
            if (value != null) {
                params.put(name, value);
            }
        }
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> "error".equals(i.severity())).toList();
    }
}
