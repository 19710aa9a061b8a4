package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanAssembler;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanNode;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import tools.jackson.databind.JsonNode;

/**
 * Tables as documents nobody on the project made lay them out: the adopted BiH document's own shape (areas as
 * paragraphs between tables, each programme a table of its own with its heading above the header row, a programme
 * split over two tables, a caption, a signature table), heading rows told apart only by formatting (bold, Word
 * heading styles), the older hMerge, a note inside the table, a task split by a page break, codes that repeat.
 */
class ForeignTablesTest {

    private static final String[] BA_HEADER = {"", "Aktivnost", "Vremenski rok", "Institucija nadležna za provođenje",
        "Pokazatelj implementacije"};

    @Test
    void theAdoptedBosnianDocumentsOwnShapeGivesItsTree() throws Exception {
        List<JsonNode> seed = SeedLayouts.seed("ba");
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "U skladu sa strateškom mjerom A.1. Strategije, Vijeće ministara je usvojilo Akcioni plan.",
                    false);
            String area = null;
            String programme = null;
            XWPFTable table = null;
            int rowsInTable = 0;
            boolean split = false;
            for (JsonNode row : seed) {
                JsonNode a = row.get("path").get(0);
                JsonNode p = row.get("path").get(1);
                if (!a.get("code").asString().equals(area)) {
                    area = a.get("code").asString();
                    if (area.equals("1")) {
                        paragraph(document, "Tabela 1: Aktivnosti po strateškim programima", false);
                    }
                    paragraph(document, area + ". " + a.get("title").asString(), true);
                }
                // programme 1.2 goes on in a second table after three activities, its heading and header repeated
                boolean pageBreak = !split && rowsInTable == 3 && p.get("code").asString().equals("1.2");
                split |= pageBreak;
                if (!p.get("code").asString().equals(programme) || pageBreak) {
                    programme = p.get("code").asString();
                    // each programme a table: its heading in the first cell of the first row, then the header
                    table = document.createTable(1, BA_HEADER.length);
                    table.getRow(0).getCell(0).setText("Strateški program " + programme + ". " + p.get("title").asString());
                    fill(table.createRow(), BA_HEADER);
                    rowsInTable = 0;
                }
                fill(table.createRow(), row.get("code").asString() + ".", SeedLayouts.text(row, "title"),
                        SeedLayouts.text(row, "deadline_raw"), SeedLayouts.lines(row, "lead_institutions"),
                        SeedLayouts.lines(row, "indicators"));
                rowsInTable++;
            }
            XWPFTable signature = document.createTable(1, 2);
            fill(signature.getRow(0), "Broj: 01-50-1-2020", "Predsjedavajući Vijeća ministara");
            paragraph(document, "Ovaj Akcioni plan stupa na snagu danom donošenja.", false);
            document.write(out);
            bytes = out.toByteArray();
        }

        ParsedTable table = new DocxPlanReader().read(new ByteArrayInputStream(bytes), DefaultColumnMappings.standard());
        PlanAssembler.Assembly assembly = assemble(table);

        assertThat(assembly.problems()).filteredOn(p -> p.understood() == null).isEmpty();
        Plan plan = assembly.plan();
        assertThat(plan.nodes().stream().filter(n -> n.level() == 1).map(PlanNode::code))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(plan.nodes().stream().filter(n -> n.level() == 2)).hasSize(30);
        assertThat(plan.activities()).hasSize(117);
        assertThat(plan.levelNames()).containsExactly("Level 1", "Strateški program");
        assertThat(plan.activities().get(3).code()).isEqualTo("1.1.4.");
        assertThat(assembly.reading().sentence()).contains("5 headings at level 1, 31 at level 2 (Strateški program), "
                + "117 activities, 1 header row, 30 repeated header rows, 1 ignored (1 in a table without the plan's header)");
    }

    @Test
    void headingsWithoutCodesAreToldApartByBoldness() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Plan");
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        String[][] rows = {
            {"R.br.", "Aktivnost", "Rok", "Nosilac"},
            {"Sistem podrške"},                              // bold: an area
            {"Usvojiti akcione planove"},                    // plain: a programme inside it
            {"1.1.1", "Donijeti odluku", "2020.", "Ministarstvo sigurnosti"},
            {"Provoditi monitoring"},
            {"1.2.1", "Izraditi metodologiju", "2020.", "Ministarstvo sigurnosti"},
            {"Prevencija"},
            {"Provoditi kampanje"},
            {"2.1.1", "Kampanja", "2021.", "Ministarstvo sigurnosti"},
        };
        for (int r = 0; r < rows.length; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
                if (r == 1 || r == 6) {
                    row.getCell(c).setCellStyle(bold);
                }
            }
        }

        PlanAssembler.Assembly assembly = assemble(new XlsxPlanReader().read(
                new ByteArrayInputStream(TestRows.xlsx(workbook)), DefaultColumnMappings.standard()));

        assertThat(assembly.problems()).isEmpty();
        assertThat(tree(assembly.plan())).containsExactly("1 Sistem podrške", "2 Usvojiti akcione planove",
                "2 Provoditi monitoring", "1 Prevencija", "2 Provoditi kampanje");
    }

    @Test
    void wordHeadingStylesOldHorizontalMergesAndANoteRowInsideTheTable() throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(headingStyle("Heading1", "heading 1", 0));
            styles.addStyle(headingStyle("Heading2", "heading 2", 1));
            XWPFTable table = document.createTable(1, 3);
            fill(table.getRow(0), "Aktivnost", "Rok", "Nosilac");
            horizontallyMerged(table, "Sistem podrške", "Heading1");
            horizontallyMerged(table, "Usvojiti akcione planove", "Heading2");
            fill(table.createRow(), "Donijeti odluku", "2020.", "Ministarstvo sigurnosti");
            horizontallyMerged(table, "Provoditi monitoring", "Heading2");
            fill(table.createRow(), "Izraditi metodologiju", "2020.", "Ministarstvo sigurnosti");
            horizontallyMerged(table, "Prevencija", "Heading1");
            horizontallyMerged(table, "Provoditi kampanje", "Heading2");
            fill(table.createRow(), "Kampanja", "2021.", "Ministarstvo sigurnosti");
            horizontallyMerged(table, "Napomena: rokovi su okvirni.", null);
            document.write(out);
            bytes = out.toByteArray();
        }

        PlanAssembler.Assembly assembly = assemble(new DocxPlanReader().read(new ByteArrayInputStream(bytes),
                DefaultColumnMappings.standard()));

        assertThat(tree(assembly.plan())).containsExactly("1 Sistem podrške", "2 Usvojiti akcione planove",
                "2 Provoditi monitoring", "1 Prevencija", "2 Provoditi kampanje");
        assertThat(assembly.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(10);
            assertThat(p.understood()).isEqualTo("read as a note, not as part of the plan");
        });
    }

    @Test
    void aTaskSplitByAPageBreakAndCodesThatRepeat() {
        String csv = "Št.;Naloga;Nosilec;Rok\n"
                + "3 IDENTIFIKACIJA IN POMOČ;;;\n"
                + "3.1 / Cilj 1;Oskrba žrtev;MDDSZ;2023\n"
                + "Št.;Naloga;Nosilec;Rok\n"                                  // the header again, after a page break
                + "3.1 / Cilj 2;Oskrba žrtev;MNZ;2024\n"
                + "3.2;Sodelovanje;UOIM;2024\n"
                + "3.2;Sodelovanje z NVO;UOIM;2024\n"                         // the same number, another task
                + "3.3;Izobraževanje;MNZ;2023\n"
                + ";;MDDSZ;2024\n"                                            // nothing of its own but a block
                + "3.4;Poročilo;MNZ;2023\n"
                + "3.5;Poročilo;MNZ;2024\n";                                  // the same text, another number

        PlanAssembler.Assembly assembly = assemble(new CsvPlanReader().read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), DefaultColumnMappings.standard()));

        List<PlanActivity> activities = assembly.plan().activities();
        assertThat(activities).extracting(PlanActivity::code).containsExactly("3.1", "3.2", "3.2", "3.3", "3.4", "3.5");
        assertThat(activities.get(0).details().responsibilities()).extracting(r -> r.code())
                .containsExactly("3.1 / Cilj 1", "3.1 / Cilj 2");
        assertThat(activities.get(0).leadInstitutions()).containsExactly("MDDSZ", "MNZ");
        assertThat(activities.get(3).details().responsibilities()).hasSize(2);
        assertThat(assembly.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(9, "Naloga"));
        assertThat(assembly.problems()).filteredOn(p -> p.understood() == null).isEmpty();
        assertThat(assembly.reading().sentence()).isEqualTo("read 11 rows: 1 heading at level 1, 6 activities, "
                + "2 rows that continue the activity above as a further responsibility block (8 blocks in all), "
                + "1 header row, 1 repeated header row");
    }

    @Test
    void headingsTypedIntoTheCodeAndActivityColumnsOfAnUnmergedSheet() {
        String csv = "R.br.;Aktivnost;Rok;Nosilac\n"
                + "1;PREVENCIJA;;\n"
                + "1.1;Edukacija;;\n"
                + "1.1.1;Obuka policijskih službenika;2020.;MUP\n"
                + "1.1.2;Obuka sudija;;\n"                  // an activity with nothing else filled in: as deep as the others
                + "1.2;Kampanje;;\n"
                + "1.2.1;Kampanja u školama;2021.;Ministarstvo obrazovanja\n";

        PlanAssembler.Assembly assembly = assemble(new CsvPlanReader().read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), DefaultColumnMappings.standard()));

        assertThat(tree(assembly.plan())).containsExactly("1 PREVENCIJA", "2 Edukacija", "2 Kampanje");
        assertThat(assembly.plan().activities()).extracting(PlanActivity::code).containsExactly("1.1.1", "1.1.2", "1.2.1");
    }

    @Test
    void aLevelColumnPrintedOnARowOfItsOwnIsANodeAndTextThatGoesOnIsPointedOut() {
        String csv = "Poglavje;Naloga;Nosilec\n"
                + "1 PREPREČEVANJE;;\n"
                + ";Spletna stran;MNZ\n"
                + ";in družbena omrežja;\n"
                + "2 PREGON;;\n"
                + "3 POMOČ;;\n"
                + ";Oskrba žrtev;MDDSZ\n";

        PlanAssembler.Assembly assembly = assemble(new CsvPlanReader().read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), DefaultColumnMappings.standard()));

        assertThat(tree(assembly.plan())).containsExactly("1 PREPREČEVANJE", "1 PREGON", "1 POMOČ");
        assertThat(assembly.plan().levelNames()).containsExactly("Poglavje");
        assertThat(assembly.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.problem()).contains("split by a page break");
        });
    }

    private static PlanAssembler.Assembly assemble(ParsedTable table) {
        return PlanAssembler.assemble("Plan", null, PlanMetadata.NONE, table, Instant.now());
    }

    /** The tree as "level title" lines, depth first. */
    private static List<String> tree(Plan plan) {
        List<String> lines = new ArrayList<>();
        walk(plan, null, lines);
        return lines;
    }

    private static void walk(Plan plan, String parentId, List<String> lines) {
        for (PlanNode node : plan.nodes()) {
            if (java.util.Objects.equals(node.parentId(), parentId)) {
                lines.add(node.level() + " " + node.title());
                walk(plan, node.id(), lines);
            }
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold) {
        XWPFRun run = document.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            String[] lines = texts[c].split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.createRun().setText(lines[i]);
            }
        }
    }

    /** A row whose first cell is merged with the others the old way (hMerge restart + continue), as Word still reads. */
    private static void horizontallyMerged(XWPFTable table, String text, String style) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.getCTTc().addNewTcPr().addNewHMerge().setVal(c == 0 ? STMerge.RESTART : STMerge.CONTINUE);
        }
        XWPFParagraph paragraph = row.getCell(0).getParagraphs().get(0);
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private static org.apache.poi.xwpf.usermodel.XWPFStyle headingStyle(String id, String name, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        return new org.apache.poi.xwpf.usermodel.XWPFStyle(style);
    }
}
