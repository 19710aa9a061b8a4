package org.ariadne.plans.importing.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rows and files for the office tests. */
final class TestRows {

    static final Path BA_SEED = Path.of("../../infra/local/demo/seeds/ba-action-plan-2020-2023.jsonl");

    private TestRows() {
    }

    /** The row without its source position, for comparing rows read from different files. */
    static ImportRow positionless(ImportRow r) {
        return new ImportRow(0, r.path(), r.code(), r.title(), r.description(), r.goals(), r.expectedResults(),
                r.deadline(), r.leadInstitutions(), r.partners(), r.implementers(), r.funders(), r.indicators(),
                r.meansOfVerification(), r.quantitativeTargets(), r.resources(), r.frameworkRefs(), r.extra());
    }

    static List<ImportRow> positionless(List<ImportRow> rows) {
        return rows.stream().map(TestRows::positionless).toList();
    }

    /** An activity with the fields most tables have. */
    static ImportRow activity(List<PathLevel> path, String code, String title, String deadline, List<String> leads,
                              List<String> partners, List<String> indicators, String resources) {
        return new ImportRow(0, path, code, title, null, List.of(), null, deadline, leads, partners, List.of(),
                List.of(), indicators, List.of(), List.of(), resources, List.of(), Map.of());
    }

    static byte[] xlsx(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The seed plan's activities as the JSON-lines reader would give them (empty text = null). */
    static List<ImportRow> seedRows(Path jsonl) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<ImportRow> rows = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(jsonl)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(text);
            List<PathLevel> path = new ArrayList<>();
            for (JsonNode level : n.path("path")) {
                path.add(new PathLevel(string(level, "level"), string(level, "code"), string(level, "title")));
            }
            List<String> refs = new ArrayList<>();
            for (JsonNode ref : n.path("framework_refs")) {
                refs.add(ref.isString() ? ref.asString() : json.writeValueAsString(ref));
            }
            rows.add(new ImportRow(line, path, string(n, "code"), string(n, "title"), string(n, "description"),
                    list(n, "goals"), string(n, "expected_results"), string(n, "deadline_raw"),
                    list(n, "lead_institutions"), list(n, "partners"), list(n, "implementers"), list(n, "funders"),
                    list(n, "indicators"), list(n, "means_of_verification"), list(n, "quantitative_targets"),
                    string(n, "funding_raw"), refs, Map.of()));
        }
        return rows;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            items.add(item.asString());
        }
        return items;
    }
}
