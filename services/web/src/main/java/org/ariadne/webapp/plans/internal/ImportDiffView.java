package org.ariadne.webapp.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;

/**
 * What an import into a draft changes, as the import page prints it: the counts, and one row per change — the plan's
 * own fields, each node and activity added or removed, and each field of a changed one with its value before and
 * after (the plans service's {@code details.diff}, in plain text: a node as "code title", a list item by item).
 */
record ImportDiffView(boolean changes, Counts activities, Counts nodes, List<Row> rows, long baseVersion) {

    record Counts(int changed, int added, int removed, int unchanged) {
    }

    /**
     * @param kind   activity, node or plan
     * @param change added, changed or removed
     */
    record Row(String kind, String change, String code, String title, String field, String before, String after) {

        /** The page's own label of the field when it has one (a nested field keeps the API's name); public for the template. */
        public String fieldKey() {
            return field == null ? null : FIELD_LABELS.get(field);
        }
    }

    /** The fields people meet most, by the message keys the plan and activity pages already show them with. */
    private static final Map<String, String> FIELD_LABELS = Map.of("code", "activity.code", "title", "import.diff.text",
            "deadline", "activity.deadline", "leadInstitutions", "activity.lead", "partnerInstitutions", "activity.partners",
            "indicators", "activity.indicators", "description", "activity.description");

    /** The diff of a job's details, or null when the job has none (an import into a new plan). */
    static ImportDiffView of(Map<String, Object> details) {
        Map<String, Object> diff = Json.map(details, "diff");
        if (diff.isEmpty()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> field : Json.list(diff, "plan")) {
            rows.add(new Row("plan", "changed", null, null, Json.text(field, "field"), show(field.get("before")),
                    show(field.get("after"))));
        }
        addRows(rows, "node", Json.map(diff, "nodes"));
        addRows(rows, "activity", Json.map(diff, "activities"));
        Number base = (Number) diff.get("baseVersion");
        return new ImportDiffView(Boolean.TRUE.equals(diff.get("changes")), counts(Json.map(diff, "activities")),
                counts(Json.map(diff, "nodes")), rows, base == null ? 0 : base.longValue());
    }

    private static void addRows(List<Row> rows, String kind, Map<String, Object> part) {
        for (Map<String, Object> item : Json.list(part, "added")) {
            rows.add(new Row(kind, "added", Json.text(item, "code"), Json.text(item, "title"), null, null,
                    show(item.get("under"))));
        }
        for (Map<String, Object> item : Json.list(part, "changed")) {
            for (Map<String, Object> field : Json.list(item, "fields")) {
                rows.add(new Row(kind, "changed", Json.text(item, "code"), Json.text(item, "title"),
                        Json.text(field, "field"), show(field.get("before")), show(field.get("after"))));
            }
        }
        for (Map<String, Object> item : Json.list(part, "removed")) {
            rows.add(new Row(kind, "removed", Json.text(item, "code"), Json.text(item, "title"), null,
                    show(item.get("under")), null));
        }
    }

    private static Counts counts(Map<String, Object> part) {
        Map<String, Object> counts = Json.map(part, "counts");
        return new Counts(number(counts, "changed"), number(counts, "added"), number(counts, "removed"),
                number(counts, "unchanged"));
    }

    private static int number(Map<String, Object> map, String field) {
        return map.get(field) instanceof Number n ? n.intValue() : 0;
    }

    /** A value as text: a node as "code title", a list item by item, an object as "name: value"; nothing as "—". */
    static String show(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Map<?, ?> map && map.containsKey("title") && map.containsKey("code")) {
            Object code = map.get("code");
            return (code == null ? "" : code + " ") + map.get("title");
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + ": " + show(v)));
            return parts.isEmpty() ? "—" : String.join("; ", parts);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(show(v)));
            return parts.isEmpty() ? "—" : String.join("; ", parts);
        }
        return String.valueOf(value);
    }
}
