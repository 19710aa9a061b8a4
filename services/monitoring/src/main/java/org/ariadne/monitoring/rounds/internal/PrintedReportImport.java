package org.ariadne.monitoring.rounds.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.ActivityStatus;
import org.ariadne.monitoring.rounds.Figure;
import org.ariadne.monitoring.rounds.Round;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.TextRule;
import org.ariadne.web.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads the activity lines of a printed monitoring report (the shape of {@code ba-04-monitoring-report-*.jsonl}):
 * each line's {@code code} must name exactly one activity of the plan; {@code report.status_marker} "0%" means not
 * started and "100%" implemented, otherwise {@code report.suggested_status} (an analyst's reading) or no data.
 * Every problem of every line is reported at once, and nothing is written unless all lines are valid. The lines are
 * read as JSON trees, so lib-web's input rules (text, figures) are applied here as they are to every request body.
 */
final class PrintedReportImport {

    static final int MAX_NARRATIVE = 20_000;
    static final int MAX_FIGURES = 200;

    record Parsed(Map<String, ActivityReport> reports, Map<String, Round.PrintedColumns> columns) {
    }

    private PrintedReportImport() {
    }

    static Parsed parse(List<JsonNode> lines, List<ActivityView> activities, String tenant, String language) {
        Map<String, List<ActivityView>> byCode = new HashMap<>();
        for (ActivityView a : activities) {
            byCode.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        Map<String, Round.PrintedColumns> columns = new HashMap<>();
        Set<String> seenCodes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "/lines/" + i;
            JsonNode line = lines.get(i);
            if (line == null || !line.isObject()) {
                problems.add(new FieldProblem(at, "must be an object"));
                continue;
            }
            if (line.has("tenant") && !tenant.equals(line.path("tenant").asString(""))) {
                problems.add(new FieldProblem(at + "/tenant", "belongs to another tenant than " + tenant));
            }
            String code = text(line, "code", 50, at, problems, true);
            if (code == null) {
                continue;
            }
            if (!seenCodes.add(code)) {
                problems.add(new FieldProblem(at + "/code", "code " + code + " appears twice"));
                continue;
            }
            List<ActivityView> matches = byCode.getOrDefault(code, List.of());
            if (matches.size() != 1) {
                problems.add(new FieldProblem(at + "/code", matches.isEmpty() ? "no activity with code " + code + " in the plan"
                        : "code " + code + " names " + matches.size() + " activities of the plan"));
                continue;
            }
            ActivityView activity = matches.get(0);
            JsonNode report = line.path("report");
            if (!report.isObject()) {
                problems.add(new FieldProblem(at + "/report", "must be an object"));
                continue;
            }
            String marker = text(report, "status_marker", 10, at + "/report", problems, false);
            String suggested = text(report, "suggested_status", 40, at + "/report", problems, false);
            String narrative = text(report, "narrative", MAX_NARRATIVE, at + "/report", problems, false);
            String status;
            Integer completion = null;
            if (marker != null && marker.replace(" ", "").equals("0%")) {
                status = ActivityStatus.NOT_STARTED;
                completion = 0;
            } else if (marker != null && marker.replace(" ", "").equals("100%")) {
                status = ActivityStatus.IMPLEMENTED;
                completion = 100;
            } else if (marker != null) {
                problems.add(new FieldProblem(at + "/report/status_marker", "must be \"0%\" or \"100%\" (or null)"));
                continue;
            } else if (suggested == null) {
                status = ActivityStatus.NO_DATA;
            } else if (ActivityStatus.ALL.contains(suggested)) {
                status = suggested;
            } else {
                problems.add(new FieldProblem(at + "/report/suggested_status", "must be one of " + ActivityStatus.ALL));
                continue;
            }
            List<Figure> figures = figures(report.path("figures"), at + "/report/figures", problems);
            reports.put(activity.activityId(), new ActivityReport(activity.activityId(), status, completion, narrative,
                    language, figures));
            columns.put(activity.activityId(), new Round.PrintedColumns(
                    text(line, "indicator_raw", 5000, at, problems, false), text(line, "resources_raw", 5000, at, problems, false)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new Parsed(reports, columns);
    }

    private static List<Figure> figures(JsonNode node, String at, List<FieldProblem> problems) {
        List<Figure> figures = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return figures;
        }
        if (!node.isArray() || node.size() > MAX_FIGURES) {
            problems.add(new FieldProblem(at, "must be an array of at most " + MAX_FIGURES + " figures"));
            return figures;
        }
        for (int j = 0; j < node.size(); j++) {
            JsonNode f = node.get(j);
            String fat = at + "/" + j;
            String label = text(f, "label", 500, fat, problems, true);
            JsonNode value = f.path("value");
            if (!value.isNumber() || (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()))) {
                problems.add(new FieldProblem(fat + "/value", "must be a finite number"));
                continue;
            }
            String outOfRange = StrictJson.decimalViolation(value.decimalValue());
            if (outOfRange != null) {
                problems.add(new FieldProblem(fat + "/value", outOfRange));
                continue;
            }
            JsonNode year = f.path("year");
            String y = null;
            if (year.isInt() || (year.isString() && !year.asString().isBlank() && year.asString().length() <= 30)) {
                y = year.isInt() ? String.valueOf(year.asInt()) : year.asString();
            } else if (!year.isMissingNode() && !year.isNull()) {
                problems.add(new FieldProblem(fat + "/year", "must be a year or a period as printed (at most 30 characters)"));
                continue;
            }
            String unit = text(f, "unit", 50, fat, problems, false);
            String scope = text(f, "scope", 100, fat, problems, false);
            if (label != null) {
                figures.add(new Figure(label, value.decimalValue(), unit, y, scope));
            }
        }
        return figures;
    }

    private static String text(JsonNode parent, String field, int max, String at, List<FieldProblem> problems,
            boolean required) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem(at + "/" + field, "is required"));
            }
            return null;
        }
        if (!node.isString() || (required && node.asString().isBlank()) || node.asString().length() > max) {
            problems.add(new FieldProblem(at + "/" + field, "must be a " + (required ? "non-blank " : "")
                    + "string of at most " + max + " characters"));
            return null;
        }
        String violation = TextRule.violation(node.asString()).orElse(null);
        if (violation != null) {
            problems.add(new FieldProblem(at + "/" + field, violation));
            return null;
        }
        return node.asString();
    }
}
