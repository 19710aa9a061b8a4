package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ChangePlan;
import org.ariadne.plans.plan.Patch;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanDiff.FieldChange;
import org.ariadne.plans.plan.PlanMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matching a file against the draft it is imported into, and the difference it shows: plain JUnit on plans assembled
 * from JSON lines, as the import assembles them. The Montenegro seed restarts its codes in every chapter (1.1.1 is
 * printed 23 times over), so it proves that codes are matched inside their node first.
 */
class DraftImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChangePlan NO_HEADER_CHANGE = new ChangePlan(Patch.absent(), Patch.absent(), Patch.absent(),
            Patch.absent(), Patch.absent());
    private static final List<String> ME_LEVELS = List.of("Poglavlje", "Strateški cilj", "Operativni cilj");

    @Test
    void theUnchangedMontenegroSeedChangesNothingAndKeepsEveryId() {
        List<ObjectNode> seed = seed("me-action-plan-2017-2018.jsonl");
        Plan draft = draft(seed, ME_LEVELS);
        DraftImport.Result result = DraftImport.apply(draft, read(seed, ME_LEVELS), NO_HEADER_CHANGE, NOW);
        ImportDiff diff = ImportDiff.of(draft, result, null);

        assertThat(diff.changes()).isFalse();
        assertThat(diff.sentence()).isEqualTo("no changes");
        assertThat(diff.activities().counts()).isEqualTo(new ImportDiff.Counts(0, 0, 0, 95));
        assertThat(diff.nodes().counts()).isEqualTo(new ImportDiff.Counts(0, 0, 0, 53));
        assertThat(result.merged().activities()).extracting(PlanActivity::id)
                .containsExactlyElementsOf(draft.activities().stream().map(PlanActivity::id).toList());
    }

    @Test
    void aRepeatedCodeIsMatchedInsideItsOwnNode() {
        List<ObjectNode> seed = seed("me-action-plan-2017-2018.jsonl");
        Plan draft = draft(seed, ME_LEVELS);
        // 1.1.1 of chapter II (the same code as in chapters I, I-a …) gets a new title
        ObjectNode edited = seed.stream().filter(r -> "1.1.1".equals(r.get("code").asString())
                && "II".equals(r.get("path").get(0).get("code").asString())).findFirst().orElseThrow();
        String oldTitle = edited.get("title").asString();
        edited.put("title", "Izrada i usvajanje standardnih operativnih procedura za identifikaciju žrtava");

        DraftImport.Result result = DraftImport.apply(draft, read(seed, ME_LEVELS), NO_HEADER_CHANGE, NOW);
        ImportDiff diff = ImportDiff.of(draft, result, null);

        assertThat(diff.sentence()).isEqualTo("1 activity changed, 0 added, 0 removed; 0 nodes changed, 0 added, 0 removed "
                + "(94 activities and 53 nodes unchanged)");
        ImportDiff.Change change = diff.activities().changed().get(0);
        assertThat(change.code()).isEqualTo("1.1.1");
        assertThat(change.matchedBy()).isEqualTo("code");
        assertThat(change.fields()).containsExactly(new FieldChange("title", oldTitle, edited.get("title").asString()));
        PlanActivity before = draft.activities().stream().filter(a -> a.title().equals(oldTitle)).findFirst().orElseThrow();
        assertThat(change.id()).isEqualTo(before.id());
    }

    @Test
    void anInsertedActivityWithTheRestRenumberedKeepsTheIdsOfTheRenumberedOnes() {
        Plan draft = draft(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.1", "1.1.2", "Obuka"), line("1.1", "1.1.3", "Analiza")));
        Plan file = read(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.1", "1.1.2", "Radionica"),
                line("1.1", "1.1.3", "Obuka"), line("1.1", "1.1.4", "Analiza")));

        ImportDiff diff = diff(draft, file);

        assertThat(diff.activities().added()).extracting(ImportDiff.Item::code, ImportDiff.Item::title)
                .containsExactly(tuple("1.1.2", "Radionica"));
        assertThat(diff.activities().changed()).extracting(ImportDiff.Change::id, ImportDiff.Change::matchedBy,
                c -> c.fields().get(0)).containsExactly(
                        tuple(idOf(draft, "Obuka"), "title", new FieldChange("code", "1.1.2", "1.1.3")),
                        tuple(idOf(draft, "Analiza"), "title", new FieldChange("code", "1.1.3", "1.1.4")));
        assertThat(diff.activities().removed()).isEmpty();
    }

    @Test
    void aMovedActivityKeepsItsIdAndShowsBothNodes() {
        Plan draft = draft(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.1", "1.1.2", "Obuka"),
                line("1.2", "1.2.1", "Analiza")));
        Plan file = read(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.2", "1.2.1", "Analiza"),
                line("1.2", "1.1.2", "Obuka")));

        ImportDiff diff = diff(draft, file);

        assertThat(diff.activities().counts()).isEqualTo(new ImportDiff.Counts(0, 1, 0, 2));
        ImportDiff.Change moved = diff.activities().changed().get(0);
        assertThat(moved.id()).isEqualTo(idOf(draft, "Obuka"));
        assertThat(moved.matchedBy()).isEqualTo("code and title");
        assertThat(moved.fields()).hasSize(1);
        assertThat(moved.fields().get(0).field()).isEqualTo("node");
        assertThat((ImportDiff.NodeRef) moved.fields().get(0).before()).extracting(ImportDiff.NodeRef::code).isEqualTo("1.1");
        assertThat((ImportDiff.NodeRef) moved.fields().get(0).after()).extracting(ImportDiff.NodeRef::code).isEqualTo("1.2");
    }

    @Test
    void aRenamedNodeAndARemovedRowAndANodeOnlyTheFileHas() {
        Plan draft = draft(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.1", "1.1.2", "Obuka"),
                line("1.2", "1.2.1", "Analiza")));
        List<String> edited = new ArrayList<>(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.2", "1.2.1", "Analiza"),
                line("1.3", "1.3.1", "Istraživanje")));
        edited.replaceAll(l -> l.replace("\"Program 1.1\"", "\"Podizanje svijesti\""));
        Plan file = read(edited);

        ImportDiff diff = diff(draft, file);

        assertThat(diff.sentence()).isEqualTo("0 activities changed, 1 added, 1 removed; 1 node changed, 1 added, 0 removed "
                + "(2 activities and 2 nodes unchanged)");
        assertThat(diff.nodes().changed()).singleElement().satisfies(c -> {
            assertThat(c.matchedBy()).isEqualTo("code");
            assertThat(c.fields()).containsExactly(new FieldChange("title", "Program 1.1", "Podizanje svijesti"));
        });
        assertThat(diff.nodes().added()).singleElement().satisfies(i -> {
            assertThat(i.id()).as("a dry run gives added nodes no id").isNull();
            assertThat(i.code()).isEqualTo("1.3");
            assertThat(i.under().code()).isEqualTo("1");
        });
        assertThat(diff.activities().added()).singleElement().satisfies(i -> assertThat(i.under().id()).isNull());
        assertThat(diff.activities().removed()).extracting(ImportDiff.Item::id, ImportDiff.Item::title)
                .containsExactly(tuple(idOf(draft, "Obuka"), "Obuka"));
    }

    @Test
    void aCodeThatRepeatsIsNeverMatchedOutsideItsNode() {
        // 1.1.1 under 1.1 is removed; another 1.1.1 under 1.2 is new, with another title: no match across nodes
        Plan draft = draft(List.of(line("1.1", "1.1.1", "Kampanja"), line("1.2", "1.1.1", "Obuka")));
        Plan file = read(List.of(line("1.2", "1.1.1", "Obuka"), line("1.2", "1.1.1", "Radionica")));

        ImportDiff diff = diff(draft, file);

        assertThat(diff.activities().counts()).isEqualTo(new ImportDiff.Counts(1, 0, 1, 1));
        assertThat(diff.activities().removed()).extracting(ImportDiff.Item::title).containsExactly("Kampanja");
    }

    @Test
    void whatNoFileCarriesStaysAsTheDraftHasIt() {
        String withIndicator = line("1.1", "1.1.1", "Kampanja").replace("\"lead_institutions\":[\"MUP\"]",
                "\"lead_institutions\":[\"MUP\"],\"indicators\":[\"Broj kampanja\"]");
        Plan imported = draft(List.of(withIndicator));
        PlanActivity activity = imported.activities().get(0);
        ActivityDetails.Builder enriched = activity.details().toBuilder();
        enriched.institutionIds = Map.of("MUP", "inst-1", "Nekadašnji partner", "inst-2");
        enriched.indicators = List.of(new ActivityDetails.Indicator("Broj kampanja", "count", "campaigns", "0",
                Map.of("2025", "2"), List.of(), null));
        enriched.funding = List.of(new ActivityDetails.FundingReference("donations", null, "IOM", "5000", "BAM", 2025));
        PlanActivity edited = new PlanActivity(activity.id(), activity.nodeId(), activity.code(), activity.title(),
                activity.deadline(), activity.leadInstitutions(), enriched.build());
        Plan draft = imported.withImportedTree(imported.nodes(), List.of(edited), NOW).atVersion(9);

        Plan file = read(List.of(withIndicator));
        DraftImport.Result result = DraftImport.apply(draft, file, NO_HEADER_CHANGE, NOW);
        ActivityDetails merged = result.merged().activities().get(0).details();

        assertThat(merged.institutionIds()).as("the links of names still printed").containsExactly(Map.entry("MUP", "inst-1"));
        assertThat(merged.indicators()).isEqualTo(enriched.indicators);
        assertThat(merged.funding()).isEqualTo(enriched.funding);
        assertThat(ImportDiff.of(draft, result, null).activities().changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).extracting(FieldChange::field).containsExactly("institutionIds.Nekadašnji partner"));
    }

    @Test
    void thePlansOwnFieldsChangeOnlyWhenTheRequestOrTheFilesOwnHeaderSaysSo() {
        Plan draft = draft(List.of(line("1.1", "1.1.1", "Kampanja")));
        ChangePlan renamed = new ChangePlan(Patch.of("Akcioni plan 2025-2027"), Patch.absent(), Patch.absent(),
                Patch.of("2027-12-31"), Patch.absent());

        ImportDiff diff = ImportDiff.of(draft, DraftImport.apply(draft, read(List.of(line("1.1", "1.1.1", "Kampanja"))),
                renamed, NOW), null);

        assertThat(diff.plan()).containsExactly(new FieldChange("title", "Probni plan", "Akcioni plan 2025-2027"),
                new FieldChange("periodTo", null, "2027-12-31"));
        assertThat(diff.sentence()).endsWith("; the plan's title, periodTo changed (1 activity and 2 nodes unchanged)");
    }

    // ---------------------------------------------------------------- helpers

    private static ImportDiff diff(Plan draft, Plan file) {
        return ImportDiff.of(draft, DraftImport.apply(draft, file, NO_HEADER_CHANGE, NOW), null);
    }

    private static String idOf(Plan plan, String title) {
        return plan.activities().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
    }

    /** A line of a two-level plan: area 1, programme {@code programme} ("Program 1.1"), the activity. */
    private static String line(String programme, String code, String title) {
        return "{\"path\":[{\"level\":\"Oblast\",\"code\":\"1\",\"title\":\"Prevencija\"},{\"level\":\"Program\",\"code\":\""
                + programme + "\",\"title\":\"Program " + programme + "\"}],\"code\":\"" + code + "\",\"title\":\"" + title
                + "\",\"lead_institutions\":[\"MUP\"]}";
    }

    private static Plan draft(List<String> lines) {
        return read(lines).atVersion(7);
    }

    private static Plan read(List<String> lines) {
        return assemble(String.join("\n", lines), List.of("Oblast", "Program"));
    }

    private static Plan draft(List<ObjectNode> seed, List<String> levels) {
        return read(seed, levels).atVersion(42);
    }

    private static Plan read(List<ObjectNode> seed, List<String> levels) {
        List<String> lines = new ArrayList<>();
        seed.forEach(row -> lines.add(JSON.writeValueAsString(row)));
        return assemble(String.join("\n", lines), levels);
    }

    private static Plan assemble(String jsonLines, List<String> levels) {
        ParsedTable table = JsonLinesReader.read(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));
        PlanAssembler.Assembly assembly = PlanAssembler.assemble("Probni plan", levels, PlanMetadata.NONE, table, NOW);
        assertThat(assembly.blocking()).as(assembly.problems().toString()).isFalse();
        return assembly.plan();
    }

    /** A seed file as mutable rows (a fresh copy each time). */
    private static List<ObjectNode> seed(String file) {
        try {
            List<ObjectNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Imports.SEEDS.resolve(file))) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    rows.add((ObjectNode) row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
