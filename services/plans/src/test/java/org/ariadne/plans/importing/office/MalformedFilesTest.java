package org.ariadne.plans.importing.office;

import static org.ariadne.plans.importing.office.TestRows.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.plan.PlanMetadata;
import org.junit.jupiter.api.Test;

/** Whatever arrives, the readers answer with problems (row 0 = the file as a whole), never with an exception. */
class MalformedFilesTest {

    private final XlsxPlanReader xlsx = new XlsxPlanReader();
    private final DocxPlanReader docx = new DocxPlanReader();
    private final CsvPlanReader csv = new CsvPlanReader();

    @Test
    void junkBytesAreNotAWorkbookNorADocumentNorACsv() {
        byte[] junk = {0x13, 0x37, (byte) 0xff, 0x00, 0x42, 0x7f, (byte) 0x80, 0x01};

        assertSingleFileProblem(xlsx.read(in(junk), DefaultColumnMappings.standard()), "not an XLSX file");
        assertSingleFileProblem(docx.read(in(junk), DefaultColumnMappings.standard()), "not a DOCX file");
        assertSingleFileProblem(csv.read(in(junk), DefaultColumnMappings.standard()), "not a CSV text file");
    }

    @Test
    void aTextFileNamedXlsxIsNotAWorkbook() {
        byte[] text = "Aktivnost;Rok\nObuka;2024\n".getBytes(StandardCharsets.UTF_8);

        assertSingleFileProblem(xlsx.read(in(text), DefaultColumnMappings.standard()), "not an XLSX file");
    }

    @Test
    void anOldBinaryExcelFileIsNamedAsSuch() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertSingleFileProblem(xlsx.read(in(ole2), DefaultColumnMappings.standard()), ".xls");
    }

    @Test
    void aZipWithoutAWorkbookIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("nothing to see".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertSingleFileProblem(xlsx.read(in(bytes.toByteArray()), DefaultColumnMappings.standard()),
                "not a readable XLSX workbook");
        assertSingleFileProblem(docx.read(in(bytes.toByteArray()), DefaultColumnMappings.standard()),
                "not a readable DOCX document");
    }

    @Test
    void aWordDocumentIsNotAWorkbookAndAWorkbookIsNotAWordDocument() throws Exception {
        byte[] word = DocxPlanReaderTest.wordPlan();
        byte[] sheet = AdministrationTablesTest.sheetWithMergedAreas();

        assertSingleFileProblem(xlsx.read(in(word), DefaultColumnMappings.standard()), "not a readable XLSX workbook");
        assertSingleFileProblem(docx.read(in(sheet), DefaultColumnMappings.standard()), "not a readable DOCX document");
    }

    @Test
    void tenMegabytesOfRandomBytesGiveOneProblem() {
        byte[] random = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(random);

        assertSingleFileProblem(xlsx.read(in(random), DefaultColumnMappings.standard()), "not an XLSX file");
        assertSingleFileProblem(docx.read(in(random), DefaultColumnMappings.standard()), "not a DOCX file");
        assertSingleFileProblem(csv.read(in(random), DefaultColumnMappings.standard()), "not a CSV text file");
        random[0] = 'P';
        random[1] = 'K';
        random[2] = 3;
        random[3] = 4; // looks like a ZIP, is not one
        assertSingleFileProblem(xlsx.read(in(random), DefaultColumnMappings.standard()), "not a readable XLSX workbook");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] workbook = AdministrationTablesTest.sheetWithMergedAreas();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream target = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(source.readAllBytes());
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 30 MB of one letter in a comment: compresses about a thousand times
                    target.write("<!--".getBytes(StandardCharsets.US_ASCII));
                    byte[] padding = new byte[1024 * 1024];
                    java.util.Arrays.fill(padding, (byte) 'a');
                    for (int i = 0; i < 30; i++) {
                        target.write(padding);
                    }
                    target.write("-->".getBytes(StandardCharsets.US_ASCII));
                }
                target.closeEntry();
            }
        }

        ParsedTable read = xlsx.read(in(bomb.toByteArray()), DefaultColumnMappings.standard());

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.problem()).containsIgnoringCase("zip bomb"));
    }

    @Test
    void aMissingActivityColumnIsOneProblemAtTheHeaderRow() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Plan");
        AdministrationTablesTest.row(sheet, 1, "Rok", "Nosilac", "Partneri");
        AdministrationTablesTest.row(sheet, 2, "2024", "MUP", "NVO");

        ParsedTable read = xlsx.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.bcms());

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Aktivnost");
            assertThat(p.problem()).contains("activity column");
        });
        ParsedTable csvRead = csv.read(in("Rok,Nosilac\n2024,MUP\n".getBytes(StandardCharsets.UTF_8)),
                DefaultColumnMappings.english());
        assertThat(csvRead.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("Activity");
        });
    }

    @Test
    void anEmptyTitleIsAProblemForThatRowAndTheOtherRowsStillCount() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Plan");
        AdministrationTablesTest.row(sheet, 0, "R.br.", "Aktivnost", "Rok");
        AdministrationTablesTest.row(sheet, 1, "1.1", "Obuka", "2024");
        AdministrationTablesTest.row(sheet, 2, "1.2", "   ", "2025");
        AdministrationTablesTest.row(sheet, 3, "1.3", "Kampanja", "2026");

        ParsedTable read = xlsx.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.bcms());

        assertThat(read.rows()).extracting(ImportRow::code).containsExactly("1.1", "1.3");
        assertThat(read.problems()).containsExactly(
                new ImportProblem(3, "Aktivnost", "the activity title is empty; the row is not imported", null));
    }

    @Test
    void anExportWhoseActivityColumnWasRemovedSaysSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxPlanWriter().write(new PlanHeader("Plan", List.of("Area"), PlanMetadata.NONE), List.of(), out);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(in(out.toByteArray()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        workbook.getSheet("Activities").getRow(0).getCell(3).setCellValue("Renamed");

        ParsedTable read = xlsx.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard());

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("Activity");
        });
    }

    @Test
    void aSavedMappingWithBlankEntriesOrNoMappingAtAllIsNoCrash() {
        java.util.Map<String, String> columns = new java.util.HashMap<>();
        columns.put("title", "Aktivnost");
        columns.put("deadline", null);
        columns.put("partners", " ");
        byte[] sheet = AdministrationTablesTest.sheetWithMergedAreas();

        ParsedTable withBlanks = xlsx.read(in(sheet), new org.ariadne.plans.importing.ColumnMapping("saved", columns, 0));
        ParsedTable without = xlsx.read(in(sheet), null);

        assertThat(withBlanks.rows()).hasSize(4);
        assertThat(without.rows()).isEmpty();
        assertThat(without.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("title"));
    }

    private static void assertSingleFileProblem(ParsedTable read, String text) {
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.problem()).contains(text);
        });
    }
}
