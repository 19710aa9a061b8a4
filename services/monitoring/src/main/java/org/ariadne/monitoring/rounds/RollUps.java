package org.ariadne.monitoring.rounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.monitoring.planview.NaturalOrder;

/** Computes a round's roll-up and consistency issues; pure (no I/O), so reports and freezes agree by construction. */
public final class RollUps {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private RollUps() {
    }

    public static RollUp compute(RoundData round, ReportingSettings settings) {
        Map<String, RoundNode> nodes = new LinkedHashMap<>();
        for (RoundNode node : round.nodes()) {
            nodes.put(node.nodeId(), node);
        }
        Map<String, int[]> counts = new HashMap<>(); // nodeId -> planned, implemented, notStarted, other
        int[] overall = new int[4];
        for (RoundActivity activity : round.activities()) {
            int column = column(settings.classOf(round.statusOf(activity.activityId())));
            add(overall, column);
            for (String ancestor : ancestors(activity.nodeId(), nodes)) {
                add(counts.computeIfAbsent(ancestor, id -> new int[4]), column);
            }
        }
        Map<String, PrintedFigures> printed = new HashMap<>();
        round.printedConclusion().forEach(p -> printed.put(p.nodeCode(), p));

        List<RoundNode> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparingInt(RoundNode::level)
                .thenComparing(RoundNode::code, NaturalOrder.CODES).thenComparing(RoundNode::nodeId));
        List<RollUp.Row> rows = new ArrayList<>();
        for (RoundNode node : ordered) {
            rows.add(row(node.nodeId(), node.code(), node.title(), node.level(),
                    counts.getOrDefault(node.nodeId(), new int[4]), settings, printed.get(node.code())));
        }
        RollUp.Row total = row(null, null, round.planTitle(), 0, overall, settings, null);

