package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ariadne.plans.importing.Imports;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the import job says about a table it read: every row accounted for (machine-readable counts and one sentence),
 * levels the file leaves unnamed named by the tenant's defaults ({@code /plans/settings}), and a document whose
 * structure cannot be inferred refused row by row.
 */
@ServiceTest
class ImportReadingApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;
    Imports imports;

    @BeforeEach
    void setUp() {
        TestTenants.provision(context, "ba-r1", "ba-r2", "si-r1", "ba-r3", "ba-r4");
        api = new Api(port);
        imports = new Imports(api);
    }

    @Test
    void theDryRunAccountsForEveryRowAndNamesUnnamedLevelsAfterTheTenantsSettings() {
        Api.Response saved = api.put("/api/t/ba-r1/plans/settings", TestJwts.forTenant("ba-r1"),
                "{\"defaultLevelNames\": [\" Oblast \", \"Program\"]}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        byte[] document = SeedLayouts.ba(SeedLayouts.Layout.HEADINGS).docx();

        Api.Response job = imports.run("ba-r1", document, DOCX, "format=docx&mode=dry-run&title=Akcioni%20plan%202020-2023");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        // level 1 prints no label ("1. SISTEM PODRŠKE"): the tenant's name; level 2 prints its own ("Strateški program")
        assertThat(job.<List<String>>json("$.details.summary.levels[*].name")).containsExactly("Oblast", "Strateški program");
        assertThat(job.<List<Integer>>json("$.details.summary.levels[*].nodes")).containsExactly(5, 30);
        assertThat(job.<Integer>json("$.details.summary.activities")).isEqualTo(117);
        assertThat(job.<List<String>>json("$.details.tree[0:2].code")).containsExactly("1", "1.1");
        assertThat(job.<String>json("$.details.tree[1].title")).isEqualTo("Usvojiti Akcione planove za provedbu Strategije");
        Map<String, Object> reading = job.json("$.details.reading");
        assertThat(reading).containsEntry("rows", 187).containsEntry("activities", 117).containsEntry("headerRows", 1)
                .containsEntry("repeatedHeaderRows", 29).containsEntry("problemRows", 0);
        assertThat(job.<List<Integer>>json("$.details.reading.headings[*].rows")).containsExactly(5, 30);
        assertThat(job.<List<String>>json("$.details.reading.headings[*].name")).containsExactly("Oblast", "Strateški program");
        assertThat(job.<String>json("$.details.reading.sentence")).isEqualTo("read 187 rows: 5 headings at level 1 (Oblast), "
                + "30 at level 2 (Strateški program), 117 activities, 1 header row, 29 repeated header rows, "
                + "5 ignored (1 above the header row, 4 empty)");
    }

    @Test
    void withoutSettingsAnUnnamedLevelIsLevelN() {
        Api.Response job = imports.run("ba-r2", SeedLayouts.ba(SeedLayouts.Layout.HEADINGS).xlsx(), XLSX,
                "format=xlsx&mode=dry-run&title=Akcioni%20plan%202020-2023");

        assertThat(job.<List<String>>json("$.details.summary.levels[*].name")).containsExactly("Level 1", "Strateški program");
        assertThat(job.<String>json("$.details.reading.sentence")).startsWith("read 189 rows: 5 headings at level 1, 30 at level 2 "
                + "(Strateški program), 117 activities").contains("1 below the last activity (a note)");
        assertThat(job.<List<Map<String, Object>>>json("$.issues")).singleElement()
                .satisfies(p -> assertThat(p.get("understood")).isEqualTo("read as a note, not as part of the plan"));
    }

    @Test
    void aSlovenianTableWithMergedTaskCellsCommitsAs45TasksWith49Blocks() {
        Api.Response job = imports.run("si-r1", ImportLayoutsTest.fixture("si-merged.xlsx"), XLSX,
                "format=xlsx&mode=commit&title=Akcijski%20na%C4%8Drt%202023-2024&levelNames=Poglavje&levelNames=Podpoglavje");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<String>json("$.details.reading.sentence")).contains("45 activities, 4 rows that continue the activity "
                + "above as a further responsibility block (49 blocks in all)");
        Api.Response plan = api.get("/api/t/si-r1/plans/" + job.json("$.result.resourceId"), TestJwts.forTenant("si-r1"));
        assertThat(plan.<Integer>json("$.counts.activities")).isEqualTo(45);
        assertThat(plan.<Integer>json("$.counts.responsibilityBlocks")).isEqualTo(49);
        assertThat(plan.<List<Integer>>json("$.counts.levels[*].nodes")).containsExactly(6, 4);
        // task 3.1 is printed over two rows with its number and text merged down: one activity, two blocks
        List<Map<String, Object>> task = plan.json("$.nodes[2].activities[?(@.code == '3.1')]");
        assertThat(task).singleElement().satisfies(t -> assertThat((List<?>) t.get("responsibilities")).hasSize(2));
    }

    @Test
    void aDocumentWhoseStructureCannotBeInferredSaysSoRowByRowAndWritesNothing() throws Exception {
        byte[] document;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = word.createTable(1, 3);
            cells(table.getRow(0), "Aktivnost", "Rok", "Nosilac");
            lone(table, "Sistem podrške");                 // row 2
            lone(table, "Usvojiti akcione planove");       // row 3: inside row 2, or next to it?
            cells(table.createRow(), "Donijeti odluku", "2020.", "Ministarstvo sigurnosti");
            lone(table, "Provoditi monitoring");           // row 5
            cells(table.createRow(), "Izraditi metodologiju", "2020.", "Ministarstvo sigurnosti");
            lone(table, "Prevencija");                     // row 7
            lone(table, "Provoditi kampanje");             // row 8
            cells(table.createRow(), "Kampanja", "2021.", "Ministarstvo sigurnosti");
            word.write(out);
            document = out.toByteArray();
        }

        Api.Response job = imports.run("ba-r3", document, DOCX, "format=docx&mode=dry-run&title=Plan%202020-2023");

        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("failed");
        List<Map<String, Object>> problems = job.json("$.issues");
        assertThat(problems).extracting(p -> p.get("row")).containsExactly(2, 3, 5, 7, 8);
        assertThat(problems).allSatisfy(p -> {
            assertThat((String) p.get("problem")).contains("cannot be inferred");
            assertThat(p.get("understood")).isNull();
        });
        assertThat(job.<Integer>json("$.details.reading.problemRows")).isEqualTo(5);
        assertThat(job.<String>json("$.details.reading.sentence")).isEqualTo("read 9 rows: 3 activities, 1 header row, "
                + "5 rows with a problem");
    }

    @Test
    void settingsAreReadByEveryMemberAndChangedByCoordinatorsWithValidNames() {
        String path = "/api/t/ba-r4/plans/settings";
        assertThat(api.get(path, TestJwts.forTenant("ba-r4", "viewer")).<List<String>>json("$.defaultLevelNames")).isEmpty();

        assertThat(api.put(path, TestJwts.forTenant("ba-r4", "viewer"), "{\"defaultLevelNames\": [\"Oblast\"]}").status())
                .isEqualTo(403);
        Api.Response blank = api.put(path, TestJwts.forTenant("ba-r4"), "{\"defaultLevelNames\": [\"Oblast\", \" \"]}");
        assertThat(blank.status()).isEqualTo(422);
        Api.Response tooMany = api.put(path, TestJwts.forTenant("ba-r4"),
                "{\"defaultLevelNames\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]}");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(api.put(path, TestJwts.forTenant("ba-r4"), "{}").status()).isEqualTo(422);

        assertThat(api.put(path, TestJwts.forTenant("ba-r4"), "{\"defaultLevelNames\": [\"Oblast\", \"Strateški program\"]}")
                .status()).isEqualTo(200);
        assertThat(api.get(path, TestJwts.forTenant("ba-r4", "viewer")).<List<String>>json("$.defaultLevelNames"))
                .containsExactly("Oblast", "Strateški program");
    }

    private static void cells(org.apache.poi.xwpf.usermodel.XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            row.getCell(c).setText(texts[c]);
        }
    }

    /** A row of one cell across the table: a heading, by its shape, but without code, label or formatting. */
    private static void lone(XWPFTable table, String text) {
        org.apache.poi.xwpf.usermodel.XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
        row.getCell(0).setText(text);
    }
}
