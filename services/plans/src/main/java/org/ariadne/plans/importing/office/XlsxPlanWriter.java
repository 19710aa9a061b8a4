package org.ariadne.plans.importing.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.PlanHeader;
import org.ariadne.plans.plan.PlanMetadata;
import org.springframework.stereotype.Component;

/**
 * Writes a plan's activities and its own fields as an XLSX workbook people can read and edit, and that
 * {@link XlsxPlanReader} reads back exactly.
 *
 * <p>Layout: sheet {@value #ACTIVITIES} with one header row, then one row per activity: for each level a
 * "&lt;level&gt; code" and a "&lt;level&gt;" column, then the activity fields ({@link DefaultColumnMappings#ownExport}),
 * then one column per extra key (sorted). A list is written one item per line in its cell.
 *
 * <p>Sheet {@value #PLAN}, after the activities so that readers taking the first sheet still find them, holds the
 * plan's own fields, one labelled row each (label in column A, value in B): {@value #TITLE}, {@value #PERIOD_FROM},
 * {@value #PERIOD_TO}, {@value #LEGAL_ACT}, {@value #ADOPTION_DATE} (dates as ISO text), {@value #STRATEGY} (the
 * strategy's id), then "Level 1", "Level 2", … with the level names. An empty field leaves its value cell empty.
 *
 * <p>The very hidden sheet {@value #META} marks the workbook as ours: A1 {@value #MARK}, B1 the format version; row
 * 2 the level names; from row 4 the exact value of every cell of {@value #ACTIVITIES} whose visible text would not
 * give it back: a list with an item that holds a line break, a list of one empty item, or a text longer than a cell
 * holds (32,767 characters; the visible cell is then cut). Such a record is
 * {@code [sheet row, column, "list"|"text", item or chunk, ...]}; the reader uses it only while the visible cell still
 * shows what was written, so an edit in Excel wins.
 */
@Component
public class XlsxPlanWriter {

    static final String ACTIVITIES = "Activities";
    static final String PLAN = "Plan";
    static final String TITLE = "Title";
    static final String PERIOD_FROM = "Period from";
    static final String PERIOD_TO = "Period to";
    static final String LEGAL_ACT = "Legal act";
    static final String ADOPTION_DATE = "Adoption date";
    static final String STRATEGY = "Strategy";
    static final String LEVEL = "Level ";
    static final String META = "ariadne";
    static final String MARK = "ariadne-plan-export";
    static final String FORMAT_VERSION = "1";
    static final int CELL_LIMIT = 32_767;

    public void write(PlanHeader plan, List<ImportRow> rows, OutputStream out) {
        List<String> levels = effectiveLevels(plan.levelNames(), rows);
        TreeSet<String> extraKeys = new TreeSet<>();
        for (ImportRow row : rows) {
            if (row.extra() != null) {
                extraKeys.addAll(row.extra().keySet());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(ACTIVITIES);
            Sheet planSheet = workbook.createSheet(PLAN);
            Sheet meta = workbook.createSheet(META);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);

            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle head = workbook.createCellStyle();
            head.cloneStyleFrom(wrap);
            Font bold = workbook.createFont();
            bold.setBold(true);
            head.setFont(bold);

            List<String> headers = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            for (String level : levels) {
                headers.add(level + " code");
                widths.add(10);
                headers.add(level);
                widths.add(30);
            }
            for (Map.Entry<String, String> e : DefaultColumnMappings.EXPORT_HEADERS.entrySet()) {
                headers.add(e.getValue());
                widths.add(switch (e.getKey()) {
                    case "code" -> 10;
                    case "title" -> 60;
                    case "deadline" -> 16;
                    default -> 35;
                });
            }
            for (String key : extraKeys) {
                headers.add(key);
                widths.add(25);
            }
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                headerRow.createCell(c).setCellValue(headers.get(c));
                headerRow.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, widths.get(c) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));

            writePlanSheet(planSheet, plan, head, wrap);

            Row mark = meta.createRow(0);
            mark.createCell(0).setCellValue(MARK);
            mark.createCell(1).setCellValue(FORMAT_VERSION);
            Row levelRow = meta.createRow(1);
            levelRow.createCell(0).setCellValue("levels");
            for (int i = 0; i < levels.size(); i++) {
                levelRow.createCell(i + 1).setCellValue(levels.get(i));
            }
            meta.createRow(2).createCell(0).setCellValue("exact values");
            Records records = new Records(meta);

