package org.ariadne.plans.importing.office;

import static org.ariadne.plans.importing.office.TestRows.in;
import static org.ariadne.plans.importing.office.TestRows.positionless;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.plans.importing.ParsedTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word action plans: the tables are read directly, with the same result as the equivalent spreadsheet. */
class DocxPlanReaderTest {

    private static final String[] HEADER = {"R.br.", "Aktivnost", "Rok", "Nosilac", "Partneri", "Indikatori",
            "Potrebni resursi", "Napomena"};

    /**
     * The plan of {@link AdministrationTablesTest#sheetWithMergedAreas()} as a Word document: area and programme
     * rows spanning the table, the partner merged down two rows (vMerge), cells of several paragraphs, a
     * copy of the header row inside the table and, after a page break, a second table whose header row carries
     * the repeat flag.
     */
    static byte[] wordPlan() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Akcioni plan 2020–2023");
            XWPFTable table = document.createTable(1, HEADER.length);
            header(table.getRow(0));
            spanning(table, "1. SISTEM PODRŠKE");
            spanning(table, "1.1 Usvojiti akcione planove");
            XWPFTableRow first = row(table, "1.1.1", "Donijeti odluku", "Mart 2020.", "Ministarstvo sigurnosti", "NVO",
                    "Donijeta odluka", "Redovni budžet", "");
            first.getCell(4).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableRow second = row(table, "1.1.2", "Izraditi nacrt", "Juni 2020.", "Ministarstvo sigurnosti", "",
                    "Nacrt izrađen", "", "hitno");
            second.getCell(1).addParagraph().createRun().setText("akcionog plana");
            second.getCell(3).addParagraph().createRun().setText("Ministarstvo pravde");
            second.getCell(5).addParagraph().createRun().setText("Plan usvojen");
            second.getCell(4).getCTTc().addNewTcPr().addNewVMerge(); // continues "NVO" from the row above
            header(table.createRow()); // the header again, as converters leave it after a page break
            row(table, "1.1.3", "Usvojiti plan", "2021.", "Vijeće ministara", "", "", "", "");

            document.createParagraph().createRun().addBreak(BreakType.PAGE);
            XWPFTable next = document.createTable(1, HEADER.length);
            header(next.getRow(0));
            next.getRow(0).setRepeatHeader(true);
            spanning(next, "2. PREVENCIJA");
            row(next, "2.0.1", "Kampanja", "kontinuirano", "Ministarstvo sigurnosti", "", "", "Donatori", "");
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordActionPlanReadsLikeTheEquivalentSpreadsheet() throws Exception {
        ParsedTable word = new DocxPlanReader().read(in(wordPlan()), DefaultColumnMappings.bcms());
        ParsedTable sheet = new XlsxPlanReader().read(in(AdministrationTablesTest.sheetWithMergedAreas()),
                DefaultColumnMappings.bcms());

        assertThat(word.problems()).isEmpty();
        assertThat(sheet.problems()).isEmpty();
        assertThat(word.levelNames()).isEqualTo(sheet.levelNames()).containsExactly("Oblast", "Strateški program");
        assertThat(positionless(word.rows())).isEqualTo(positionless(sheet.rows()))
                .containsExactlyElementsOf(AdministrationTablesTest.expectedFromMergedAreas());
    }

    @Test
    void theVerticallyMergedPartnerAndTheParagraphsOfACellAreKept() throws Exception {
        ParsedTable word = new DocxPlanReader().read(in(wordPlan()), DefaultColumnMappings.standard());

        assertThat(word.rows()).hasSize(4);
        assertThat(word.rows().get(1).title()).isEqualTo("Izraditi nacrt\nakcionog plana");
        assertThat(word.rows().get(1).leadInstitutions()).containsExactly("Ministarstvo sigurnosti", "Ministarstvo pravde");
        assertThat(word.rows().get(0).partners()).containsExactly("NVO");
        assertThat(word.rows().get(1).partners()).containsExactly("NVO");
        assertThat(word.rows().get(3).path()).extracting(p -> p.code() + " " + p.title())
                .containsExactly("2 PREVENCIJA");
    }

    @Test
    void aDocumentWithoutAnActionPlanTableSaysWhichColumnIsMissing() throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Rok");
            table.getRow(0).getCell(1).setText("Nosilac");
            document.write(out);
            bytes = out.toByteArray();
        }

        ParsedTable read = new DocxPlanReader().read(in(bytes), DefaultColumnMappings.bcms());

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("Aktivnost");
        });
    }

    private static void header(XWPFTableRow row) {
        for (int c = 0; c < HEADER.length; c++) {
            row.getCell(c).setText(HEADER[c]);
        }
    }

    private static XWPFTableRow row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.getCell(c).setText(cells[c]);
            }
        }
        return row;
    }

    private static void spanning(XWPFTable table, String text) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(HEADER.length));
        cell.setText(text);
    }
}
