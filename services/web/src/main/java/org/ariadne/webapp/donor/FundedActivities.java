package org.ariadne.webapp.donor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.ariadne.webapp.api.Json;

/**
 * A donor organisation's funded activities as the list page shows them: each activity of the donor API next to the
 * funded lines serving it (a line's amounts are the whole line's, as the API gives them: one line can serve several
 * activities, so nothing is split or added up here), narrowed by what the officer chose. The donor API takes no
 * filters, so the page filters the list it answered: by jurisdiction, by the latest reported status, by code or title.
 */
public record FundedActivities(List<Row> rows, List<String> tenants, List<String> statuses, int total) {

    /** One activity and the lines (as the API describes them) that fund it. */
    public record Row(Map<String, Object> activity, List<Map<String, Object>> lines) {
    }

    /** What the officer narrowed the list to; blank means "any". */
    public record Filter(String tenant, String status, String text) {

        boolean accepts(Map<String, Object> activity) {
            if (tenant != null && !tenant.isBlank() && !tenant.equals(Json.text(activity, "tenant"))) {
                return false;
            }
            if (status != null && !status.isBlank() && !status.equals(statusOf(activity))) {
                return false;
            }
            if (text != null && !text.isBlank()) {
                String wanted = text.strip().toLowerCase(Locale.ROOT);
                String code = String.valueOf(Json.text(activity, "code")).toLowerCase(Locale.ROOT);
                String title = String.valueOf(Json.text(activity, "title")).toLowerCase(Locale.ROOT);
                String plan = String.valueOf(Json.text(activity, "planTitle")).toLowerCase(Locale.ROOT);
                return code.startsWith(wanted) || title.contains(wanted) || plan.contains(wanted);
            }
            return true;
        }
    }

    /** The status the activity's latest accepted report gave, {@code none} before any. */
    public static String statusOf(Map<String, Object> activity) {
        String status = Json.text(Json.map(activity, "monitoring"), "latestStatus");
        return status == null ? "none" : status;
    }

    public static FundedActivities of(Map<String, Object> activities, Map<String, Object> lines, Filter filter) {
        Map<String, Map<String, Object>> linesById = new LinkedHashMap<>();
        for (Map<String, Object> line : Json.list(lines, "items")) {
            linesById.put(Json.text(line, "lineId"), line);
        }
        List<Map<String, Object>> all = Json.list(activities, "items");
        TreeSet<String> tenants = new TreeSet<>();
        TreeSet<String> statuses = new TreeSet<>();
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> activity : all) {
            tenants.add(Json.text(activity, "tenant"));
            statuses.add(statusOf(activity));
            if (filter.accepts(activity)) {
                List<Map<String, Object>> serving = new ArrayList<>();
                for (String lineId : Json.strings(activity, "lineIds")) {
                    if (linesById.containsKey(lineId)) {
                        serving.add(linesById.get(lineId));
                    }
                }
                rows.add(new Row(activity, serving));
            }
        }
        return new FundedActivities(rows, List.copyOf(tenants), List.copyOf(statuses), all.size());
    }
}
