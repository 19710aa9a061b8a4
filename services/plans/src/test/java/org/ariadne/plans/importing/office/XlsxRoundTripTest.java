package org.ariadne.plans.importing.office;

import static org.ariadne.plans.importing.office.TestRows.in;
import static org.ariadne.plans.importing.office.TestRows.positionless;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.ParsedTable;
import org.junit.jupiter.api.Test;

class XlsxRoundTripTest {

    private final XlsxPlanWriter writer = new XlsxPlanWriter();
    private final XlsxPlanReader reader = new XlsxPlanReader();

    private static final List<String> LEVELS = List.of("Oblast", "Strateški program");

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

    private ParsedTable roundTrip(List<String> levels, List<ImportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(levels, rows, out);
        return reader.read(in(out.toByteArray()), DefaultColumnMappings.standard());
    }

    @Test
    void everyFieldComesBackExactly() {
        ImportRow original = everyField();
        ParsedTable read = roundTrip(LEVELS, List.of(original));

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

        ParsedTable read = roundTrip(LEVELS, List.of(awkward, plain));

        assertThat(read.problems()).isEmpty();
        assertThat(positionless(read.rows())).containsExactly(awkward, plain);
    }

    @Test
    void anEditInExcelWinsOverTheRecordedExactValue() throws Exception {
        ImportRow original = everyField();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(LEVELS, List.of(original), out);
        XSSFWorkbook workbook = new XSSFWorkbook(in(out.toByteArray()));
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

        ParsedTable read = roundTrip(LEVELS, seed);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(117);
        assertThat(positionless(read.rows())).isEqualTo(positionless(seed));
        assertThat(read.levelNames()).isEqualTo(LEVELS);
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
