package org.ariadne.funding.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.funding.Seeds;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.money.CurrencyCode;
import org.junit.jupiter.api.Test;

/** The Slovenian budget annex as printed, from CSV and from XLSX, and the problems a broken annex gets. */
class BudgetAnnexTest {

    @Test
    void theSlovenianAnnexReadsAsFourteenLinesWithItsCoFinancingGroups() {
        BudgetAnnex.Reading reading = BudgetAnnex.read(AnnexFiles.csv(Seeds.siAnnex()), CurrencyCode.EUR, false);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.lines()).hasSize(14);
        AnnexLine a8 = reading.lines().get(7);
        assertThat(a8.rowLabel()).isEqualTo("A8");
        assertThat(a8.fields().code()).isEqualTo("140005");
        assertThat(a8.fields().holder().name()).as("printed once for the rows below it").isEqualTo("MNZ");
        assertThat(a8.fields().source().kind()).isEqualTo(SourceKind.EU_FUND);
        assertThat(a8.fields().source().programme()).isEqualTo("ISF");
        assertThat(a8.fields().coFinancing().group()).isEqualTo("ISF 140005");
        assertThat(a8.activityCodes()).containsExactly("3.4");
        AnnexLine a6 = reading.lines().get(5);
        assertThat(a6.allocations()).extracting(a -> a.year() + "=" + a.amount().toPlainString()).containsExactly("2024=10000.00");
    }

    @Test
    void theSameAnnexFromXlsxReadsTheSame() throws IOException {
        AnnexTable csv = AnnexFiles.csv(Seeds.siAnnex());
        AnnexTable xlsx = AnnexFiles.xlsx(xlsx(csv));

        assertThat(BudgetAnnex.read(xlsx, CurrencyCode.EUR, false).lines())
                .isEqualTo(BudgetAnnex.read(csv, CurrencyCode.EUR, false).lines());
    }

    @Test
    void everyProblemIsListedWithItsRowAndColumnAndBlocksTheImport() {
        String annex = """
                Budget user;Activity;Budget line;2023;2024;Total;Currency
                MNZ;Ozaveščanje;3107 Plače;30.000,00 €;1e999999999;60.000,00 €;
                ;Tiskovine;3431;-1.000,00;1.000,00 €;;
                UKOM;Kampanja;1322;5.000,00 €;/;4.000 €;
                MZ;Pomoč;221092;TBD;24.000,00 €;;
                MIZS;Ozaveščanje;716010;2.500,00 €;2.500,00 €;;XYZ
                """;

        BudgetAnnex.Reading reading = BudgetAnnex.read(AnnexFiles.csv(annex.getBytes(StandardCharsets.UTF_8)),
                CurrencyCode.EUR, false);

        assertThat(reading.blocking()).isTrue();
        assertThat(reading.problems()).extracting(p -> p.row() + " " + p.column() + (p.blocking() ? " blocks" : " warns"))
                .containsExactlyInAnyOrder("2 2024 blocks", "3 2023 blocks", "4 Total warns", "6 Currency blocks");
        assertThat(reading.lines()).hasSize(2).last().satisfies(l -> {
            assertThat(l.fields().holder().name()).isEqualTo("MZ");
            assertThat(l.allocations().get(0).status()).isEqualTo(AllocationStatus.TO_BE_DETERMINED);
        });
    }

    @Test
    void printedAmountsInTheirLocalFormats() {
        for (String[] c : List.of(new String[] {"45.000,00 €", "45000.00", "EUR"}, new String[] {"13.125,00€", "13125.00", "EUR"},
                new String[] {"75.000 €", "75000", "EUR"}, new String[] {"130.000 KM", "130000", "BAM"},
                new String[] {"129.999,04 KM", "129999.04", "BAM"}, new String[] {"1,234.56", "1234.56", null},
                new String[] {"37500", "37500", null})) {
            PrintedAmounts.Printed printed = PrintedAmounts.read(c[0]);
            assertThat(printed).as(c[0]).isNotNull();
            assertThat(printed.amount().toPlainString()).as(c[0]).isEqualTo(c[1]);
            assertThat(printed.currency()).as(c[0]).isEqualTo(c[2]);
        }
        for (String bad : List.of("-5", "1e9", "12,345,6789", "1.2.3,4,5", "abc", "1,234.567")) {
            assertThat(PrintedAmounts.read(bad)).as(bad).isNull();
        }
    }

    static byte[] xlsx(AnnexTable table) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Priloga");
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(table.header().get(c));
            }
            int r = 1;
            for (AnnexTable.Row row : table.rows()) {
                Row out2 = sheet.createRow(r++);
                for (int c = 0; c < row.cells().size(); c++) {
                    out2.createCell(c).setCellValue(row.cells().get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
