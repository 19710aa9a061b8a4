package org.ariadne.plans.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ActivityDetails.FundingReference;
import org.ariadne.plans.plan.ActivityDetails.Indicator;
import org.ariadne.plans.plan.ActivityDetails.Provenance;
import org.ariadne.plans.plan.ActivityDetails.Responsibility;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanNode;
import org.ariadne.text.TextFolding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one mapping between table rows and activities, both ways. A row is one activity, except in plans whose rows
 * carry a {@code task_code} (SI, and tables whose tasks run over several rows): there every row is one responsibility
 * block and the consecutive rows of a task make one activity. Structured readings the extraction already made
 * (funding sources and amounts, provenance) are read from the row's extra columns, which stay with the activity as
 * they are, so the export gives back the same rows.
 */
public final class PlanRows {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    static final String TASK_CODE = "task_code";

    private PlanRows() {
    }

    /** Rows that form one activity: one row, or the responsibility blocks of one task. */
    public record ActivityRows(String key, List<ImportRow> rows) {

        public ImportRow first() {
            return rows.get(0);
        }

        public boolean isTask() {
            return first().extra() != null && first().extra().get(TASK_CODE) != null;
        }
    }

    /**
     * Groups rows into activities, in order: consecutive rows of the same task (same {@code task_code} under the same
     * path) are one activity; every other row is one. A task printed again further down is another activity.
     */
    public static List<ActivityRows> group(List<ImportRow> rows) {
        List<ActivityRows> result = new ArrayList<>();
        String previousKey = null;
        List<ImportRow> current = null;
        for (ImportRow row : rows) {
            String task = row.extra() == null ? null : row.extra().get(TASK_CODE);
            String key = task == null ? null : "task:" + pathKey(row) + task;
            if (key != null && key.equals(previousKey)) {
                current.add(row);
                continue;
            }
            current = new ArrayList<>();
            current.add(row);
            result.add(new ActivityRows(key == null ? "row:" + row.rowNumber() + ":" + result.size() : key, current));
            previousKey = key;
        }
        return result;
    }

    static String pathKey(ImportRow row) {
        StringBuilder key = new StringBuilder();
        for (ImportRow.PathLevel level : row.path()) {
            key.append(level.code()).append('\u0001').append(level.title()).append('\u0002');
        }
        return key.toString();
    }

    /** The activity the rows describe (under {@code nodeId}). */
    public static PlanActivity toActivity(String id, String nodeId, ActivityRows group) {
        ImportRow first = group.first();
        if (!group.isTask()) {
            return new PlanActivity(id, nodeId, first.code(), first.title(), first.deadline(), list(first.leadInstitutions()),
                    details(first, List.of()));
        }
        List<Responsibility> blocks = new ArrayList<>();
        for (ImportRow row : group.rows()) {
            blocks.add(new Responsibility(row.code(), row.deadline(), list(row.leadInstitutions()), list(row.partners()),
                    list(row.implementers()), list(row.funders()), list(row.goals()), list(row.quantitativeTargets()),
                    row.resources(), list(row.indicators()), list(row.meansOfVerification()), list(row.frameworkRefs()),
                    row.extra()));
        }
        Responsibility one = blocks.get(0);
        List<String> leads = union(group.rows(), ImportRow::leadInstitutions);
        String taskCode = first.extra().get(TASK_CODE);
        return new PlanActivity(id, nodeId, taskCode == null || taskCode.isBlank() ? null : taskCode, first.title(),
                one.deadline(), leads, details(first, blocks));
    }

    private static ActivityDetails details(ImportRow first, List<Responsibility> blocks) {
        Map<String, String> extra = first.extra() == null ? Map.of() : first.extra();
        if (blocks.isEmpty()) {
            return new ActivityDetails(first.description(), list(first.goals()), first.expectedResults(),
                    list(first.partners()), list(first.implementers()), list(first.funders()), null,
                    indicators(first.indicators()), list(first.meansOfVerification()), list(first.quantitativeTargets()),
                    first.resources(), funding(extra), list(first.frameworkRefs()), null, provenance(extra), extra);
        }
        // A task: its lists are the union of its blocks (goals and targets in block order), the blocks keep the detail.
        List<String> goals = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<FundingReference> funding = new ArrayList<>();
        for (Responsibility block : blocks) {
            goals.addAll(block.goals());
            targets.addAll(block.quantitativeTargets());
            funding.addAll(funding(block.extra()));
        }
        List<String> partners = distinct(blocks, Responsibility::partnerInstitutions);
        List<String> implementers = distinct(blocks, Responsibility::implementers);
        List<String> funders = distinct(blocks, Responsibility::funders);
        List<String> indicators = distinct(blocks, Responsibility::indicators);
        List<String> verification = distinct(blocks, Responsibility::meansOfVerification);
        List<String> frameworks = distinct(blocks, Responsibility::frameworkRefs);
        return new ActivityDetails(first.description(), goals, first.expectedResults(), partners, implementers, funders,
                null, indicators(indicators), verification, targets, blocks.get(0).resources(), funding, frameworks,
                blocks, provenance(extra), null);
    }

