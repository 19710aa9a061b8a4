package org.ariadne.plans.importing.office;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.importing.office.StreamedWorkbook.Cell;
import org.ariadne.plans.importing.office.StreamedWorkbook.Cells;
import org.ariadne.plans.importing.office.StreamedWorkbook.SheetRef;
import org.ariadne.plans.plan.PlanMetadata;
import org.springframework.stereotype.Component;

/**
 * Reads activities from an XLSX workbook: our own export exactly (recognised by its hidden sheet, whatever the
 * mapping says), with the plan's own fields from its plan sheet; any other workbook through a {@link ColumnMapping}
 * on the first visible sheet whose header matches. Vertically merged cells apply to every row they span (marked as
 * continued below their first row); a row that is one merged cell across the table is a heading; bold fonts are
 * noted. What the rows mean is the {@link TableInterpreter}'s to say. Never throws for a bad file: everything wrong
 * is a problem in the result (row 0 = the file as a whole). The workbook is read as a stream ({@link StreamedWorkbook}):
 * only the sheets it needs, one at a time, and of each only the texts, formats and merges this reader looks at.
 */
@Component
public class XlsxPlanReader {

    /** Rows read from a sheet at most: the data-row limit plus room for headings and blank rows. */
    private static final int MAX_SHEET_ROWS = TableInterpreter.MAX_ROWS + 1_000;
    /** Rows read from the plan sheet at most: it has a dozen; the rest of a longer one is not ours. */
    private static final int MAX_PLAN_SHEET_ROWS = 100;
    /** Cells covered by merged regions at most (a 5,000-row plan with merged area columns needs some 10,000). */
    static final long MAX_MERGED_CELLS = 1_000_000;
    private static final Pattern LEVEL_LABEL = Pattern.compile(Pattern.quote(XlsxPlanWriter.LEVEL) + "(\\d{1,2})");

    public ParsedTable read(InputStream in, ColumnMapping mapping) {
        return OfficeFiles.open(in, "XLSX workbook", "an old Excel 97–2003 (.xls) file; save it as .xlsx",
                pkg -> read(StreamedWorkbook.open(pkg), mapping));
    }

    private ParsedTable read(StreamedWorkbook workbook, ColumnMapping mapping) throws Exception {
        SheetRef metaSheet = workbook.sheet(XlsxPlanWriter.META);
        Cells meta = metaSheet == null ? null : workbook.read(metaSheet, Integer.MAX_VALUE, Integer.MAX_VALUE);
        if (meta != null && XlsxPlanWriter.MARK.equals(meta.text(0, 0))) {
            return readOwnExport(workbook, meta);
        }
        List<ImportProblem> sheetProblems = new ArrayList<>();
        TableInterpreter interpreter = new TableInterpreter(mapping, false, null);
        List<GridRow> first = null;
        for (SheetRef sheet : workbook.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            List<GridRow> grid = grid(read(workbook, sheet), null, sheetProblems);
            if (first == null) {
                first = grid;
            }
            if (interpreter.readTable(grid, true)) {
                break;
            }
        }
        interpreter.requireHeader(first == null ? List.of() : first);
        sheetProblems.forEach(interpreter::add);
        return interpreter.result();
    }

    /** The first rows and columns of a sheet, as many as a table may have and one more (to tell that there were more). */
    private static Cells read(StreamedWorkbook workbook, SheetRef sheet) throws Exception {
        return workbook.read(sheet, MAX_SHEET_ROWS, TableInterpreter.MAX_COLUMNS + 1);
    }

    private ParsedTable readOwnExport(StreamedWorkbook workbook, Cells meta) throws Exception {
        List<String> levels = new ArrayList<>();
        if (meta.hasRow(1)) {
            for (int c = 1; c < meta.lastCellNum(1); c++) {
                levels.add(meta.text(1, c));
            }
        }
        TableInterpreter interpreter = new TableInterpreter(DefaultColumnMappings.ownExport(levels), true, levels);
        String version = meta.text(0, 1);
        if (!XlsxPlanWriter.FORMAT_VERSION.equals(version)) {
            interpreter.add(new ImportProblem(0, null, "export format version " + version + " is not known",
                    "read as version " + XlsxPlanWriter.FORMAT_VERSION));
        }
        SheetRef sheet = workbook.sheet(XlsxPlanWriter.ACTIVITIES);
        if (sheet == null) {
            interpreter.problem(0, null, "the export has no sheet \"" + XlsxPlanWriter.ACTIVITIES + "\"");
            return interpreter.result();
        }
        List<ImportProblem> sheetProblems = new ArrayList<>();
        List<GridRow> grid = grid(read(workbook, sheet), exactRecords(meta), sheetProblems);
        interpreter.readTable(grid, true);
        interpreter.requireHeader(grid);
        sheetProblems.forEach(interpreter::add);
        SheetRef planSheet = workbook.sheet(XlsxPlanWriter.PLAN);
        // an export made before the plan sheet existed carries only the activities
        PlanHeader header = planSheet == null ? null
                : readPlanSheet(workbook, workbook.read(planSheet, MAX_PLAN_SHEET_ROWS + 1, 2), interpreter);
        return interpreter.result().withHeader(header);
    }

