package org.ariadne.plans.importing.office;

import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ParsedTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;

/**
 * Reads the action-plan tables of a Word (DOCX) document, as plans are adopted: every table whose header row
 * matches the {@link ColumnMapping} (found in its first rows; {@link ColumnMapping#headerRow()} is not used here),
 * and a following table without a header but with the same number of columns as its continuation; other tables are
 * counted as not part of the plan. Cells merged across columns (gridSpan, or hMerge) are one cell, so a row of one
 * cell across the table is a heading; cells merged down (vMerge) continue the cell above and are marked as such; the
 * paragraphs of a cell are its lines; a row whose text is all bold, and the outline level of its paragraphs (their
 * own, or their style's: "Heading 1" …), tell headings apart where codes do not. Coded paragraphs right before a
 * plan table ("1. SISTEM PODRŠKE" between the tables of a plan) are headings too, read as rows before the table's
 * own. What the rows mean is the {@link TableInterpreter}'s to say. Row numbers count table rows (and those heading
 * paragraphs) through the whole document, from 1.
 */
@Component
public class DocxPlanReader {

    /** A paragraph longer than this is body text, whatever it starts with. */
    private static final int MAX_HEADING_PARAGRAPH = 300;

    public ParsedTable read(InputStream in, ColumnMapping mapping) {
        return OfficeFiles.open(in, "DOCX document", "an old Word 97–2003 (.doc) file; save it as .docx",
                pkg -> read(new XWPFDocument(pkg), mapping));
    }

