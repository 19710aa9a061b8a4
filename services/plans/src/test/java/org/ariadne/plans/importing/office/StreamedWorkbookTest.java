package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streamed reading of a workbook shows every cell as the object model's DataFormatter does (the reader's
 * behaviour did not change when it stopped loading workbooks whole), and knows sheets, extents, merges and fonts.
 */
class StreamedWorkbookTest {

    @Test
    void cellsReadAsTheObjectModelShowsThem() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Skriveno").createRow(0).createCell(0).setCellValue("hidden");
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            Sheet sheet = workbook.createSheet("Plan");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("1 Oblast – prevencija");
            header.getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row values = sheet.createRow(2);
            values.createCell(0).setCellValue(1.1);
            values.createCell(1).setCellValue(2.5);
            values.getCell(1).setCellStyle(twoDecimals);
            values.createCell(2).setCellValue(LocalDate.of(2020, 2, 27));
            values.getCell(2).setCellStyle(date);
            values.createCell(3).setCellValue(true);
            values.createCell(4).setCellFormula("B3*2");
            values.getCell(4).setCellValue(5.0); // the cached result Excel would have written
            values.createCell(5).setCellValue("Ministarstvo\nsigurnosti");
            values.createCell(7).setCellValue(12345678901.0);
            sheet.createRow(4); // a row without cells
            workbook.write(out);
            file = out.toByteArray();
        }

        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file));
                XSSFWorkbook model = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            StreamedWorkbook workbook = StreamedWorkbook.open(pkg);
            assertThat(workbook.sheets()).extracting(StreamedWorkbook.SheetRef::name, StreamedWorkbook.SheetRef::visible)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Skriveno", false),
                            org.assertj.core.groups.Tuple.tuple("Plan", true));
            StreamedWorkbook.Cells cells = workbook.read(workbook.sheet("plan"), 1_000, 100);
            Sheet sheet = model.getSheet("Plan");
            assertThat(cells.lastRowNum()).isEqualTo(sheet.getLastRowNum());
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(cells.lastCellNum(r)).as("row %d", r).isEqualTo(row == null ? -1 : row.getLastCellNum());
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cells.text(r, c)).as("row %d column %d", r, c)
                            .isEqualTo(cell == null ? "" : formatter.formatCellValue(cell));
                }
            }
            assertThat(cells.cell(0, 0).bold()).isTrue();
            assertThat(cells.cell(2, 0).bold()).isFalse();
            assertThat(cells.mergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 3));
            StreamedWorkbook.Cell adoption = cells.cell(2, 2);
            assertThat(adoption.dateFormatted()).isTrue();
            assertThat(workbook.date(adoption)).isEqualTo(LocalDate.of(2020, 2, 27));
            assertThat(cells.cell(2, 1).dateFormatted()).isFalse();
        }
    }

    @Test
    void onlyTheRowsAndColumnsAskedForAreKeptButTheExtentIsCountedWhole() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan");
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 30; c++) {
                    row.createCell(c).setCellValue("r" + r + "c" + c);
                }
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            StreamedWorkbook workbook = StreamedWorkbook.open(pkg);
            StreamedWorkbook.Cells cells = workbook.read(workbook.sheet("Plan"), 10, 5);
            assertThat(cells.lastRowNum()).isEqualTo(49);
            assertThat(cells.lastCellNum(3)).isEqualTo(30);
            assertThat(cells.text(9, 4)).isEqualTo("r9c4");
            assertThat(cells.cell(10, 0)).isNull();
            assertThat(cells.cell(3, 5)).isNull();
        }
    }
}