    /**
     * The plan's own fields from the export's plan sheet ({@link XlsxPlanWriter} documents it), found by their
     * labels so that a reordered row still counts. A date that cannot be read is a problem that stops the import:
     * leaving it out would lose an adopted plan's adoption date without anyone noticing.
     */
    private static PlanHeader readPlanSheet(StreamedWorkbook workbook, Cells sheet, TableInterpreter interpreter) {
        Map<String, Integer> rowOfLabel = new HashMap<>();
        Map<Integer, String> levelNames = new TreeMap<>();
        for (int r = 0; r <= Math.min(sheet.lastRowNum(), MAX_PLAN_SHEET_ROWS); r++) {
            String label = sheet.text(r, 0).strip();
            Matcher level = LEVEL_LABEL.matcher(label);
            if (level.matches()) {
                String name = sheet.text(r, 1);
                if (!name.isBlank()) {
                    levelNames.put(Integer.parseInt(level.group(1)), name);
                }
            } else if (!label.isEmpty()) {
                rowOfLabel.putIfAbsent(label, r);
            }
        }
        PlanSheetFields fields = new PlanSheetFields(workbook, sheet, rowOfLabel, interpreter);
        PlanMetadata metadata = new PlanMetadata(fields.date(XlsxPlanWriter.PERIOD_FROM),
                fields.date(XlsxPlanWriter.PERIOD_TO), fields.text(XlsxPlanWriter.LEGAL_ACT),
                fields.date(XlsxPlanWriter.ADOPTION_DATE), fields.text(XlsxPlanWriter.STRATEGY));
        return new PlanHeader(fields.text(XlsxPlanWriter.TITLE), List.copyOf(levelNames.values()), metadata);
    }

