package org.ariadne.plans.importing.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.ParsedTable;

/**
 * Turns the rows of a table (from XLSX, CSV or DOCX alike) into {@link ImportRow}s through a {@link ColumnMapping}:
 * finds the header row, assigns columns to fields, follows heading rows that set the path, skips blank and repeated
 * header rows, and reports a problem per unusable cell. One instance reads one file (a Word document may give
 * several tables that continue each other).
 *
 * <p>Mapping values: header texts compared without case and diacritics, several alternatives separated by
 * {@code |}; {@code #B} names column B; a bare 1–3 letter value is taken as a column letter only when no header
 * matches it. Exact header matches win over prefix matches ("Rok" also matches "Rok izvršenja").
 */
final class TableInterpreter {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 500;
    static final int MAX_LEVELS = 8;
    /** How far down a table the header row is looked for when the mapping does not say. */
    private static final int HEADER_SEARCH_ROWS = 30;

    static final String TITLE = "title";
    static final List<String> STRING_FIELDS = List.of("code", "description", "expectedResults", "deadline", "resources");
    static final List<String> LIST_FIELDS = List.of("goals", "leadInstitutions", "partners", "implementers", "funders",
            "indicators", "meansOfVerification", "quantitativeTargets", "frameworkRefs");

    private final ColumnMapping mapping;
    private final boolean exact;
    private final List<String> fixedLevelNames;

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<PathLevel> headingPath = new ArrayList<>();
    private Header header;
    private int dataRows;
    private boolean full;

    /**
     * @param exact           the table is our own export: cells are taken as written (no trimming, no bullets)
     * @param fixedLevelNames level names known from elsewhere (own export metadata), or null
     */
    TableInterpreter(ColumnMapping mapping, boolean exact, List<String> fixedLevelNames) {
        this.mapping = usable(mapping);
        this.exact = exact;
        this.fixedLevelNames = fixedLevelNames;
    }

    /** The mapping without empty entries (a saved mapping may hold blanks); an absent mapping maps nothing. */
    private static ColumnMapping usable(ColumnMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (mapping != null && mapping.columns() != null) {
            mapping.columns().forEach((field, value) -> {
                if (field != null && value != null && !value.isBlank()) {
                    columns.put(field, value);
                }
            });
        }
        return new ColumnMapping(mapping == null ? null : mapping.name(), columns,
                mapping == null ? 0 : mapping.headerRow());
    }

    /** The header row and which column holds what. */
    record Header(int index, GridRow row, Map<String, Integer> columns, int width) {
    }

    boolean hasHeader() {
        return header != null;
    }

    /**
     * Reads a table: locates its header (by the mapping's header row, or searching the first rows) and interprets
     * the rows below. A table without a header continues the previous table when it has the same width.
     *
     * @return whether the table was used
     */
    boolean readTable(List<GridRow> table, boolean searchHeader) {
        Header found = searchHeader ? locateHeader(table) : null;
        if (found != null) {
            header = found;
            readRows(table, found.index() + 1);
            return true;
        }
        if (header != null && widthOf(table) == header.width()) {
            readRows(table, 0);
            return true;
        }
        return false;
    }

    /** The header row in this table, or null. Honours {@link ColumnMapping#headerRow()} when it is set (1-based). */
    Header locateHeader(List<GridRow> table) {
        for (int i = 0; i < table.size() && i < HEADER_SEARCH_ROWS; i++) {
            GridRow row = table.get(i);
            if (mapping.headerRow() > 0 && row.number() != mapping.headerRow()) {
                continue;
            }
            Map<String, Integer> columns = assignColumns(row);
            if (columns.containsKey(TITLE)) {
                return new Header(i, row, columns, widthOf(table));
            }
        }
        return null;
    }

    /** Reports the missing activity column when no table had a header. */
    void requireHeader(List<GridRow> firstTable) {
        if (header != null) {
            return;
        }
        int row = mapping.headerRow() > 0 ? mapping.headerRow() : firstNonBlank(firstTable);
        String alternatives = mappingValue(TITLE);
        problems.add(new ImportProblem(row, alternatives.split("\\|")[0].strip(),
                "no header row with the activity column was found (looked for: "
                        + alternatives.replace("|", ", ") + ")", null));
    }

    /** A problem that makes the file unusable as it is: a commit writes nothing. */
    void problem(int row, String column, String problem) {
        problems.add(new ImportProblem(row, column, problem, null));
    }

    /** A problem a reader found itself, as it is: with an {@code understood} it is a remark and does not block. */
    void add(ImportProblem problem) {
        problems.add(problem);
    }

