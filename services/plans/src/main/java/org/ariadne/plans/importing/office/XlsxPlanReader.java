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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ParsedTable;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.plan.PlanMetadata;
import org.springframework.stereotype.Component;

/**
 * Reads activities from an XLSX workbook: our own export exactly (recognised by its hidden sheet, whatever the
 * mapping says), with the plan's own fields from its plan sheet; any other workbook through a {@link ColumnMapping}
 * on the first visible sheet whose header matches. Vertically merged cells apply to every row they span (marked as
 * continued below their first row); a row that is one merged cell across the table is a heading; bold fonts are
 * noted. What the rows mean is the {@link TableInterpreter}'s to say. Never throws for a bad file: everything wrong
 * is a problem in the result (row 0 = the file as a whole).
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
                pkg -> read(new XSSFWorkbook(pkg), mapping));
    }

    private ParsedTable read(XSSFWorkbook workbook, ColumnMapping mapping) {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        Sheet meta = workbook.getSheet(XlsxPlanWriter.META);
        if (meta != null && XlsxPlanWriter.MARK.equals(text(formatter, meta, 0, 0))) {
            return readOwnExport(workbook, meta, formatter);
        }
        List<ImportProblem> sheetProblems = new ArrayList<>();
        TableInterpreter interpreter = new TableInterpreter(mapping, false, null);
        List<GridRow> first = null;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                continue;
            }
            List<GridRow> grid = grid(workbook.getSheetAt(s), formatter, null, sheetProblems);
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

    private ParsedTable readOwnExport(XSSFWorkbook workbook, Sheet meta, DataFormatter formatter) {
        List<String> levels = new ArrayList<>();
        Row levelRow = meta.getRow(1);
        if (levelRow != null) {
            for (int c = 1; c < levelRow.getLastCellNum(); c++) {
                levels.add(text(formatter, meta, 1, c));
            }
        }
        TableInterpreter interpreter = new TableInterpreter(DefaultColumnMappings.ownExport(levels), true, levels);
        String version = text(formatter, meta, 0, 1);
        if (!XlsxPlanWriter.FORMAT_VERSION.equals(version)) {
            interpreter.add(new ImportProblem(0, null, "export format version " + version + " is not known",
                    "read as version " + XlsxPlanWriter.FORMAT_VERSION));
        }
        Sheet sheet = workbook.getSheet(XlsxPlanWriter.ACTIVITIES);
        if (sheet == null) {
            interpreter.problem(0, null, "the export has no sheet \"" + XlsxPlanWriter.ACTIVITIES + "\"");
            return interpreter.result();
        }
        List<ImportProblem> sheetProblems = new ArrayList<>();
        List<GridRow> grid = grid(sheet, formatter, exactRecords(meta, formatter), sheetProblems);
        interpreter.readTable(grid, true);
        interpreter.requireHeader(grid);
        sheetProblems.forEach(interpreter::add);
        Sheet planSheet = workbook.getSheet(XlsxPlanWriter.PLAN);
        // an export made before the plan sheet existed carries only the activities
        PlanHeader header = planSheet == null ? null : readPlanSheet(planSheet, formatter, interpreter);
        return interpreter.result().withHeader(header);
    }

    /**
     * The plan's own fields from the export's plan sheet ({@link XlsxPlanWriter} documents it), found by their
     * labels so that a reordered row still counts. A date that cannot be read is a problem that stops the import:
     * leaving it out would lose an adopted plan's adoption date without anyone noticing.
     */
    private static PlanHeader readPlanSheet(Sheet sheet, DataFormatter formatter, TableInterpreter interpreter) {
        Map<String, Integer> rowOfLabel = new HashMap<>();
        Map<Integer, String> levelNames = new TreeMap<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_PLAN_SHEET_ROWS); r++) {
            String label = text(formatter, sheet, r, 0).strip();
            Matcher level = LEVEL_LABEL.matcher(label);
            if (level.matches()) {
                String name = text(formatter, sheet, r, 1);
                if (!name.isBlank()) {
                    levelNames.put(Integer.parseInt(level.group(1)), name);
                }
            } else if (!label.isEmpty()) {
                rowOfLabel.putIfAbsent(label, r);
            }
        }
        PlanSheetFields fields = new PlanSheetFields(sheet, formatter, rowOfLabel, interpreter);
        PlanMetadata metadata = new PlanMetadata(fields.date(XlsxPlanWriter.PERIOD_FROM),
                fields.date(XlsxPlanWriter.PERIOD_TO), fields.text(XlsxPlanWriter.LEGAL_ACT),
                fields.date(XlsxPlanWriter.ADOPTION_DATE), fields.text(XlsxPlanWriter.STRATEGY));
        return new PlanHeader(fields.text(XlsxPlanWriter.TITLE), List.copyOf(levelNames.values()), metadata);
    }

    /** The values in column B of the plan sheet, by the label in column A. */
    private record PlanSheetFields(Sheet sheet, DataFormatter formatter, Map<String, Integer> rowOfLabel,
            TableInterpreter interpreter) {

        /** The value as written (an export gives it back exactly), null when the cell is empty. */
        String text(String label) {
            Integer r = rowOfLabel.get(label);
            String value = r == null ? "" : XlsxPlanReader.text(formatter, sheet, r, 1);
            return value.isBlank() ? null : value;
        }

        /** An ISO date, null when the cell is empty or holds no date (then with a problem). */
        String date(String label) {
            Integer r = rowOfLabel.get(label);
            Cell cell = r == null || sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(1);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                // Excel turns a date typed into a cell into a date cell, shown in the user's locale
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            String value = formatter.formatCellValue(cell).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException e) {
                interpreter.problem(r + 1, "B", "sheet \"" + sheet.getSheetName() + "\", row " + (r + 1)
                        + ", column B (" + label + "): \"" + value + "\" is not a date; write it as 2020-01-31");
                return null;
            }
        }
    }

    /** The hidden sheet's exact values by sheet row and column ({@link XlsxPlanWriter} documents the records). */
    private static Map<Long, Exact> exactRecords(Sheet meta, DataFormatter formatter) {
        Map<Long, Exact> records = new HashMap<>();
        for (int r = 3; r <= meta.getLastRowNum(); r++) {
            Row row = meta.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(1) == null) {
                continue;
            }
            try {
                int sheetRow = (int) row.getCell(0).getNumericCellValue();
                int column = (int) row.getCell(1).getNumericCellValue();
                boolean list = "list".equals(text(formatter, meta, r, 2));
                List<String> values = new ArrayList<>();
                for (int c = 3; c < row.getLastCellNum(); c++) {
                    values.add(text(formatter, meta, r, c));
                }
                records.put(key(sheetRow, column), new Exact(list, values));
            } catch (RuntimeException e) {
                // a damaged record: the visible cell is read instead
            }
        }
        return records;
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
    private static List<GridRow> grid(Sheet sheet, DataFormatter formatter, Map<Long, Exact> exact,
                                      List<ImportProblem> problems) {
        int lastRow = sheet.getLastRowNum();
        if (lastRow >= MAX_SHEET_ROWS) {
            problems.add(new ImportProblem(MAX_SHEET_ROWS + 1, null, "sheet \"" + sheet.getSheetName()
                    + "\" has more than " + MAX_SHEET_ROWS + " rows; the rest was not read", null));
            lastRow = MAX_SHEET_ROWS - 1;
        }
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, row.getLastCellNum());
            }
        }
        if (width > TableInterpreter.MAX_COLUMNS) {
            problems.add(new ImportProblem(1, CellText.columnLetters(TableInterpreter.MAX_COLUMNS), "sheet \""
                    + sheet.getSheetName() + "\" has more than " + TableInterpreter.MAX_COLUMNS
                    + " columns; the rest was not read", null));
            width = TableInterpreter.MAX_COLUMNS;
        }
        // merged regions: the top-left text applies to every row of the region (in its first column)
        Map<Long, String> mergedText = new HashMap<>();
        java.util.Set<Long> continued = new java.util.HashSet<>();
        Map<Integer, CellRangeAddress> wideRegionStart = new HashMap<>();
        long mergedCells = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() > lastRow || region.getFirstColumn() >= width) {
                continue;
            }
            // A few huge or overlapping regions in a tiny file would otherwise cost gigabytes here.
            mergedCells += (long) (Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1)
                    * (Math.min(region.getLastColumn(), width - 1) - region.getFirstColumn() + 1);
            if (mergedCells > MAX_MERGED_CELLS) {
                problems.add(new ImportProblem(region.getFirstRow() + 1, CellText.columnLetters(region.getFirstColumn()),
                        "sheet \"" + sheet.getSheetName() + "\" merges more than " + MAX_MERGED_CELLS
                                + " cells in all; this is not an action-plan table", null));
                break;
            }
            String text = text(formatter, sheet, region.getFirstRow(), region.getFirstColumn());
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
                String text = merged != null ? merged : text(formatter, sheet, r, c);
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
    private static boolean allBold(Sheet sheet, int r, List<String> cells, java.util.Set<Integer> continuedCells) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return false;
        }
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isBlank() || continuedCells.contains(c)) {
                continue;
            }
            Cell cell = row.getCell(c);
            if (cell == null || !sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
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

    private static String text(DataFormatter formatter, Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

}
