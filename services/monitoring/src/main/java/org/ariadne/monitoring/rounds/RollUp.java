package org.ariadne.monitoring.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

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
     * warning = a quality gap. {@code code} is the node's or activity's code.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Issue(String severity, String kind, String code, String activityId, String field, String printed,
            String computed, String message) {
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> "error".equals(i.severity())).toList();
    }
}