    ParsedTable result() {
        Set<String> levels = new LinkedHashSet<>();
        if (fixedLevelNames != null) {
            levels.addAll(fixedLevelNames);
        }
        for (ImportRow row : rows) {
            for (PathLevel level : row.path()) {
                levels.add(level.level());
            }
        }
        return new ParsedTable(List.copyOf(levels), List.copyOf(rows), List.copyOf(problems));
    }

    private void readRows(List<GridRow> table, int from) {
        for (int i = from; i < table.size() && !full; i++) {
            GridRow row = table.get(i);
            if (row.isBlank() || row.markedHeader() || isRepeatedHeader(row)) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                problem(row.number(), null, "the table has more than " + MAX_ROWS + " rows; the rest was not read");
                full = true;
                return;
            }
            String heading = headingText(row);
            if (heading != null) {
                enterHeading(heading);
            } else {
                readActivity(row);
            }
        }
    }

    private void enterHeading(String text) {
        String[] codeAndTitle = CellText.codeAndTitle(text);
        int depth = Math.min(CellText.depthOf(codeAndTitle[0]), MAX_LEVELS);
        while (headingPath.size() >= depth) {
            headingPath.remove(headingPath.size() - 1);
        }
        int position = headingPath.size() + 1;
        headingPath.add(new PathLevel(headingLevelName(position), codeAndTitle[0], codeAndTitle[1]));
    }

    private void readActivity(GridRow row) {
        Map<String, Integer> columns = header.columns();
        String title = text(row, TITLE);
        if (title == null) {
            problems.add(new ImportProblem(row.number(), headerText(TITLE),
                    "the activity title is empty; the row is not imported", null));
            return;
        }
        List<PathLevel> path = new ArrayList<>(headingPath);
        for (int level = 1; level <= MAX_LEVELS; level++) {
            String code = text(row, "level" + level + "Code");
            String levelTitle = text(row, "level" + level);
            if (code == null && levelTitle == null) {
                continue;
            }
            if (!exact && code == null && !columns.containsKey("level" + level + "Code")) {
                String[] split = CellText.codeAndTitle(levelTitle);
                code = split[0];
                levelTitle = split[1];
            }
            path.add(new PathLevel(columnLevelName(level), code, levelTitle));
        }
        Map<String, String> values = new HashMap<>();
        for (String field : STRING_FIELDS) {
            values.put(field, text(row, field));
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String field : LIST_FIELDS) {
            lists.put(field, list(row, field));
        }
        Map<String, String> extra = new TreeMap<>();
        Set<Integer> mapped = new java.util.HashSet<>(columns.values());
        for (int c = 0; c < row.cells().size(); c++) {
            if (mapped.contains(c)) {
                continue;
            }
            String value = cellValue(row, c);
            if (value != null) {
                String name = CellText.single(header.row().cell(c));
                extra.put(name == null ? "Column " + CellText.columnLetters(c) : exact ? header.row().cell(c) : name,
                        value);
            }
        }
        rows.add(new ImportRow(row.number(), List.copyOf(path), values.get("code"), title, values.get("description"),
                lists.get("goals"), values.get("expectedResults"), values.get("deadline"),
                lists.get("leadInstitutions"), lists.get("partners"), lists.get("implementers"), lists.get("funders"),
                lists.get("indicators"), lists.get("meansOfVerification"), lists.get("quantitativeTargets"),
                values.get("resources"), lists.get("frameworkRefs"), extra));
    }

    /** The text of a heading row (area, programme), or null when the row is an activity. */
    private String headingText(GridRow row) {
        if (row.spanning()) {
            for (String cell : row.cells()) {
                if (cell != null && !cell.isBlank()) {
                    return cell;
                }
            }
        }
        if (exact) {
            return null;
        }
        // Tables that lost their merges (CSV, flattened sheets): a lone heading-like cell outside the title column.
        int only = -1;
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank()) {
                if (only >= 0) {
                    return null;
                }
                only = c;
            }
        }
        // not a level column (the path comes from there); in the title column only when written in capitals, as
        // a title alone is otherwise an activity with nothing else filled in
        if (only < 0 || isLevelColumn(only)) {
            return null;
        }
        String text = row.cell(only);
        boolean titleColumn = only == header.columns().get(TITLE);
        return (titleColumn ? CellText.isCapitals(text) : CellText.looksLikeHeading(text)) ? text : null;
    }

    private boolean isLevelColumn(int column) {
        for (Map.Entry<String, Integer> e : header.columns().entrySet()) {
            if (e.getValue() == column && e.getKey().startsWith("level")) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the header row (after a page break); level columns may be merged across it, so they don't count. */
    private boolean isRepeatedHeader(GridRow row) {
        for (Map.Entry<String, Integer> e : header.columns().entrySet()) {
            int column = e.getValue();
            if (e.getKey().startsWith("level")) {
                continue;
            }
            if (!CellText.fold(row.cell(column)).equals(CellText.fold(header.row().cell(column)))) {
                return false;
            }
        }
        return true;
    }

    private String text(GridRow row, String field) {
        Integer column = header.columns().get(field);
        if (column == null) {
            return null;
        }
        return cellValue(row, column);
    }

    private String cellValue(GridRow row, int column) {
        if (exact) {
            List<String> exactValue = row.exact().get(column);
            if (exactValue != null) {
                return String.join("", exactValue);
            }
            String raw = row.cell(column);
            return raw.isEmpty() ? null : raw;
        }
        return CellText.single(row.cell(column));
    }

    private List<String> list(GridRow row, String field) {
        Integer column = header.columns().get(field);
        if (column == null) {
            return List.of();
        }
        if (exact) {
            List<String> exactValue = row.exact().get(column);
            return List.copyOf(exactValue != null ? exactValue : CellText.exactLines(row.cell(column)));
        }
        return List.copyOf(CellText.lines(row.cell(column)));
    }

    private String columnLevelName(int level) {
        if (fixedLevelNames != null && level <= fixedLevelNames.size()) {
            return fixedLevelNames.get(level - 1);
        }
        Integer column = header.columns().get("level" + level);
        if (column == null) {
            column = header.columns().get("level" + level + "Code");
        }
        String name = CellText.single(header.row().cell(column));
        return name == null ? "Level " + level : name;
    }

    private String headingLevelName(int position) {
        if (fixedLevelNames != null && position <= fixedLevelNames.size()) {
            return fixedLevelNames.get(position - 1);
        }
        String configured = mapping.columns().get("level" + position);
        if (configured != null) {
            String first = configured.split("\\|")[0].strip();
            if (!first.isEmpty() && !first.startsWith("#")) {
                return first;
            }
        }
        return "Level " + position;
    }

    private String headerText(String field) {
        Integer column = header.columns().get(field);
        String printed = column == null ? null : CellText.single(header.row().cell(column));
        return printed != null ? printed : mappingValue(field);
    }

    private String mappingValue(String field) {
        String value = mapping.columns().get(field);
        return value == null ? field : value;
    }

    /** Assigns the mapping's fields to this row's columns (title first, then the rest in mapping order). */
    private Map<String, Integer> assignColumns(GridRow row) {
        List<String> folded = new ArrayList<>();
        for (String cell : row.cells()) {
            folded.add(CellText.fold(cell));
        }
        List<String> fields = new ArrayList<>();
        if (mapping.columns().containsKey(TITLE)) {
            fields.add(TITLE);
        }
        for (String field : mapping.columns().keySet()) {
            if (!field.equals(TITLE)) {
                fields.add(field);
            }
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        Set<Integer> taken = new java.util.HashSet<>();
        // explicit column letters, then exact header matches, then prefixes, then bare letters
        for (int pass = 0; pass < 4; pass++) {
            for (String field : fields) {
                if (assigned.containsKey(field)) {
                    continue;
                }
                for (String alternative : mapping.columns().get(field).split("\\|")) {
                    int column = match(pass, alternative.strip(), folded, taken);
                    if (column >= 0) {
                        assigned.put(field, column);
                        taken.add(column);
                        break;
                    }
                }
            }
        }
        return assigned;
    }

    private static int match(int pass, String alternative, List<String> folded, Set<Integer> taken) {
        if (alternative.isEmpty()) {
            return -1;
        }
        if (pass == 0 || pass == 3) {
            String letters = pass == 0 ? (alternative.startsWith("#") ? alternative.substring(1) : null)
                    : (alternative.matches("[A-Z]{1,3}") ? alternative : null);
            int column = CellText.columnIndex(letters);
            return column >= 0 && !taken.contains(column) ? column : -1;
        }
        if (alternative.startsWith("#")) {
            return -1;
        }
        String wanted = CellText.fold(alternative);
        if (wanted.isEmpty()) {
            return -1;
        }
        for (int c = 0; c < folded.size(); c++) {
            if (taken.contains(c)) {
                continue;
            }
            String have = folded.get(c);
            if (pass == 1 ? have.equals(wanted) : have.startsWith(wanted + " ")) {
                return c;
            }
        }
        return -1;
    }

    private static int widthOf(List<GridRow> table) {
        int width = 0;
        for (GridRow row : table) {
            if (!row.spanning()) {
                width = Math.max(width, row.cells().size());
            }
        }
        return width;
    }

    private static int firstNonBlank(List<GridRow> table) {
        for (GridRow row : table) {
            if (!row.isBlank()) {
                return row.number();
            }
        }
        return 1;
    }
}
