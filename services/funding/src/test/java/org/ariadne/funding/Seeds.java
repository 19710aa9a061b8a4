package org.ariadne.funding;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.FundingReference;
import org.ariadne.contracts.plans.v1.NodeAdded;

/**
 * The seed plans (infra/local/demo/seeds) as the plans service publishes them: a NodeAdded per tree node and an
 * ActivityAdded per activity, whose {@code funding} is read the way plans reads the extraction (amounts with their
 * currency — KM is BAM — year, budget line or printed text as label and budget user as holder; sources with category,
 * label and holder). Ids are derived from codes, so a test can name an activity by its code.
 */
public final class Seeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final Path FOLDER = Path.of("../../infra/local/demo");

    private Seeds() {
    }

    /** The events plans would publish for one seed plan. */
    public record PlanEvents(String tenant, String planId, String title, List<NodeAdded> nodes, List<ActivityAdded> activities) {

        public ActivityAdded activity(String code) {
            return activities.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("no activity " + code + " in the " + tenant + " seed"));
        }
    }

    public static PlanEvents ba() {
        return read("ba", "ba-action-plan-2020-2023.jsonl");
    }

    public static PlanEvents si() {
        return read("si", "si-action-plan-2023-2024.jsonl");
    }

    public static PlanEvents ba04() {
        return read("ba-04", "ba-04-monitoring-report-2021-2024.jsonl");
    }

    public static byte[] siAnnex() {
        try {
            return Files.readAllBytes(FOLDER.resolve("si-budget-annex-2023-2024.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanEvents read(String tenant, String file) {
        String planId = "plan-" + tenant;
        Map<String, NodeAdded> nodes = new LinkedHashMap<>();
        Map<String, ActivityAdded> activities = new LinkedHashMap<>();
        String title = null;
        try {
            for (String line : Files.readAllLines(FOLDER.resolve("seeds").resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                title = row.path("plan").asString();
                String parent = null;
                int level = 1;
                for (JsonNode step : row.path("path")) {
                    String nodeId = "node-" + step.path("code").asString();
                    nodes.putIfAbsent(nodeId, new NodeAdded(tenant, planId, nodeId, parent, level, step.path("code").asString(),
                            step.path("title").asString()));
                    parent = nodeId;
                    level++;
                }
                String code = row.hasNonNull("task_code") ? row.path("task_code").asString() : row.path("code").asString();
                String activityId = "activity-" + code;
                ActivityAdded existing = activities.get(activityId);
                List<FundingReference> funding = new ArrayList<>(existing == null || existing.funding() == null
                        ? List.of() : existing.funding());
                funding.addAll(funding(row));
                List<String> leads = new ArrayList<>();
                row.path("lead_institutions").forEach(n -> leads.add(n.asString()));
                List<String> funders = new ArrayList<>();
                row.path("funders").forEach(n -> funders.add(n.asString()));
                JsonNode deadline = row.path("deadline_items").path(0);
                activities.put(activityId, new ActivityAdded(tenant, planId, activityId, parent, code,
                        row.path("title").asString(), row.path("deadline_raw").asString(""), leads, List.of(), null,
                        deadline.hasNonNull("start") ? deadline.path("start").asString() : null,
                        deadline.hasNonNull("end") ? deadline.path("end").asString() : null, funding, funders));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanEvents(tenant, planId, title, List.copyOf(nodes.values()), List.copyOf(activities.values()));
    }

    private static List<FundingReference> funding(JsonNode row) {
        List<FundingReference> references = new ArrayList<>();
        for (JsonNode source : row.path("funding_sources")) {
            references.add(new FundingReference(text(source, "category"), text(source, "label"), text(source, "source"),
                    null, null, null));
        }
        for (JsonNode amount : row.path("amounts")) {
            String currency = text(amount, "currency") == null ? text(amount, "currency_inferred") : text(amount, "currency");
            if ("KM".equalsIgnoreCase(currency)) {
                currency = "BAM";
            }
            String label = text(amount, "budget_line") == null ? text(amount, "raw") : text(amount, "budget_line");
            String value = amount.hasNonNull("amount")
                    ? new BigDecimal(amount.path("amount").asString()).stripTrailingZeros().toPlainString() : null;
            references.add(new FundingReference(text(amount, "source"), label, text(amount, "budget_user"), value,
                    currency, amount.path("year").isNumber() ? amount.path("year").asInt() : null));
        }
        return references;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.path(field).asString().isBlank() ? node.path(field).asString() : null;
    }
}