    /** The rows an activity exports to (one per responsibility block for a task), under its node's path. */
    public static List<ImportRow> toRows(Plan plan, PlanActivity activity, int firstRowNumber) {
        List<ImportRow.PathLevel> path = path(plan, activity.nodeId());
        ActivityDetails d = activity.details();
        List<ImportRow> rows = new ArrayList<>();
        if (d.responsibilities().isEmpty()) {
            rows.add(new ImportRow(firstRowNumber, path, activity.code(), activity.title(), d.description(), d.goals(),
                    d.expectedResults(), activity.deadline(), activity.leadInstitutions(), d.partnerInstitutions(),
                    d.implementers(), d.funders(), texts(d.indicators()), d.meansOfVerification(),
                    d.quantitativeTargets(), d.resources(), d.frameworkRefs(), d.extra()));
            return rows;
        }
        int rowNumber = firstRowNumber;
        for (Responsibility block : d.responsibilities()) {
            Map<String, String> extra = new LinkedHashMap<>(block.extra());
            extra.put(TASK_CODE, activity.code());
            rows.add(new ImportRow(rowNumber++, path, block.code(), activity.title(), d.description(), block.goals(),
                    d.expectedResults(), block.deadline(), block.leadInstitutions(), block.partnerInstitutions(),
                    block.implementers(), block.funders(), block.indicators(), block.meansOfVerification(),
                    block.quantitativeTargets(), block.resources(), block.frameworkRefs(), extra));
        }
        return rows;
    }

    /** Every activity of the plan as rows, in stored order. */
    public static List<ImportRow> toRows(Plan plan) {
        List<ImportRow> rows = new ArrayList<>();
        for (PlanActivity activity : plan.activities()) {
            rows.addAll(toRows(plan, activity, rows.size() + 1));
        }
        return rows;
    }

    static List<ImportRow.PathLevel> path(Plan plan, String nodeId) {
        List<ImportRow.PathLevel> path = new ArrayList<>();
        PlanNode node = plan.node(nodeId).orElse(null);
        while (node != null) {
            path.add(0, new ImportRow.PathLevel(plan.levelName(node.level()), node.code(), node.title()));
            node = node.parentId() == null ? null : plan.node(node.parentId()).orElse(null);
        }
        return path;
    }

    /**
     * Funding references from the extraction's {@code funding_sources} (kind, label, holder) and {@code amounts}
     * (amount, currency — KM is BAM — and year). Amounts stay decimal strings.
     */
    /**
     * A plain decimal amount ("10000", "2500.50", "12,5") normalised, or null when the text is not one: an amount such
     * as "1e999999999" must never reach BigDecimal's expansion (it would take the heap), and an unreadable amount
     * stays in the row's {@code extra} as printed.
     */
    static String decimal(String text) {
        String candidate = text == null ? "" : text.strip().replace(',', '.');
        if (!PLAIN_DECIMAL.matcher(candidate).matches()) {
            return null;
        }
        return new BigDecimal(candidate).stripTrailingZeros().toPlainString();
    }

    static List<FundingReference> funding(Map<String, String> extra) {
        List<FundingReference> references = new ArrayList<>();
        for (JsonNode source : array(extra.get("funding_sources"))) {
            references.add(new FundingReference(JsonLinesReader.text(source.get("category")),
                    JsonLinesReader.text(source.get("label")), JsonLinesReader.text(source.get("source")), null, null, null));
        }
        for (JsonNode amount : array(extra.get("amounts"))) {
            JsonNode value = amount.get("amount");
            String decimal = value == null || value.isNull() ? null : decimal(value.asString());
            String currency = JsonLinesReader.text(amount.get("currency"));
            if (currency == null) {
                currency = JsonLinesReader.text(amount.get("currency_inferred"));
            }
            if ("KM".equalsIgnoreCase(currency)) {
                currency = "BAM";
            }
            JsonNode year = amount.get("year");
            String label = JsonLinesReader.text(amount.get("budget_line"));
            if (label == null) {
                label = JsonLinesReader.text(amount.get("raw"));
            }
            references.add(new FundingReference(JsonLinesReader.text(amount.get("source")), label,
                    JsonLinesReader.text(amount.get("budget_user")), decimal, currency,
                    year == null || !year.isNumber() ? null : year.asInt()));
        }
        return references;
    }

    private static List<JsonNode> array(String json) {
        List<JsonNode> nodes = new ArrayList<>();
        if (json == null || !json.startsWith("[")) {
            return nodes;
        }
        try {
            JsonLinesReader.JSON.readTree(json).forEach(nodes::add);
        } catch (JacksonException | NumberFormatException notReadable) {
            // kept as printed in extra; no structured reading
        }
        return nodes;
    }

    private static Provenance provenance(Map<String, String> extra) {
        String source = extra.get("source");
        String lines = extra.get("source_lines");
        Integer seq = null;
        try {
            seq = extra.get("seq") == null ? null : Integer.valueOf(extra.get("seq").strip());
        } catch (NumberFormatException notANumber) {
            // kept in extra as printed
        }
        return source == null && lines == null && seq == null ? null : new Provenance(source, lines, seq);
    }

    /** An indicator's type, guessed from how it starts ("Broj …" counts); "text" otherwise. */
    static List<Indicator> indicators(List<String> texts) {
        List<Indicator> indicators = new ArrayList<>();
        for (String text : list(texts)) {
            String lower = TextFolding.fold(text);
            String type = lower.startsWith("broj") || lower.startsWith("stevii") || lower.startsWith("numri") ? "count" : "text";
            indicators.add(new Indicator(text, type, null, null, null, null, null));
        }
        return indicators;
    }

    private static List<String> texts(List<Indicator> indicators) {
        List<String> texts = new ArrayList<>();
        indicators.forEach(i -> texts.add(i.text()));
        return texts;
    }

    private static List<String> union(List<ImportRow> rows, java.util.function.Function<ImportRow, List<String>> field) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        rows.forEach(r -> values.addAll(list(field.apply(r))));
        return new ArrayList<>(values);
    }

    private static List<String> distinct(List<Responsibility> blocks,
            java.util.function.Function<Responsibility, List<String>> field) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        blocks.forEach(b -> values.addAll(field.apply(b)));
        return new ArrayList<>(values);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