            int r = 1;
            for (ImportRow activity : rows) {
                Row row = sheet.createRow(r);
                Cells cells = new Cells(row, wrap, records);
                String[][] path = placePath(levels, activity.path());
                for (int i = 0; i < levels.size(); i++) {
                    cells.text(2 * i, path[i][0]);
                    cells.text(2 * i + 1, path[i][1]);
                }
                int c = 2 * levels.size();
                cells.text(c++, activity.code());
                cells.text(c++, activity.title());
                cells.text(c++, activity.description());
                cells.list(c++, activity.goals());
                cells.text(c++, activity.expectedResults());
                cells.text(c++, activity.deadline());
                cells.list(c++, activity.leadInstitutions());
                cells.list(c++, activity.partners());
                cells.list(c++, activity.implementers());
                cells.list(c++, activity.funders());
                cells.list(c++, activity.indicators());
                cells.list(c++, activity.meansOfVerification());
                cells.list(c++, activity.quantitativeTargets());
                cells.text(c++, activity.resources());
                cells.list(c++, activity.frameworkRefs());
                for (String key : extraKeys) {
                    cells.text(c++, activity.extra() == null ? null : activity.extra().get(key));
                }
                r++;
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX export", e);
        }
    }

    private static void writePlanSheet(Sheet sheet, PlanHeader plan, CellStyle label, CellStyle value) {
        PlanMetadata metadata = plan.metadata() == null ? PlanMetadata.NONE : plan.metadata();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(TITLE, plan.title());
        fields.put(PERIOD_FROM, metadata.periodFrom());
        fields.put(PERIOD_TO, metadata.periodTo());
        fields.put(LEGAL_ACT, metadata.legalAct());
        fields.put(ADOPTION_DATE, metadata.adoptionDate());
        fields.put(STRATEGY, metadata.strategyId());
        List<String> levelNames = plan.levelNames() == null ? List.of() : plan.levelNames();
        for (int i = 0; i < levelNames.size(); i++) {
            fields.put(LEVEL + (i + 1), levelNames.get(i));
        }
        int r = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(field.getKey());
            row.getCell(0).setCellStyle(label);
            if (field.getValue() != null) {
                row.createCell(1).setCellValue(field.getValue());
                row.getCell(1).setCellStyle(value);
            }
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    /** The plan's level names plus any level a row's path names that the plan does not, in order of appearance. */
    private static List<String> effectiveLevels(List<String> levelNames, List<ImportRow> rows) {
        List<String> levels = new ArrayList<>(levelNames == null ? List.of() : levelNames);
        for (ImportRow row : rows) {
            for (PathLevel level : row.path() == null ? List.<PathLevel>of() : row.path()) {
                if (!levels.contains(level.level())) {
                    levels.add(level.level());
                }
            }
        }
        if (levels.size() > TableInterpreter.MAX_LEVELS) {
            throw new IllegalArgumentException("a plan has at most " + TableInterpreter.MAX_LEVELS + " levels: " + levels);
        }
        return levels;
    }

    /** Code and title per level column; a path level goes to its level's column (the next free one if taken). */
    private static String[][] placePath(List<String> levels, List<PathLevel> path) {
        String[][] placed = new String[levels.size()][];
        for (PathLevel level : path == null ? List.<PathLevel>of() : path) {
            int slot = levels.indexOf(level.level());
            while (slot < levels.size() && placed[slot] != null) {
                slot++;
            }
            if (slot < levels.size()) {
                placed[slot] = new String[] {level.code(), level.title()};
            }
        }
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] == null) {
                placed[i] = new String[2];
            }
        }
        return placed;
    }

    /** Writes one row's cells, recording exact values where the visible text would be ambiguous. */
    private record Cells(Row row, CellStyle style, Records records) {

        void text(int column, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            String visible = visibleText(value);
            put(column, visible);
            if (!visible.equals(value) || value.indexOf('\r') >= 0) {
                records.add(row.getRowNum(), column, "text", chunks(value));
            }
        }

        void list(int column, List<String> items) {
            if (items == null || items.isEmpty()) {
                return;
            }
            String joined = String.join("\n", items);
            String visible = visibleText(joined);
            put(column, visible);
            boolean ambiguous = !visible.equals(joined) || (items.size() == 1 && items.get(0).isEmpty());
            for (String item : items) {
                ambiguous |= item.indexOf('\n') >= 0 || item.indexOf('\r') >= 0 || item.length() > CELL_LIMIT;
            }
            if (ambiguous) {
                List<String> stored = new ArrayList<>();
                for (String item : items) {
                    if (item.length() > CELL_LIMIT) {
                        throw new IllegalArgumentException("a list item longer than " + CELL_LIMIT
                                + " characters cannot be exported to XLSX");
                    }
                    stored.add(item);
                }
                records.add(row.getRowNum(), column, "list", stored);
            }
        }

        private void put(int column, String text) {
            row.createCell(column).setCellValue(text);
            row.getCell(column).setCellStyle(style);
        }
    }

    /** What the sheet shows for a value: the value, cut to what a cell holds. */
    static String visibleText(String value) {
        return value.length() <= CELL_LIMIT ? value : value.substring(0, CELL_LIMIT);
    }

    private static List<String> chunks(String value) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < value.length(); i += CELL_LIMIT) {
            chunks.add(value.substring(i, Math.min(value.length(), i + CELL_LIMIT)));
        }
        return chunks;
    }

    /** The exact-value records in the hidden sheet. */
    private static final class Records {
        private final Sheet meta;
        private int next = 3;

        Records(Sheet meta) {
            this.meta = meta;
        }

        void add(int sheetRow, int column, String kind, List<String> values) {
            Row record = meta.createRow(next++);
            record.createCell(0).setCellValue(sheetRow);
            record.createCell(1).setCellValue(column);
            record.createCell(2).setCellValue(kind);
            for (int i = 0; i < values.size(); i++) {
                record.createCell(3 + i).setCellValue(values.get(i));
            }
        }
    }
}