    private ParsedTable read(XWPFDocument document, ColumnMapping mapping) {
        TableInterpreter interpreter = new TableInterpreter(
                mapping == null ? null : new ColumnMapping(mapping.name(), mapping.columns(), 0), false, null);
        Outlines outlines = new Outlines(document.getStyles());
        int rowNumber = 0;
        List<GridRow> first = null;
        List<XWPFParagraph> headingsBefore = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (text.isBlank()) {
                    continue;
                }
                if (readsAsHeading(text)) {
                    headingsBefore.add(paragraph);
                } else {
                    headingsBefore.clear(); // body text: the headings before it head no table
                }
                continue;
            }
            if (!(element instanceof XWPFTable)) {
                continue;
            }
            List<GridRow> paragraphs = new ArrayList<>();
            for (XWPFParagraph paragraph : headingsBefore) {
                paragraphs.add(new GridRow(++rowNumber, List.of(paragraph.getText().strip()), true, false, Map.of(),
                        Set.of(), isBold(paragraph), outlines.of(paragraph)));
            }
            headingsBefore.clear();
            List<GridRow> grid = grid((XWPFTable) element, rowNumber, outlines);
            rowNumber += grid.size();
            if (first == null) {
                first = grid;
            }
            if (!interpreter.readTable(grid, true, paragraphs)) {
                interpreter.skipTable(grid);
            }
        }
        if (first == null) {
            interpreter.problem(0, null, "the document has no table");
            return interpreter.result();
        }
        interpreter.requireHeader(first);
        return interpreter.result();
    }

    /**
     * The table as rows of cell texts by grid column: vertical merges filled from the cell above (and marked as
     * continued), horizontal merges (gridSpan, or the older hMerge Word still reads) as one cell.
     */
    private static List<GridRow> grid(XWPFTable table, int rowsBefore, Outlines outlines) {
        int width = gridWidth(table);
        Map<Integer, String> above = new HashMap<>();
        List<GridRow> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (grid.size() >= TableInterpreter.MAX_ROWS + 1_000) {
                break;
            }
            List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
            Set<Integer> continued = new HashSet<>();
            List<XWPFTableCell> tableCells = row.getTableCells();
            int column = 0;
            int ownCells = 0;
            boolean ownContent = false;
            boolean bold = true;
            int outline = 0;
            int lastCellStart = -1;
            for (XWPFTableCell cell : tableCells) {
                int span = gridSpan(cell);
                if (continuesLeft(cell) && lastCellStart >= 0) {
                    // an hMerge continuation belongs to the cell on its left
                    for (int c = column; c < column + span; c++) {
                        above.put(c, "");
                    }
                    column += span;
                    continue;
                }
                lastCellStart = column;
                ownCells++;
                boolean continuedCell = continuesAbove(cell);
                String text = continuedCell ? above.getOrDefault(column, "") : text(cell);
                if (!continuedCell && !text.isBlank()) {
                    ownContent = true;
                    bold &= isBold(cell);
                    outline = lowest(outline, outlines.of(cell));
                }
                if (column < width) {
                    cells.set(column, text);
                    if (continuedCell) {
                        continued.add(column);
                    }
                }
                above.put(column, text);
                for (int c = column + 1; c < column + span; c++) {
                    above.put(c, "");
                }
                column += span;
            }
            if (!ownContent) {
                cells.replaceAll(c -> ""); // a blank row inside merged cells: nothing of its own
                bold = false;
            }
            boolean spanning = ownCells == 1 && width > 1;
            grid.add(new GridRow(rowsBefore + grid.size() + 1, cells, spanning, row.isRepeatHeader(), Map.of(),
                    Set.copyOf(continued), bold, outline));
        }
        return grid;
    }

    private static int lowest(int outline, int other) {
        if (outline == 0) {
            return other;
        }
        return other == 0 ? outline : Math.min(outline, other);
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

    /** An hMerge without "restart" continues the cell on its left. */
    private static boolean continuesLeft(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetHMerge()) {
            return false;
        }
        STMerge.Enum merge = properties.getHMerge().getVal();
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

    /** Whether every run of text in the cell is bold (direct formatting, as Word and LibreOffice write it). */
    private static boolean isBold(XWPFTableCell cell) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (!isBold(paragraph)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBold(XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text != null && !text.isBlank() && !run.isBold()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paragraph outside the tables that heads the table after it: a short text that starts with a code
     * ("1. SISTEM PODRŠKE", "Poglavje 3 – …"). Not a caption ("Tabela 1: …"), not body text, and not an uncoded
     * title in a heading style, which would push the whole plan one level down.
     */
    private static boolean readsAsHeading(String text) {
        return text.length() <= MAX_HEADING_PARAGRAPH && HeadingText.parse(text).printsLevelCode();
    }

    /** Outline levels of paragraphs: their own, else their style's ("Heading 2" and its translations carry one). */
    private static final class Outlines {
        private static final java.util.regex.Pattern HEADING_STYLE =
                java.util.regex.Pattern.compile("(?i)(heading|naslov|überschrift|titre|titolo|kryetitull)\\s*(\\d)");
        private final XWPFStyles styles;
        private final Map<String, Integer> byStyle = new HashMap<>();

        Outlines(XWPFStyles styles) {
            this.styles = styles;
        }

        /** The lowest outline level (1 = top) of the cell's paragraphs with text, 0 when none has one. */
        int of(XWPFTableCell cell) {
            int outline = 0;
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                if (paragraph.getText().isBlank()) {
                    continue;
                }
                outline = lowest(outline, of(paragraph));
            }
            return outline;
        }

        int of(XWPFParagraph paragraph) {
            CTPPr properties = paragraph.getCTP().getPPr();
            if (properties != null && properties.isSetOutlineLvl()) {
                return level(properties.getOutlineLvl().getVal());
            }
            String style = paragraph.getStyleID();
            return style == null ? 0 : byStyle.computeIfAbsent(style, this::ofStyle);
        }

        private int ofStyle(String styleId) {
            XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
            if (style == null) {
                return 0;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.isSetOutlineLvl()) {
                return level(properties.getOutlineLvl().getVal());
            }
            java.util.regex.Matcher name = HEADING_STYLE.matcher(style.getName() == null ? styleId : style.getName());
            return name.find() ? Integer.parseInt(name.group(2)) : 0;
        }

        /** Word counts outline levels from 0 and uses 9 for body text. */
        private static int level(BigInteger value) {
            return value == null || value.intValue() < 0 || value.intValue() >= 9 ? 0 : value.intValue() + 1;
        }
    }
}