        List<RollUp.Issue> issues = new ArrayList<>();
        for (RollUp.Row row : rows) {
            if (row.printed() != null) {
                checkPrinted(row, issues);
            }
        }
        checkActivities(round, settings, issues);
        return new RollUp(round.roundId(), rows, total, issues, sentences(rows, settings));
    }

    /** The percentage of implemented activities, rounded as the tenant's report rounds. */
    public static BigDecimal percentage(int implemented, int planned, ReportingSettings settings) {
        if (planned == 0) {
            return BigDecimal.ZERO;
        }
        RoundingMode mode = ReportingSettings.TRUNCATE.equals(settings.rounding()) ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        return BigDecimal.valueOf(implemented).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(planned), settings.decimals(), mode);
    }

    /** As printed: no trailing zeros ("100", "89,4"), the tenant's decimal separator. */
    public static String format(BigDecimal value, ReportingSettings settings) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return plain.replace(".", settings.decimalSeparator());
    }

    /**
     * Whether the activity is not implemented although its deadline lies before the round's period end: the plans
     * service's reading of the deadline when known, else the last year printed in it; unknown deadlines never are.
     */
    public static boolean isLate(RoundActivity activity, String status, String periodEnd) {
        if (activity.deadlineEnd() != null && periodEnd != null) {
            return activity.deadlineEnd().compareTo(periodEnd) < 0 && !ActivityStatus.IMPLEMENTED.equals(status);
        }
        Integer deadlineYear = lastYear(activity.deadline());
        Integer endYear = lastYear(periodEnd);
        return deadlineYear != null && endYear != null && deadlineYear < endYear
                && !ActivityStatus.IMPLEMENTED.equals(status);
    }

    /** Whether an item scoped to {@code scope} counts as the tenant's own (no scope, or the tenant's jurisdiction). */
    public static boolean isOwnScope(String scope, ReportingSettings settings) {
        return scope == null || scope.isBlank() || settings.jurisdiction() == null
                || scope.trim().equalsIgnoreCase(settings.jurisdiction().trim());
    }

    private static RollUp.Row row(String nodeId, String code, String title, int level, int[] c,
            ReportingSettings settings, PrintedFigures printed) {
        BigDecimal percentage = percentage(c[1], c[0], settings);
        return new RollUp.Row(nodeId, code, title, level, c[0], c[1], c[2], c[3], percentage, format(percentage, settings),
                printed);
    }

    private static void checkPrinted(RollUp.Row row, List<RollUp.Issue> issues) {
        PrintedFigures p = row.printed();
        compare(row, "planned", p.planned(), row.planned(), issues, p);
        compare(row, "implemented", p.implemented(), row.implemented(), issues, p);
        compare(row, "notStarted", p.notStarted(), row.notStarted(), issues, p);
        if (p.percentage() != null && !p.percentage().equals(row.percentageText())) {
            issues.add(new RollUp.Issue("error", "count_mismatch", row.code(), null, "percentage", p.percentage(),
                    row.percentageText(), "„" + p.label() + "“: the report prints " + p.percentage()
                            + "% but the activities give " + row.percentageText() + "%.", printedParams(p)));
        }
    }

    private static void compare(RollUp.Row row, String field, int printed, int computed, List<RollUp.Issue> issues,
            PrintedFigures p) {
        if (printed == computed) {
            return;
        }
        String sum = p.implemented() + p.notStarted() == p.planned() ? ""
                : " The printed figures do not add up: " + p.implemented() + " + " + p.notStarted() + " ≠ " + p.planned() + ".";
        issues.add(new RollUp.Issue("error", "count_mismatch", row.code(), null, field, String.valueOf(printed),
                String.valueOf(computed), "„" + p.label() + "“: the report prints " + field + " = " + printed
                        + " but the activities give " + computed + "." + sum, printedParams(p)));
    }

    private static Map<String, String> printedParams(PrintedFigures p) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("label", p.label());
        params.put("printedPlanned", String.valueOf(p.planned()));
        params.put("printedImplemented", String.valueOf(p.implemented()));
        params.put("printedNotStarted", String.valueOf(p.notStarted()));
        return params;
    }

    private static void checkActivities(RoundData round, ReportingSettings settings, List<RollUp.Issue> issues) {
        Set<String> evidenced = new HashSet<>();
        for (Evidence e : round.evidence()) {
            if (isOwnScope(e.scope(), settings)) {
                evidenced.addAll(e.activityIds());
            }
        }
        Integer adoptedYear = lastYear(round.planAdopted());
        List<RoundActivity> activities = new ArrayList<>(round.activities());
        activities.sort(Comparator.comparing(RoundActivity::code, NaturalOrder.CODES));
        for (RoundActivity activity : activities) {
            ActivityReport report = round.reports().get(activity.activityId());
            String status = round.statusOf(activity.activityId());
            boolean ownFigures = report != null && report.figures().stream().anyMatch(f -> isOwnScope(f.scope(), settings));
            if (ActivityStatus.IMPLEMENTED.equals(status) && !evidenced.contains(activity.activityId()) && !ownFigures) {
                issues.add(new RollUp.Issue("warning", "implemented_without_evidence", activity.code(),
                        activity.activityId(), "evidence", null, null, activity.code()
                                + ": implemented, but no evidence or figure of this jurisdiction supports it."));
            }
            if (report != null && Objects.equals(report.completion(), 100)
                    && (report.narrative() == null || report.narrative().isBlank())) {
                issues.add(new RollUp.Issue("warning", "complete_without_narrative", activity.code(),
                        activity.activityId(), "narrative", null, null, activity.code() + ": 100% without a narrative."));
            }
            Integer deadlineYear = firstYear(activity.deadline());
            if (adoptedYear != null && deadlineYear != null && deadlineYear < adoptedYear) {
                issues.add(new RollUp.Issue("warning", "deadline_before_adoption", activity.code(), activity.activityId(),
                        "deadline", activity.deadline(), round.planAdopted(), activity.code() + ": the deadline "
                                + activity.deadline() + " lies before the plan's adoption (" + round.planAdopted() + ")."));
            }
        }
    }

    /** One sentence per top-level node, in the report's own wording (Bosnian; English otherwise). */
    private static List<String> sentences(List<RollUp.Row> rows, ReportingSettings settings) {
        boolean bosnian = settings.language().startsWith("bs") || settings.language().startsWith("hr")
                || settings.language().startsWith("sr");
        List<String> sentences = new ArrayList<>();
        for (RollUp.Row row : rows) {
            if (row.level() != 1) {
                continue;
            }
            String label = row.printed() != null && row.printed().label() != null ? row.printed().label() : row.title();
            String pct = row.percentageText();
            if (bosnian) {
                sentences.add(row.implemented() == row.planned()
                        ? "u okviru „" + label + "“ implementirano je svih " + row.planned()
                                + " planiranih aktivnosti (Procenat izvršenja " + pct + "% )"
                        : "„" + label + "“, od ukupno predviđenih " + row.planned() + " aktivnosti, implementirano je "
                                + row.implemented() + " aktivnosti, dok " + row.notStarted()
                                + " aktivnosti nisu pokrenute (Procenat izvršenja " + pct + "% )");
            } else {
                sentences.add("\"" + label + "\": " + row.implemented() + " of " + row.planned()
                        + " planned activities implemented, " + row.notStarted() + " not started (" + pct + "%)");
            }
        }
        return sentences;
    }

    /** The node and its ancestors, nearest first; a parent loop in the plan view ends the walk instead of looping. */
    public static List<String> ancestors(String nodeId, Map<String, RoundNode> nodes) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        RoundNode current = nodeId == null ? null : nodes.get(nodeId);
        while (current != null && seen.add(current.nodeId())) {
            chain.add(current.nodeId());
            current = current.parentId() == null ? null : nodes.get(current.parentId());
        }
        return chain;
    }

    private static int column(String reportClass) {
        if (ReportingSettings.IMPLEMENTED.equals(reportClass)) {
            return 1;
        }
        return ReportingSettings.NOT_STARTED.equals(reportClass) ? 2 : 3;
    }

    private static void add(int[] c, int column) {
        c[0]++;
        c[column]++;
    }

    private static Integer lastYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group());
        }
        return year;
    }

    private static Integer firstYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }
}
