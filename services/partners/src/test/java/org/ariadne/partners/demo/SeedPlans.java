package org.ariadne.partners.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.TestKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed plans (infra/local/demo/seeds/*.jsonl, the files ./run imports into plans) as the plans service publishes
 * them: one plans.ActivityAdded per activity with its lead institutions, partners and funders as printed, and its
 * funding (the sources and budget users the resources cell names) as plans' importer reads it.
 */
final class SeedPlans {

    static final Path SEEDS = Path.of("../../infra/local/demo/seeds");
    static final Map<String, String> FILES = Map.of("me", "me-action-plan-2017-2018.jsonl",
            "ba", "ba-action-plan-2020-2023.jsonl", "si", "si-action-plan-2023-2024.jsonl",
            "xk", "xk-strategy-action-plan-2015-2019.jsonl", "ba-04", "ba-04-monitoring-report-2021-2024.jsonl");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One seed activity: the ids the events use, the names it prints, and its funding as plans publishes it. */
    record SeedActivity(String planId, String activityId, String code, List<String> lead, List<String> partners,
            List<String> funders, ArrayNode funding) {
    }

    private SeedPlans() {
    }

    static String planId(String tenant) {
        return UUID.nameUUIDFromBytes(("seed-plan:" + tenant).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static List<SeedActivity> activities(String tenant) {
        List<SeedActivity> activities = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(SEEDS.resolve(FILES.get(tenant)), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                // as plans' importer reads the resources cell: sources with their holder, amounts with their budget user
                ArrayNode funding = JSON.createArrayNode();
                row.path("funding_sources").forEach(source -> funding.addObject()
                        .put("sourceKind", text(source.get("category"))).put("label", text(source.get("label")))
                        .put("holder", text(source.get("source"))));
                row.path("amounts").forEach(amount -> funding.addObject().put("sourceKind", text(amount.get("source")))
                        .put("holder", text(amount.get("budget_user"))));
                activities.add(new SeedActivity(planId(tenant), UUID.nameUUIDFromBytes((tenant + ":" + row.get("seq").asInt())
                        .getBytes(StandardCharsets.UTF_8)).toString(), row.get("code").asString(),
                        strings(row.get("lead_institutions")), strings(row.get("partners")), strings(row.get("funders")),
                        funding));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return activities;
    }

    /** Publishes the tenant's seed plan as plans would (one plan aggregate, versions 1, 2, 3 …). */
    static List<SeedActivity> publish(String tenant) {
        List<SeedActivity> activities = activities(tenant);
        long version = 1;
        for (SeedActivity a : activities) {
            ObjectNode event = JSON.createObjectNode().put("tenantId", tenant).put("planId", a.planId())
                    .put("activityId", a.activityId()).put("nodeId", "seed-node").put("code", a.code())
                    .put("title", "Seed activity " + a.code()).put("deadline", "");
            array(event.putArray("leadInstitutions"), a.lead());
            array(event.putArray("partnerInstitutions"), a.partners());
            array(event.putArray("funders"), a.funders());
            event.set("funding", a.funding());
            TestKafka.send(EventTypes.PLANS_TOPIC, tenant + ":" + a.planId(), event.toString(),
                    TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, tenant, a.planId(), ++version));
        }
        return activities;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }

    private static void array(ArrayNode node, List<String> values) {
        values.forEach(node::add);
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> {
                if (!v.isNull() && !v.asString().isBlank()) {
                    values.add(v.asString());
                }
            });
        }
        return values;
    }
}
