package org.ariadne.plans.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the seed extraction's JSON-lines shape: one activity per line with its {@code path} of ancestors. Known keys
 * become {@link ImportRow} fields; every other key is kept in {@code extra} (strings as they are, anything else as
 * its JSON text), so nothing is lost. A line that is not a JSON object is a problem naming the line.
 */
public final class JsonLinesReader {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Keys that become ImportRow fields (the rest goes to extra). */
    private static final Set<String> KNOWN = Set.of("path", "code", "title", "description", "goals",
            "expected_results", "deadline_raw", "lead_institutions", "partners", "implementers", "funders",
            "indicators", "indicator_raw", "means_of_verification", "quantitative_targets", "funding_raw",
            "resources_raw", "framework_refs");

    private JsonLinesReader() {
    }

    public static ParsedTable read(InputStream in) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> levelNames = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int lineNumber = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    problems.add(new ImportProblem(lineNumber, null, "not a JSON object: write one JSON object per line, "
                            + "in UTF-8", null));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.add(new ImportProblem(lineNumber, null, "not a JSON object", null));
                    continue;
                }
                rows.add(row(lineNumber, node, levelNames, problems));
            }
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(lineNumber + 1, null, "not UTF-8 text", null));
        } catch (IOException e) {
            problems.add(new ImportProblem(lineNumber + 1, null, "the file could not be read to its end; send it again", null));
        }
        return new ParsedTable(levelNames, rows, problems);
    }

    static ImportRow row(int rowNumber, JsonNode node, List<String> levelNames, List<ImportProblem> problems) {
        checkTenant(rowNumber, node.get("tenant"), problems);
        List<ImportRow.PathLevel> path = new ArrayList<>();
        JsonNode pathNode = node.get("path");
        if (pathNode != null && !pathNode.isNull()) {
            if (!pathNode.isArray()) {
                problems.add(new ImportProblem(rowNumber, "path", "must be a list of {level, code, title}", null));
            } else {
                int depth = 0;
                for (JsonNode level : pathNode) {
                    String name = text(level.get("level"));
                    path.add(new ImportRow.PathLevel(name, text(level.get("code")), text(level.get("title"))));
                    if (levelNames.size() == depth && name != null) {
                        levelNames.add(name);
                    }
                    depth++;
                }
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!KNOWN.contains(field.getKey())) {
                JsonNode value = field.getValue();
                extra.put(field.getKey(), value.isString() ? value.asString() : value.isNull() ? null : JSON.writeValueAsString(value));
            }
        }
        String deadline = text(node.get("deadline_raw"));
        List<String> indicators = strings(node.get("indicators"));
        if (indicators.isEmpty() && text(node.get("indicator_raw")) != null) {
            indicators = List.of(text(node.get("indicator_raw")));
        }
        String resources = text(node.get("funding_raw"));
        if (resources == null) {
            resources = text(node.get("resources_raw"));
        }
        return new ImportRow(rowNumber, path, text(node.get("code")), text(node.get("title")),
                text(node.get("description")), goals(node.get("goals")), text(node.get("expected_results")), deadline,
                strings(node.get("lead_institutions")), strings(node.get("partners")), strings(node.get("implementers")),
                strings(node.get("funders")), indicators, strings(node.get("means_of_verification")),
                strings(node.get("quantitative_targets")), resources, strings(node.get("framework_refs")), extra);
    }

    /**
     * A line that names its tenant (the seed extraction's lines do) must name the one it is imported into: a line of
     * {@code ba-04} imported as {@code xk} is a problem that stops the import, as in the printed-round import.
     */
    private static void checkTenant(int rowNumber, JsonNode tenant, List<ImportProblem> problems) {
        if (tenant == null || tenant.isNull()) {
            return;
        }
        String importing = TenantContext.current().map(TenantId::value).orElse(null);
        if (!tenant.isString()) {
            problems.add(new ImportProblem(rowNumber, "tenant", "must be a tenant id such as \"" + importing + "\"", null));
        } else if (importing != null && !importing.equals(tenant.asString())) {
            problems.add(new ImportProblem(rowNumber, "tenant", "the line belongs to tenant \"" + tenant.asString()
                    + "\", not to \"" + importing + "\", into which the file is imported: import it as that tenant, or "
                    + "remove the tenant field", null));
        }
    }

    /** Goals are strings, or the SI shape {label: "Cilj 2", text}: the label only numbers them, the text is the goal. */
    private static List<String> goals(JsonNode node) {
        List<String> goals = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode goal : node) {
                String text = goal.isObject() ? text(goal.get("text")) : text(goal);
                if (text != null) {
                    goals.add(text);
                }
            }
        }
        return goals;
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            for (JsonNode value : node) {
                String text = text(value);
                if (text != null) {
                    values.add(text);
                }
            }
        } else {
            String text = text(node);
            if (text != null) {
                values.add(text);
            }
        }
        return values;
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.isString() ? node.asString() : node.isValueNode() ? node.asString() : JSON.writeValueAsString(node);
        return text.isBlank() ? null : text;
    }
}
