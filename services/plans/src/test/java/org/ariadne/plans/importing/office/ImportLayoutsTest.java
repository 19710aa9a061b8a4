package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ariadne.plans.importing.ImportReading;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanAssembler;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's acceptance: the BiH, Slovenian and Kosovo plans, each in three layouts (and Kosovo printing only its
 * specific objectives), as DOCX and as XLSX, made by two producers — Apache POI writing the way Word and Excel do, and
 * LibreOffice converting HTML (the fixtures under import-layouts/libreoffice, made by {@link LibreOfficeLayoutFixtures})
 * — all read into exactly the seed plan's tree: its nodes per level with their codes, its activities in order under the
 * right node, its responsibility blocks; and every row of each file accounted for.
 */
class ImportLayoutsTest {

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (SeedLayouts.Case layout : SeedLayouts.cases()) {
            for (String format : List.of("docx", "xlsx")) {
                documents.add(Arguments.of("poi", format, layout));
                documents.add(Arguments.of("libreoffice", format, layout));
            }
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{2} as {1} by {0}")
    @MethodSource("documents")
    void everyLayoutGivesTheSeedPlansTree(String producer, String format, SeedLayouts.Case layout) {
        byte[] file = producer.equals("poi") ? poi(format, layout) : fixture(layout.name() + "." + format);
        ParsedTable table = format.equals("docx")
                ? new DocxPlanReader().read(new ByteArrayInputStream(file), DefaultColumnMappings.standard())
                : new XlsxPlanReader().read(new ByteArrayInputStream(file), DefaultColumnMappings.standard());

        PlanAssembler.Assembly assembly = PlanAssembler.assemble("Plan", null, PlanMetadata.NONE, table, Instant.now());

        assertThat(assembly.problems()).as("blocking problems").filteredOn(p -> p.understood() == null).isEmpty();
        Plan plan = assembly.plan();
        Expected expected = Expected.of(layout);
        assertThat(codesAtLevel(plan, 1)).as("level 1").containsExactlyElementsOf(expected.levelCodes.get(0));
        if (expected.levelCodes.size() > 1) {
            assertThat(codesAtLevel(plan, 2)).as("level 2").containsExactlyElementsOf(expected.levelCodes.get(1));
        }
        assertThat(plan.levelNames()).hasSize(expected.levelCodes.size());
        assertThat(plan.activities()).extracting(PlanActivity::title).as("activities in order")
                .containsExactlyElementsOf(expected.titles);
        assertThat(plan.activities()).extracting(a -> plan.node(a.nodeId()).map(PlanNode::code).orElse(null))
                .as("the node each activity hangs under").containsExactlyElementsOf(expected.nodeCodes);
        assertThat(assembly.summary().responsibilityBlocks()).isEqualTo(expected.blocks);

        ImportReading reading = assembly.reading();
        assertThat(reading.activities()).isEqualTo(expected.titles.size());
        assertThat(reading.responsibilityBlocks()).isEqualTo(expected.blocks);
        int headingRows = reading.headings().stream().mapToInt(ImportReading.HeadingRows::rows).sum();
        int ignored = reading.ignored().stream().mapToInt(ImportReading.IgnoredRows::rows).sum();
        assertThat(headingRows + reading.activities() + reading.continuationRows() + reading.headerRows()
                + reading.repeatedHeaderRows() + ignored + reading.problemRows()).as("every row accounted for: " + reading)
                .isEqualTo(reading.rows());
        assertThat(reading.sentence()).startsWith("read " + reading.rows() + " rows: ")
                .contains(expected.titles.size() + " activities");
    }

    private static byte[] poi(String format, SeedLayouts.Case layout) {
        LayoutDocument document = layout.document();
        return format.equals("docx") ? document.docx() : document.xlsx();
    }

    static byte[] fixture(String file) {
        try (InputStream in = ImportLayoutsTest.class.getResourceAsStream("/import-layouts/libreoffice/" + file)) {
            assertThat(in).as("fixture " + file + " (see import-layouts/README.md)").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> codesAtLevel(Plan plan, int level) {
        return plan.nodes().stream().filter(n -> n.level() == level).map(PlanNode::code).toList();
    }

    /** What the seed says the tree is. */
    private record Expected(List<List<String>> levelCodes, List<String> titles, List<String> nodeCodes, int blocks) {

        static Expected of(SeedLayouts.Case layout) {
            List<JsonNode> seed = SeedLayouts.seed(layout.plan());
            boolean specificOnly = layout.layout() == SeedLayouts.Layout.SPECIFIC_ONLY;
            List<Set<String>> levels = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<String> nodeCodes = new ArrayList<>();
            String lastTask = null;
            for (JsonNode row : seed) {
                List<JsonNode> path = new ArrayList<>();
                row.get("path").forEach(path::add);
                if (specificOnly) {
                    path = path.subList(1, path.size());
                }
                for (int depth = 0; depth < path.size(); depth++) {
                    while (levels.size() <= depth) {
                        levels.add(new LinkedHashSet<>());
                    }
                    levels.get(depth).add(path.get(depth).get("code").asString());
                }
                String task = row.has("task_code") ? row.get("task_code").asString() : row.get("code").asString();
                if (!task.equals(lastTask)) {
                    titles.add(row.get("title").asString());
                    nodeCodes.add(path.get(path.size() - 1).get("code").asString());
                }
                lastTask = task;
            }
            List<List<String>> codes = new ArrayList<>();
            levels.forEach(l -> codes.add(List.copyOf(l)));
            return new Expected(codes, titles, nodeCodes, seed.size());
        }
    }
}
