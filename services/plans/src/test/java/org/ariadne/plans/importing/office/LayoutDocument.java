package org.ariadne.plans.importing.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A plan table as an administration lays it out — a title, the header row, rows whose cells may span rows and
 * columns and be bold, a note below — written out by two producers: Apache POI the way Word and Excel write such
 * tables (gridSpan and vMerge, merged regions, the header row flagged to repeat), and HTML for LibreOffice to convert
 * ({@link LibreOfficeLayoutFixtures}). Cells are given as in HTML: each row lists the cells that start in it.
 */
final class LayoutDocument {

    final String name;
    final String title;
    final int width;
    final List<Row> rows = new ArrayList<>();
    String note;

    /** A cell: its text (lines separated by \n), how many rows and columns it spans, whether it is bold. */
    record Cell(String text, int rowspan, int colspan, boolean bold) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, 1, 1, false);
        }
    }

    /** A row: the cells that start in it; {@code header} for the header row (and its copies). */
    record Row(List<Cell> cells, boolean header) {
    }

    LayoutDocument(String name, String title, int width) {
        this.name = name;
        this.title = title;
        this.width = width;
    }

    void header(List<String> texts, boolean first) {
        rows.add(new Row(texts.stream().map(Cell::of).toList(), first));
    }

    void row(List<Cell> cells) {
        rows.add(new Row(List.copyOf(cells), false));
    }

    void spanning(String text, boolean bold) {
        rows.add(new Row(List.of(new Cell(text, 1, width, bold)), false));
    }

    void empty() {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(Cell.of(""));
        }
        rows.add(new Row(cells, false));
    }

    /** Where each cell of each row sits in the grid: its start column, and the grid positions rowspans cover. */
    private record Placed(Cell cell, int column) {
    }

    /** Per row: the cells starting there (with their column) and, per column, the cell a rowspan from above covers. */
    private List<List<Placed>> place(List<Placed[]> covered) {
        List<List<Placed>> placed = new ArrayList<>();
        Placed[] pending = new Placed[width];
        int[] remaining = new int[width];
        for (Row row : rows) {
            Placed[] coveredHere = new Placed[width];
            for (int c = 0; c < width; c++) {
                if (remaining[c] > 0) {
                    coveredHere[c] = pending[c];
                    remaining[c]--;
                }
            }
            List<Placed> starts = new ArrayList<>();
            int column = 0;
            for (Cell cell : row.cells()) {
                while (column < width && coveredHere[column] != null) {
                    column++;
                }
                Placed p = new Placed(cell, column);
                starts.add(p);
                for (int c = column; c < column + cell.colspan() && c < width; c++) {
                    if (cell.rowspan() > 1) {
                        pending[c] = p;
                        remaining[c] = cell.rowspan() - 1;
                    }
                }
                column += cell.colspan();
            }
            placed.add(starts);
            covered.add(coveredHere);
        }
        return placed;
    }

    /** As Word writes it: one table (title row first), gridSpan across columns, vMerge restart/continue down rows. */
    byte[] docx() {
        List<Placed[]> covered = new ArrayList<>();
        List<List<Placed>> placed = place(covered);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(1, width);
            XWPFTableRow titleRow = table.getRow(0);
            trim(titleRow, 1);
            CTTcPr titleProperties = tcPr(titleRow.getCell(0));
            titleProperties.addNewGridSpan().setVal(BigInteger.valueOf(width));
            write(titleRow.getCell(0), title, true);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.createRow();
                List<Object[]> tcs = new ArrayList<>(); // {cell, span, merge (null, restart, continue)}
                Placed[] coveredHere = covered.get(r);
                List<Placed> starts = placed.get(r);
                int next = 0;
                for (int c = 0; c < width; ) {
                    if (coveredHere[c] != null) {
                        tcs.add(new Object[] {null, coveredHere[c].cell().colspan(), STMerge.CONTINUE});
                        c += coveredHere[c].cell().colspan();
                    } else if (next < starts.size() && starts.get(next).column() == c) {
                        Cell cell = starts.get(next++).cell();
                        tcs.add(new Object[] {cell, cell.colspan(), cell.rowspan() > 1 ? STMerge.RESTART : null});
                        c += cell.colspan();
                    } else {
                        tcs.add(new Object[] {Cell.of(""), 1, null});
                        c++;
                    }
                }
                trim(row, tcs.size());
                for (int i = 0; i < tcs.size(); i++) {
                    XWPFTableCell tc = row.getCell(i);
                    CTTcPr properties = tcPr(tc);
                    int span = (Integer) tcs.get(i)[1];
                    if (span > 1) {
                        properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    STMerge.Enum merge = (STMerge.Enum) tcs.get(i)[2];
                    if (merge == STMerge.RESTART) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    } else if (merge == STMerge.CONTINUE) {
                        properties.addNewVMerge(); // no value: continues the cell above, as Word writes it
                    }
                    Cell cell = (Cell) tcs.get(i)[0];
                    write(tc, cell == null ? "" : cell.text(), cell != null && cell.bold());
                }
                if (rows.get(r).header()) {
                    row.setRepeatHeader(true);
                }
            }
            if (note != null) {
                document.createParagraph().createRun().setText(note);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void trim(XWPFTableRow row, int cells) {
        while (row.getTableCells().size() > cells) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        while (row.getTableCells().size() < cells) {
            row.createCell();
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void write(XWPFTableCell cell, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (!lines[i].isEmpty()) {
                XWPFRun run = paragraph.createRun();
                run.setText(lines[i]);
                run.setBold(bold);
            }
        }
    }

    /** As Excel writes it: the title in the first row, merged regions for spans, a bold font where bold. */
    byte[] xlsx() {
        List<Placed[]> covered = new ArrayList<>();
        List<List<Placed>> placed = place(covered);
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Plan");
        CellStyle boldStyle = workbook.createCellStyle();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        boldStyle.setFont(boldFont);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(boldStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        for (int r = 0; r < rows.size(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
            for (Placed p : placed.get(r)) {
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(p.column());
                cell.setCellValue(p.cell().text());
                cell.setCellStyle(p.cell().bold() ? boldStyle : wrap);
                if (p.cell().rowspan() > 1 || p.cell().colspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r + 1, r + p.cell().rowspan(), p.column(),
                            p.column() + p.cell().colspan() - 1));
                }
            }
        }
        if (note != null) {
            sheet.createRow(rows.size() + 2).createCell(0).setCellValue(note);
        }
        return TestRows.xlsx(workbook);
    }

    /**
     * For LibreOffice: the title and the note as paragraphs around the table (Writer keeps them out of the table,
     * Calc makes them rows of the sheet), the first header row in {@code thead}, bold as {@code b}, lines as {@code br}.
     */
    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(name)).append("</title></head><body>\n<p><b>").append(escape(title)).append("</b></p>\n")
                .append("<table border=\"1\">\n");
        boolean inHead = false;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (r == 0 && row.header()) {
                html.append("<thead>\n");
                inHead = true;
            } else if (inHead) {
                html.append("</thead>\n<tbody>\n");
                inHead = false;
            }
            html.append("<tr>");
            for (Cell cell : row.cells()) {
                String tag = inHead ? "th" : "td";
                html.append('<').append(tag);
                if (cell.rowspan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                if (cell.colspan() > 1) {
                    html.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                html.append('>');
                String text = escape(cell.text()).replace("\n", "<br>");
                html.append(cell.bold() ? "<b>" + text + "</b>" : text).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (note != null) {
            html.append("<p>").append(escape(note)).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
