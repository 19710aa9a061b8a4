package org.ariadne.webapp.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import page's rows of a re-import's diff, from the plans service's {@code details.diff} as JSON maps. */
class ImportDiffViewTest {

    @Test
    void anImportIntoANewPlanHasNoDiff() {
        assertThat(ImportDiffView.of(Map.of("mode", "dry-run", "summary", Map.of()))).isNull();
    }

    @Test
    void everyChangeBecomesARowWithItsValuesAsText() {
        Map<String, Object> under = node("n1", "1.1", "Edukacija");
        Map<String, Object> details = Map.of("diff", Map.of(
                "baseVersion", 7, "changes", true, "sentence", "1 activity changed, 1 added, 1 removed",
                "plan", List.of(Map.of("field", "title", "before", "Plan 2025", "after", "Plan 2025-2026")),
                "nodes", Map.of("counts", counts(1, 0, 0, 2),
                        "changed", List.of(Map.of("code", "1", "title", "Prevencija", "fields",
                                List.of(field("title", "PREVENCIJA", "Prevencija"))))),
                "activities", Map.of("counts", counts(1, 1, 1, 4),
                        "added", List.of(Map.of("code", "1.1.3", "title", "Tribina", "under", under)),
                        "changed", List.of(Map.of("code", "1.1.1", "title", "Obuka", "matchedBy", "code and title",
                                "fields", List.of(field("deadline", "II kvartal 2025", "III kvartal 2025"),
                                        field("partners", List.of("Tužilaštvo", "Sud"), List.of())))),
                        "removed", List.of(Map.of("code", "1.1.2", "title", "Radionica", "under", under)))));

        ImportDiffView diff = ImportDiffView.of(details);

        assertThat(diff.changes()).isTrue();
        assertThat(diff.baseVersion()).as("sent back as If-Match with the commit").isEqualTo(7);
        assertThat(diff.activities()).isEqualTo(new ImportDiffView.Counts(1, 1, 1, 4));
        assertThat(diff.nodes()).isEqualTo(new ImportDiffView.Counts(1, 0, 0, 2));
        assertThat(diff.rows()).extracting(ImportDiffView.Row::fieldKey).as("labels the pages already have")
                .containsExactly("import.diff.text", "import.diff.text", null, "activity.deadline", null, null);
        assertThat(diff.rows()).containsExactly(
                new ImportDiffView.Row("plan", "changed", null, null, "title", "Plan 2025", "Plan 2025-2026"),
                new ImportDiffView.Row("node", "changed", "1", "Prevencija", "title", "PREVENCIJA", "Prevencija"),
                new ImportDiffView.Row("activity", "added", "1.1.3", "Tribina", null, null, "1.1 Edukacija"),
                new ImportDiffView.Row("activity", "changed", "1.1.1", "Obuka", "deadline", "II kvartal 2025", "III kvartal 2025"),
                new ImportDiffView.Row("activity", "changed", "1.1.1", "Obuka", "partners", "Tužilaštvo; Sud", "—"),
                new ImportDiffView.Row("activity", "removed", "1.1.2", "Radionica", null, "1.1 Edukacija", null));
    }

    @Test
    void theUnchangedFileSaysSoAndListsNothing() {
        ImportDiffView diff = ImportDiffView.of(Map.of("diff", Map.of("baseVersion", 3, "changes", false,
                "sentence", "no changes", "plan", List.of(), "nodes", Map.of("counts", counts(0, 0, 0, 2)),
                "activities", Map.of("counts", counts(0, 0, 0, 5)))));

        assertThat(diff.changes()).isFalse();
        assertThat(diff.rows()).isEmpty();
        assertThat(diff.activities().unchanged()).isEqualTo(5);
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertThat(ImportDiffView.show(null)).isEqualTo("—");
        assertThat(ImportDiffView.show(node(null, null, "Nova oblast"))).as("a node without a code").isEqualTo("Nova oblast");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("report", "kvartalno");
        extra.put("budget", 1200);
        assertThat(ImportDiffView.show(extra)).isEqualTo("report: kvartalno; budget: 1200");
        assertThat(ImportDiffView.show(List.of(Map.of("text", "broj obuka")))).isEqualTo("text: broj obuka");
        assertThat(ImportDiffView.show(Arrays.asList("a", null))).isEqualTo("a; —");
    }

    private static Map<String, Object> node(String id, String code, String title) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", id);
        node.put("code", code);
        node.put("title", title);
        return node;
    }

    private static Map<String, Object> counts(int changed, int added, int removed, int unchanged) {
        return Map.of("changed", changed, "added", added, "removed", removed, "unchanged", unchanged);
    }

    private static Map<String, Object> field(String name, Object before, Object after) {
        return Map.of("field", name, "before", before, "after", after);
    }
}
