package org.ariadne.webapp.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;

/**
 * The roll-up as a horizontal bar chart drawn on the server (SVG, no script): one bar per top-level part of the plan,
 * its length the share of activities implemented, labelled with the percentage as the report prints it.
 */
public record RollupChart(int width, int height, int labelWidth, int barWidth, List<Bar> bars) {

    static final int ROW = 34;
    static final int LABEL = 330;
    static final int BAR = 400;

    /** One bar; coordinates in SVG units. */
    public record Bar(String code, String title, String percentageText, int y, int length, int planned, int implemented) {
    }

    public static RollupChart of(Map<String, Object> rollup) {
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (Map<String, Object> row : Json.list(rollup, "rows")) {
            if (!(row.get("level") instanceof Number level) || level.intValue() != 1) {
                continue;
            }
            bars.add(bar(row, y));
            y += ROW;
        }
        Map<String, Object> overall = Json.map(rollup, "overall");
        if (!overall.isEmpty()) {
            bars.add(bar(overall, y + 6));
            y += ROW + 6;
        }
        return new RollupChart(LABEL + BAR + 80, y + 10, LABEL, BAR, bars);
    }

    private static Bar bar(Map<String, Object> row, int y) {
        BigDecimal percentage = row.get("percentage") == null ? BigDecimal.ZERO : new BigDecimal(row.get("percentage").toString());
        int length = percentage.multiply(BigDecimal.valueOf(BAR)).divide(BigDecimal.valueOf(100), java.math.RoundingMode.DOWN).intValue();
        return new Bar(Json.text(row, "code"), Json.text(row, "title"), Json.text(row, "percentageText"), y,
                Math.max(0, Math.min(BAR, length)), number(row.get("planned")), number(row.get("implemented")));
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
