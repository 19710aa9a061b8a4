package org.ariadne.plans.importing.office;

import static org.ariadne.plans.importing.office.TestRows.in;
import static org.ariadne.plans.importing.office.TestRows.positionless;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.plan.PlanMetadata;
import org.junit.jupiter.api.Test;

class XlsxRoundTripTest {

    private final XlsxPlanWriter writer = new XlsxPlanWriter();
    private final XlsxPlanReader reader = new XlsxPlanReader();

    private static final List<String> LEVELS = List.of("Oblast", "Strateški program");
    private static final PlanHeader PLAN = new PlanHeader("Akcioni plan 2020-2023", LEVELS, PlanMetadata.NONE);
    private static final PlanHeader ADOPTED_PLAN = new PlanHeader(
            "Akcioni plan institucija BiH za provođenje Strategije 2020-2023", LEVELS,
            new PlanMetadata("2020-03-01", "2023-06-30", "Odluka o usvajanju, \"Službeni glasnik BiH\", broj 12/20",
                    "2020-02-27", "ba-strategy-2020-2023"));

    private static ImportRow everyField() {
        return new ImportRow(0,
                List.of(new PathLevel("Oblast", "1", "SISTEM PODRŠKE"),
                        new PathLevel("Strateški program", "1.1", "Usvojiti akcione planove")),
                "1.1.1", "Donijeti odluku o radnoj grupi (ž, ć, đ, ë, Ћирилица)",
                "Opis u dva reda\ndrugi red", List.of("Cilj jedan", "Cilj dva"), "Rezultati të pritura: ë ç",
                "Mart 2020.", List.of("Ministarstvo sigurnosti", "Ministarstvo pravde"),
                List.of("Partner s\nprelomom reda", "Drugi partner"), List.of("Implementator"),
                List.of("EU", "OSCE"), List.of("Donijeta odluka", "Broj sastanaka: 4"),
                List.of("Službeni glasnik"), List.of("10 obuka"), "Redovni budžet: • Ministarstvo sigurnosti",
                List.of("{\"framework\":\"GRETA\",\"paragraph\":\"42\"}"),
                Map.of("Napomena", "nešto dodatno", "Status", "u toku"));
    }

    private ParsedTable roundTrip(PlanHeader plan, List<ImportRow> rows) {
        return reader.read(in(written(plan, rows)), DefaultColumnMappings.standard());
    }

    private byte[] written(PlanHeader plan, List<ImportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(plan, rows, out);
        return out.toByteArray();
    }

    @Test
    void everyFieldComesBackExactly() {
        ImportRow original = everyField();
        ParsedTable read = roundTrip(PLAN, List.of(original));

        assertThat(read.problems()).isEmpty();
        assertThat(read.levelNames()).isEqualTo(LEVELS);
        assertThat(positionless(read.rows())).containsExactly(original);
        assertThat(read.rows().get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void awkwardValuesComeBackExactly() {
        String longText = "dugi tekst ".repeat(4_000); // 44,000 characters: more than a cell holds
        ImportRow awkward = new ImportRow(0, List.of(new PathLevel("Oblast", null, "Bez šifre")),
                "  1.2 ", "Naslov s razmacima na kraju  ", longText, List.of(""), "red\r\ndrugi", null,
                List.of("", "prazna stavka ispred"), List.of("jedan", "", "tri", ""), List.of(), List.of(),
                List.of("• stavka s oznakom"), List.of(), List.of(), null, List.of(), Map.of());
        ImportRow plain = new ImportRow(0, List.of(new PathLevel("Strateški program", "2.1", "Samo program")),
                "2.1.1", "Druga aktivnost", null, List.of(), null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), Map.of("Code", "extra named like a field"));

        ParsedTable read = roundTrip(PLAN, List.of(awkward, plain));

        assertThat(read.problems()).isEmpty();
        assertThat(positionless(read.rows())).containsExactly(awkward, plain);
    }

    @Test
    void anEditInExcelWinsOverTheRecordedExactValue() throws Exception {
        ImportRow original = everyField();
        XSSFWorkbook workbook = new XSSFWorkbook(in(written(PLAN, List.of(original))));
        Sheet sheet = workbook.getSheet("Activities");
        int partners = headerIndex(sheet, "Partners");
        sheet.getRow(1).getCell(partners).setCellValue("Novi partner\nJoš jedan");

        ParsedTable read = reader.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard());

        assertThat(read.rows().get(0).partners()).containsExactly("Novi partner", "Još jedan");
    }

