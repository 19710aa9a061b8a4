package org.ariadne.plans.importing.office;

import static org.ariadne.plans.importing.office.TestRows.activity;
import static org.ariadne.plans.importing.office.TestRows.in;
import static org.ariadne.plans.importing.office.TestRows.positionless;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.ParsedTable;
import org.junit.jupiter.api.Test;

/** Spreadsheets and CSV files as administrations have them, read through column mappings. */
class AdministrationTablesTest {

    private static final PathLevel AREA = new PathLevel("Oblast", "1", "SISTEM PODRŠKE");
    private static final PathLevel PROGRAMME = new PathLevel("Strateški program", "1.1", "Usvojiti akcione planove");
    private static final PathLevel AREA_2 = new PathLevel("Oblast", "2", "PREVENCIJA");

    /** A sheet with area and programme columns merged down the rows they cover, and the header repeated. */
    static byte[] sheetWithMergedAreas() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Akcioni plan");
        row(sheet, 0, "Akcioni plan 2020–2023");
        row(sheet, 2, "Oblast", "Strateški program", "R.br.", "Aktivnost", "Rok", "Nosilac", "Partneri",
                "Indikatori", "Potrebni resursi", "Napomena");
        row(sheet, 3, "1. SISTEM PODRŠKE", "1.1 Usvojiti akcione planove", "1.1.1", "Donijeti odluku",
                "Mart 2020.", "Ministarstvo sigurnosti", "NVO", "Donijeta odluka", "Redovni budžet", "");
        row(sheet, 4, "", "", "1.1.2", "Izraditi nacrt\nakcionog plana", "Juni 2020.",
                "• Ministarstvo sigurnosti\n• Ministarstvo pravde", "", "Nacrt izrađen\nPlan usvojen", "", "hitno");
        row(sheet, 5); // an empty row
        row(sheet, 6, "Oblast", "Strateški program", "R.br.", "Aktivnost", "Rok", "Nosilac", "Partneri",
                "Indikatori", "Potrebni resursi", "Napomena"); // header repeated after a page break
        row(sheet, 7, "", "", "1.1.3", "Usvojiti plan", "2021.", "Vijeće ministara", "", "", "", "");
        row(sheet, 8, "2. PREVENCIJA", "", "2.0.1", "Kampanja", "kontinuirano", "Ministarstvo sigurnosti",
                "", "", "Donatori", "");
        sheet.addMergedRegion(new CellRangeAddress(3, 7, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(3, 7, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 6, 6)); // the partner of both first activities
        return TestRows.xlsx(workbook);
    }

    static List<ImportRow> expectedFromMergedAreas() {
        return List.of(
                activity(List.of(AREA, PROGRAMME), "1.1.1", "Donijeti odluku", "Mart 2020.",
                        List.of("Ministarstvo sigurnosti"), List.of("NVO"), List.of("Donijeta odluka"), "Redovni budžet"),
                withExtra(activity(List.of(AREA, PROGRAMME), "1.1.2", "Izraditi nacrt\nakcionog plana", "Juni 2020.",
                        List.of("Ministarstvo sigurnosti", "Ministarstvo pravde"), List.of("NVO"),
                        List.of("Nacrt izrađen", "Plan usvojen"), null), Map.of("Napomena", "hitno")),
                activity(List.of(AREA, PROGRAMME), "1.1.3", "Usvojiti plan", "2021.", List.of("Vijeće ministara"),
                        List.of(), List.of(), null),
                activity(List.of(AREA_2), "2.0.1", "Kampanja", "kontinuirano", List.of("Ministarstvo sigurnosti"),
                        List.of(), List.of(), "Donatori"));
    }

    @Test
    void mergedAreaCellsApplyToEveryRowTheySpanAndTheRepeatedHeaderIsSkipped() {
        ParsedTable read = new XlsxPlanReader().read(in(sheetWithMergedAreas()), DefaultColumnMappings.standard());

        assertThat(read.problems()).isEmpty();
        assertThat(read.levelNames()).containsExactly("Oblast", "Strateški program");
        assertThat(positionless(read.rows())).containsExactlyElementsOf(expectedFromMergedAreas());
        assertThat(read.rows()).extracting(ImportRow::rowNumber).containsExactly(4, 5, 8, 9);
    }

    @Test
    void aMappingByColumnLettersAndAFixedHeaderRow() {
        ColumnMapping letters = new ColumnMapping("by letter", Map.of("title", "#D", "code", "C", "deadline", "E",
                "leadInstitutions", "F", "level1", "#A"), 3);

        ParsedTable read = new XlsxPlanReader().read(in(sheetWithMergedAreas()), letters);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(ImportRow::code).containsExactly("1.1.1", "1.1.2", "1.1.3", "2.0.1");
        assertThat(read.rows().get(3).path()).containsExactly(AREA_2);
        assertThat(read.rows().get(1).extra()).containsEntry("Strateški program", "1.1 Usvojiti akcione planove")
                .containsEntry("Napomena", "hitno");
    }

