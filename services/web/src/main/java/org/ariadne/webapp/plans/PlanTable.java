package org.ariadne.webapp.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;

/**
 * A plan's tree laid out the way plans are printed: a heading row for each node (area, programme …) followed by the
 * rows of its activities, in the plan's own order.
 */
public final class PlanTable {

    private PlanTable() {
    }

    /** One row of the table; {@code activity} is null on a heading row. */
    public record Row(int level, String code, String title, Map<String, Object> activity) {

        public boolean heading() {
            return activity == null;
        }
    }

    public static List<Row> rows(Map<String, Object> plan) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> node : Json.list(plan, "nodes")) {
            add(node, rows);
        }
        return rows;
    }

    private static void add(Map<String, Object> node, List<Row> rows) {
        Object level = node.get("level");
        rows.add(new Row(level instanceof Number n ? n.intValue() : 1, Json.text(node, "code"), Json.text(node, "title"), null));
        for (Map<String, Object> activity : Json.list(node, "activities")) {
            rows.add(new Row(0, Json.text(activity, "code"), Json.text(activity, "title"), activity));
        }
        for (Map<String, Object> child : Json.list(node, "children")) {
            add(child, rows);
        }
    }
}
