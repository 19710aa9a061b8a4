package org.ariadne.partners.recommendation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.partners.recommendation.ExportTable;
import org.ariadne.partners.recommendation.RecommendationExport;
import org.springframework.stereotype.Component;

/** The export as a spreadsheet: title and subtitle, then a filterable table with frozen headings. */
@Component
class XlsxRenderer implements RecommendationExport.Renderer {

    /** Excel's limit for one cell's text. */
    private static final int MAX_CELL = 32_767;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public byte[] render(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Recommendations");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            sheet.createRow(0).createCell(0).setCellValue(table.title());
            sheet.getRow(0).getCell(0).setCellStyle(heading);
            sheet.createRow(1).createCell(0).setCellValue(table.subtitle());
            write(sheet.createRow(3), table.headings(), heading);
            for (int i = 0; i < table.rows().size(); i++) {
                write(sheet.createRow(4 + i), table.rows().get(i), wrapped);
            }
            sheet.createFreezePane(0, 4);
            sheet.setAutoFilter(new CellRangeAddress(3, 3 + table.rows().size(), 0, table.headings().size() - 1));
            int[] widths = {22, 9, 11, 60, 14, 16, 40, 40, 18, 40};
            for (int c = 0; c < table.headings().size(); c++) {
                sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 20) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            row.createCell(c).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
            row.getCell(c).setCellStyle(style);
        }
    }
}