    @Test
    void headersMatchWithoutCaseOrDiacriticsAndInOtherLanguages() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Plani");
        row(sheet, 0, "AKTIVITETI", "Afati", "Institucioni pergjegjes", "Partnerët", "Treguesit", "Burimet");
        row(sheet, 1, "Trajnim i gjyqtarëve", "TM2 2024", "Ministria e Drejtësisë", "OSBE", "20 gjyqtarë", "Buxheti");
        XSSFWorkbook sl = new XSSFWorkbook();
        Sheet sheetSl = sl.createSheet("Naloge");
        row(sheetSl, 0, "Naloga", "Rok izvedbe", "Nosilec", "Sodelujoči", "Kazalnik", "Cilj");
        row(sheetSl, 1, "Usposabljanje", "2024", "MNZ", "NVO", "število udeležencev", "boljše prepoznavanje");
        XSSFWorkbook sr = new XSSFWorkbook();
        Sheet sheetSr = sr.createSheet("План");
        row(sheetSr, 0, "Активност", "Рок", "Носилац", "Партнери");
        row(sheetSr, 1, "Обука полиције", "2024.", "МУП", "ОЕБС");

        ImportRow sq = new XlsxPlanReader().read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard()).rows().get(0);
        ImportRow si = new XlsxPlanReader().read(in(TestRows.xlsx(sl)), DefaultColumnMappings.standard()).rows().get(0);
        ImportRow rs = new XlsxPlanReader().read(in(TestRows.xlsx(sr)), DefaultColumnMappings.standard()).rows().get(0);

        assertThat(sq.title()).isEqualTo("Trajnim i gjyqtarëve");
        assertThat(sq.leadInstitutions()).containsExactly("Ministria e Drejtësisë");
        assertThat(sq.partners()).containsExactly("OSBE");
        assertThat(sq.indicators()).containsExactly("20 gjyqtarë");
        assertThat(sq.resources()).isEqualTo("Buxheti");
        assertThat(si.deadline()).isEqualTo("2024");
        assertThat(si.goals()).containsExactly("boljše prepoznavanje");
        assertThat(si.partners()).containsExactly("NVO");
        assertThat(rs.title()).isEqualTo("Обука полиције");
        assertThat(rs.leadInstitutions()).containsExactly("МУП");
    }

    @Test
    void csvWithSemicolonsQuotesLineBreaksAndBom() {
        String csv = "\uFEFFOblast;Strateški program;R.br.;Aktivnost;Rok;Nosilac;Partneri;Indikatori;Potrebni resursi;Napomena\r\n"
                + "1. SISTEM PODRŠKE;1.1 Usvojiti akcione planove;1.1.1;Donijeti odluku;Mart 2020.;Ministarstvo sigurnosti;"
                + "NVO;Donijeta odluka;Redovni budžet;\r\n"
                + "1. SISTEM PODRŠKE;1.1 Usvojiti akcione planove;1.1.2;\"Izraditi nacrt\nakcionog plana\";Juni 2020.;"
                + "\"• Ministarstvo sigurnosti\n• Ministarstvo pravde\";NVO;\"Nacrt izrađen\r\nPlan usvojen\";;hitno\r\n"
                + ";;;;;;;;;\r\n"
                + "1. SISTEM PODRŠKE;1.1 Usvojiti akcione planove;1.1.3;Usvojiti plan;2021.;Vijeće ministara;;;;\r\n"
                + "2. PREVENCIJA;;2.0.1;Kampanja;kontinuirano;Ministarstvo sigurnosti;;;Donatori;\r\n";

        ParsedTable read = new CsvPlanReader().read(in(csv.getBytes(StandardCharsets.UTF_8)), DefaultColumnMappings.standard());

        assertThat(read.problems()).isEmpty();
        assertThat(positionless(read.rows())).containsExactlyElementsOf(expectedFromMergedAreas());
    }

    @Test
    void csvWithCommasDoubledQuotesHeadingRowsAndWindows1250() {
        String csv = "Activity,Deadline,Lead institution,Partners\n"
                + "1. PREVENTION,,,\n"
                + "\"Campaign \"\"Stop trafficking\"\", phase 1\",2024,\"Ministry of Security\",\"NGO A\nNGO B\"\n"
                + "Obuka za sudije – Šibenik,2025,Ministarstvo pravosuđa,\n";

        ParsedTable read = new CsvPlanReader().read(in(csv.getBytes(Charset.forName("windows-1250"))),
                DefaultColumnMappings.standard());

        assertThat(read.rows()).hasSize(2);
        ImportRow first = read.rows().get(0);
        assertThat(first.title()).isEqualTo("Campaign \"Stop trafficking\", phase 1");
        assertThat(first.path()).containsExactly(new PathLevel(null, "1", "PREVENTION"));
        assertThat(first.partners()).containsExactly("NGO A", "NGO B");
        assertThat(read.rows().get(1).title()).isEqualTo("Obuka za sudije – Šibenik");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.problem()).contains("not UTF-8");
            assertThat(p.understood()).as("a remark, not a blocking problem").contains("Windows-1250");
        });
    }

    @Test
    void csvWithAnUnclosedQuoteSaysSo() {
        String csv = "Aktivnost,Rok\nPrva,2024\n\"Druga,2025\n";

        ParsedTable read = new CsvPlanReader().read(in(csv.getBytes(StandardCharsets.UTF_8)), DefaultColumnMappings.standard());

        assertThat(read.rows()).extracting(ImportRow::title).startsWith("Prva");
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.problem()).contains("quoted field is not closed"));
    }

    static ImportRow withExtra(ImportRow r, Map<String, String> extra) {
        return new ImportRow(r.rowNumber(), r.path(), r.code(), r.title(), r.description(), r.goals(),
                r.expectedResults(), r.deadline(), r.leadInstitutions(), r.partners(), r.implementers(), r.funders(),
                r.indicators(), r.meansOfVerification(), r.quantitativeTargets(), r.resources(), r.frameworkRefs(), extra);
    }

    static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