    /** The values in column B of the plan sheet, by the label in column A. */
    private record PlanSheetFields(StreamedWorkbook workbook, Cells sheet, Map<String, Integer> rowOfLabel,
            TableInterpreter interpreter) {

        /** The value as written (an export gives it back exactly), null when the cell is empty. */
        String text(String label) {
            Integer r = rowOfLabel.get(label);
            String value = r == null ? "" : sheet.text(r, 1);
            return value.isBlank() ? null : value;
        }

        /** An ISO date, null when the cell is empty or holds no date (then with a problem). */
        String date(String label) {
            Integer r = rowOfLabel.get(label);
            Cell cell = r == null ? null : sheet.cell(r, 1);
            if (cell == null) {
                return null;
            }
            if (cell.number() != null && cell.dateFormatted()) {
                // Excel turns a date typed into a cell into a date cell, shown in the user's locale
                return workbook.date(cell).toString();
            }
            String value = cell.text().strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException e) {
                interpreter.problem(r + 1, "B", "sheet \"" + sheet.name() + "\", row " + (r + 1)
                        + ", column B (" + label + "): \"" + value + "\" is not a date; write it as 2020-01-31");
                return null;
            }
        }
    }

    /** The hidden sheet's exact values by sheet row and column ({@link XlsxPlanWriter} documents the records). */
    private static Map<Long, Exact> exactRecords(Cells meta) {
        Map<Long, Exact> records = new HashMap<>();
        for (int r = 3; r <= meta.lastRowNum(); r++) {
            Cell rowCell = meta.cell(r, 0);
            Cell columnCell = meta.cell(r, 1);
            if (rowCell == null || columnCell == null) {
                continue;
            }
            try {
                int sheetRow = (int) numeric(rowCell);
                int column = (int) numeric(columnCell);
                boolean list = "list".equals(meta.text(r, 2));
                List<String> values = new ArrayList<>();
                for (int c = 3; c < meta.lastCellNum(r); c++) {
                    values.add(meta.text(r, c));
                }
                records.put(key(sheetRow, column), new Exact(list, values));
            } catch (RuntimeException e) {
                // a damaged record: the visible cell is read instead
            }
        }
        return records;
    }

    /** A numeric cell's value; any other cell fails as the object model's {@code getNumericCellValue} does. */
    private static double numeric(Cell cell) {
        if (cell.number() == null) {
            if (cell.text().isEmpty()) {
                return 0; // a blank cell reads as 0
            }
            throw new IllegalStateException("not a number: " + cell.text());
        }
        return cell.number();
    }

    private record Exact(boolean list, List<String> values) {
        String visible() {
            return XlsxPlanWriter.visibleText(String.join(list ? "\n" : "", values));
        }

        List<String> value() {
            return list ? values : List.of(String.join("", values));
        }
    }

    /**
     * The sheet as rows of cell texts, merged cells resolved. {@code exact}: our own export's exact values (null for any
     * other workbook, whose formatting is read instead: our export has no headings to tell apart).
     */
    private static List<GridRow> grid(Cells sheet, Map<Long, Exact> exact, List<ImportProblem> problems) {
        int lastRow = sheet.lastRowNum();
        if (lastRow >= MAX_SHEET_ROWS) {
            problems.add(new ImportProblem(MAX_SHEET_ROWS + 1, null, "sheet \"" + sheet.name()
                    + "\" has more than " + MAX_SHEET_ROWS + " rows; the rest was not read", null));
            lastRow = MAX_SHEET_ROWS - 1;
        }
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            width = Math.max(width, sheet.lastCellNum(r));
        }
        if (width > TableInterpreter.MAX_COLUMNS) {
            problems.add(new ImportProblem(1, CellText.columnLetters(TableInterpreter.MAX_COLUMNS), "sheet \""
                    + sheet.name() + "\" has more than " + TableInterpreter.MAX_COLUMNS
                    + " columns; the rest was not read", null));
            width = TableInterpreter.MAX_COLUMNS;
        }
        // merged regions: the top-left text applies to every row of the region (in its first column)
        Map<Long, String> mergedText = new HashMap<>();
        java.util.Set<Long> continued = new java.util.HashSet<>();
        Map<Integer, CellRangeAddress> wideRegionStart = new HashMap<>();
        long mergedCells = 0;
        for (CellRangeAddress region : sheet.mergedRegions()) {
            if (region.getFirstRow() > lastRow || region.getFirstColumn() >= width) {
                continue;
            }
            // A few huge or overlapping regions in a tiny file would otherwise cost gigabytes here.
            mergedCells += (long) (Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1)
                    * (Math.min(region.getLastColumn(), width - 1) - region.getFirstColumn() + 1);
            if (mergedCells > MAX_MERGED_CELLS) {
                problems.add(new ImportProblem(region.getFirstRow() + 1, CellText.columnLetters(region.getFirstColumn()),
                        "sheet \"" + sheet.name() + "\" merges more than " + MAX_MERGED_CELLS
                                + " cells in all; this is not an action-plan table", null));
                break;
            }
            String text = sheet.text(region.getFirstRow(), region.getFirstColumn());
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                mergedText.put(key(r, region.getFirstColumn()), text);
                if (r > region.getFirstRow()) {
                    continued.add(key(r, region.getFirstColumn()));
                }
                for (int c = region.getFirstColumn() + 1; c <= Math.min(region.getLastColumn(), width - 1); c++) {
                    mergedText.put(key(r, c), "");
                }
            }
            if (region.getLastColumn() > region.getFirstColumn()) {
                wideRegionStart.put(region.getFirstRow(), region);
            }
        }
        List<GridRow> grid = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            List<String> cells = new ArrayList<>(width);
            Map<Integer, List<String>> exactCells = new HashMap<>();
            java.util.Set<Integer> continuedCells = new java.util.HashSet<>();
            for (int c = 0; c < width; c++) {
                String merged = mergedText.get(key(r, c));
                String text = merged != null ? merged : sheet.text(r, c);
                cells.add(text);
                if (continued.contains(key(r, c))) {
                    continuedCells.add(c);
                }
                Exact record = exact == null ? null : exact.get(key(r, c));
                if (record != null && record.visible().equals(text)) {
                    exactCells.put(c, record.value());
                }
            }
            boolean bold = false;
            if (onlyContinued(cells, r, continued)) {
                cells.replaceAll(c -> ""); // a blank row inside merged cells: nothing of its own
            } else if (exact == null) {
                bold = allBold(sheet, r, cells, continuedCells);
            }
            CellRangeAddress wide = wideRegionStart.get(r);
            boolean spanning = wide != null && onlyInside(cells, wide);
            grid.add(new GridRow(r + 1, cells, spanning, false, exactCells, java.util.Set.copyOf(continuedCells), bold, 0));
        }
        return grid;
    }

    /** Whether every cell the row prints itself is set in a bold font. */
    private static boolean allBold(Cells sheet, int r, List<String> cells, java.util.Set<Integer> continuedCells) {
        if (!sheet.hasRow(r)) {
            return false;
        }
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isBlank() || continuedCells.contains(c)) {
                continue;
            }
            Cell cell = sheet.cell(r, c);
            if (cell == null || !cell.bold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean onlyContinued(List<String> cells, int row, java.util.Set<Long> continued) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank() && !continued.contains(key(row, c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyInside(List<String> cells, CellRangeAddress region) {
        for (int c = 0; c < cells.size(); c++) {
            boolean inside = c >= region.getFirstColumn() && c <= region.getLastColumn();
            if (!inside && !cells.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

}
