package org.ariadne.plans.importing.office;

import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ParsedTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;

/**
 * Reads the action-plan tables of a Word (DOCX) document, as plans are adopted: every table whose header row
 * matches the {@link ColumnMapping} (found in its first rows; {@link ColumnMapping#headerRow()} is not used here),
 * and a following table without a header but with the same number of columns as its continuation. A row that is
 * one cell across the table ("1. SISTEM PODRŠKE", "1.1 Usvojiti ...") is an area / programme heading: its leading
 * code gives its depth and it sets the path of the rows below. Vertically merged cells continue the cell above;
 * the paragraphs of a cell are its lines; rows flagged as repeating header rows, and copies of the header row
 * (after a page break), are skipped. Row numbers count table rows through the whole document, from 1.
 */
@Component
public class DocxPlanReader {

    public ParsedTable read(InputStream in, ColumnMapping mapping) {
        return OfficeFiles.open(in, "DOCX document", "an old Word 97–2003 (.doc) file; save it as .docx",
                pkg -> read(new XWPFDocument(pkg), mapping));
    }

    private ParsedTable read(XWPFDocument document, ColumnMapping mapping) {
        TableInterpreter interpreter = new TableInterpreter(
                mapping == null ? null : new ColumnMapping(mapping.name(), mapping.columns(), 0), false, null);
        int rowNumber = 0;
        List<GridRow> first = null;
        for (IBodyElement element : document.getBodyElements()) {
            if (!(element instanceof XWPFTable)) {
                continue;
            }
            List<GridRow> grid = grid((XWPFTable) element, rowNumber);
            rowNumber += grid.size();
            if (first == null) {
                first = grid;
            }
            interpreter.readTable(grid, true);
        }
        if (first == null) {
            interpreter.problem(0, null, "the document has no table");
            return interpreter.result();
        }
        interpreter.requireHeader(first);
        return interpreter.result();
    }

    /** The table as rows of cell texts by grid column, vertical merges filled from the cell above. */
    private static List<GridRow> grid(XWPFTable table, int rowsBefore) {
        int width = gridWidth(table);
        Map<Integer, String> above = new HashMap<>();
        List<GridRow> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (grid.size() >= TableInterpreter.MAX_ROWS + 1_000) {
                break;
            }
            List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
            List<XWPFTableCell> tableCells = row.getTableCells();
            int column = 0;
            boolean ownContent = false;
            for (XWPFTableCell cell : tableCells) {
                int span = gridSpan(cell);
                boolean continued = continuesAbove(cell);
                String text = continued ? above.getOrDefault(column, "") : text(cell);
                ownContent |= !continued && !text.isBlank();
                if (column < width) {
                    cells.set(column, text);
                }
                above.put(column, text);
                for (int c = column + 1; c < column + span; c++) {
                    above.put(c, "");
                }
                column += span;
            }
            if (!ownContent) {
                cells.replaceAll(c -> ""); // a blank row inside merged cells: nothing of its own
            }
            boolean spanning = tableCells.size() == 1 && width > 1;
            grid.add(new GridRow(rowsBefore + grid.size() + 1, cells, spanning, row.isRepeatHeader(), Map.of()));
        }
        return grid;
    }

    private static int gridWidth(XWPFTable table) {
        int width = 0;
        if (table.getCTTbl().getTblGrid() != null) {
            width = table.getCTTbl().getTblGrid().sizeOfGridColArray();
        }
        for (XWPFTableRow row : table.getRows()) {
            int sum = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                sum += gridSpan(cell);
            }
            width = Math.max(width, sum);
        }
        return Math.min(width, TableInterpreter.MAX_COLUMNS);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), TableInterpreter.MAX_COLUMNS));
    }

    /** A vMerge without "restart" continues the merged cell above. */
    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        STMerge.Enum merge = properties.getVMerge().getVal();
        return merge == null || merge == STMerge.CONTINUE;
    }

    /** The cell's paragraphs, one line each. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(paragraph.getText());
        }
        return String.join("\n", lines);
    }

}