    @Test
    void theBosnianSeedPlanComesBackRowForRow() throws Exception {
        List<ImportRow> seed = TestRows.seedRows(TestRows.BA_SEED);
        assertThat(seed).hasSize(117);

        ParsedTable read = roundTrip(PLAN, seed);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(117);
        assertThat(positionless(read.rows())).isEqualTo(positionless(seed));
        assertThat(read.levelNames()).isEqualTo(LEVELS);
    }

    @Test
    void thePlanSheetShowsThePlansOwnFieldsAndGivesThemBack() throws Exception {
        byte[] file = written(ADOPTED_PLAN, List.of(everyField()));

        XSSFWorkbook workbook = new XSSFWorkbook(in(file));
        assertThat(workbook.getSheetName(0)).isEqualTo("Activities");
        assertThat(workbook.getSheetName(1)).isEqualTo("Plan");
        assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("ariadne"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(labelledRows(workbook.getSheet("Plan"))).containsExactly(
                List.of("Title", "Akcioni plan institucija BiH za provođenje Strategije 2020-2023"),
                List.of("Period from", "2020-03-01"),
                List.of("Period to", "2023-06-30"),
                List.of("Legal act", "Odluka o usvajanju, \"Službeni glasnik BiH\", broj 12/20"),
                List.of("Adoption date", "2020-02-27"),
                List.of("Strategy", "ba-strategy-2020-2023"),
                List.of("Level 1", "Oblast"),
                List.of("Level 2", "Strateški program"));

        ParsedTable read = reader.read(in(file), DefaultColumnMappings.standard());

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).isEqualTo(ADOPTED_PLAN);
        assertThat(positionless(read.rows())).containsExactly(everyField());
    }

    @Test
    void aPlanWithoutMetadataLeavesItsValueCellsEmpty() throws Exception {
        byte[] file = written(PLAN, List.of(everyField()));

        Sheet plan = new XSSFWorkbook(in(file)).getSheet("Plan");
        assertThat(plan.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Adoption date");
        assertThat(plan.getRow(4).getCell(1)).isNull();
        assertThat(reader.read(in(file), DefaultColumnMappings.standard()).header()).isEqualTo(PLAN);
    }

    @Test
    void aBadDateInThePlanSheetIsAProblemNamingSheetRowAndColumn() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(in(written(ADOPTED_PLAN, List.of(everyField()))));
        workbook.getSheet("Plan").getRow(4).getCell(1).setCellValue("27.2.2020.");

        ParsedTable read = reader.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard());

        assertThat(read.problems()).containsExactly(new ImportProblem(5, "B",
                "sheet \"Plan\", row 5, column B (Adoption date): \"27.2.2020.\" is not a date; write it as 2020-01-31",
                null));
        assertThat(read.header().metadata().adoptionDate()).isNull();
        assertThat(read.header().metadata().legalAct()).isEqualTo(ADOPTED_PLAN.metadata().legalAct());
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    void aDateRetypedInExcelIsReadAsAnIsoDate() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(in(written(ADOPTED_PLAN, List.of(everyField()))));
        Cell adoption = workbook.getSheet("Plan").getRow(4).getCell(1);
        // what Excel makes of "27.2.2020" typed in a cell: a number formatted as a date
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
        adoption.setCellValue(LocalDate.of(2020, 2, 27));
        adoption.setCellStyle(dateStyle);

        ParsedTable read = reader.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard());

        assertThat(read.problems()).isEmpty();
        assertThat(read.header().metadata().adoptionDate()).isEqualTo("2020-02-27");
    }

    @Test
    void anExportMadeBeforeThePlanSheetExistedHasNoHeader() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(in(written(ADOPTED_PLAN, List.of(everyField()))));
        workbook.removeSheetAt(workbook.getSheetIndex("Plan"));

        ParsedTable read = reader.read(in(TestRows.xlsx(workbook)), DefaultColumnMappings.standard());

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).isNull();
        assertThat(read.levelNames()).isEqualTo(LEVELS);
        assertThat(positionless(read.rows())).containsExactly(everyField());
    }

    private static List<List<String>> labelledRows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            rows.add(List.of(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1))));
        }
        return rows;
    }

    private static int headerIndex(Sheet sheet, String header) {
        Row row = sheet.getRow(0);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (header.equals(row.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + header);
    }
}
