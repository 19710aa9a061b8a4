package org.ariadne.plans.importing.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ImportReading;
import org.ariadne.plans.importing.ImportRow;
import org.ariadne.plans.importing.ImportRow.PathLevel;
import org.ariadne.plans.importing.ParsedTable;

/**
 * Turns the rows of a table (from XLSX, CSV or DOCX alike) into {@link ImportRow}s through a {@link ColumnMapping}.
 * It reads in two passes. The first finds the header row, assigns columns to fields and sorts every row: blank,
 * above the header, a header row (first or repeated), a heading (its text in one cell, or a row of level columns
 * only), or an activity row. The second, once the whole document is known, infers the level of every heading
 * ({@link HeadingLevels}), gives every activity its path (the headings above it, then its level columns), groups
 * rows that continue an activity into one activity with responsibility blocks, and accounts for every row
 * ({@link ImportReading}). One instance reads one file (a Word document may give several tables that continue each
 * other).
 *
 * <p>Mapping values: header texts compared without case and diacritics, several alternatives separated by
 * {@code |}; {@code #B} names column B; a bare 1–3 letter value is taken as a column letter only when no header
 * matches it. Exact header matches win over prefix matches ("Rok" also matches "Rok izvršenja").
 *
 * <p>Continuation rows: a row continues the activity above it (same headings and level columns) when its task text
 * is merged down from the row above, when it prints no task text of its own, when it repeats the task text, or when
 * its code extends the task's ("3.1 / Cilj 2" after "3.1 / Cilj 1" or "3.1", "Cilj 2" after "3.1") — never when it
 * prints another code, so two activities that share a title ("Sačiniti izvještaj …", 1.2.3 and 1.2.4) stay two.
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
    /** The key under which the rows of one task carry its code, as the JSON-lines extraction does ({@code PlanRows}). */
    static final String TASK_CODE = "task_code";

    /** A task code followed by a block label: "3.1 Cilj 2". */
    private static final Pattern LABELLED_BLOCK = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+\\p{L}+\\s*\\d+\\.?$");

    /** An activity number as plans print it: "1.1.1", "1.1.1.", "12". */
    private static final Pattern ACTIVITY_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?$");
    /** How many filled cells of an unnamed column are looked at to see whether it holds activity numbers. */
    private static final int CODE_SAMPLE_ROWS = 60;

    private static final String EMPTY = "empty";
    private static final String ABOVE_HEADER = "above the header row";
    private static final String OTHER_TABLE = "in a table without the plan's header";
    private static final String NOTE = "below the last activity (a note)";
    private static final String OVER_LIMIT = "beyond the " + MAX_ROWS + "-row limit";

    private final ColumnMapping mapping;
    private final boolean exact;
    private final List<String> fixedLevelNames;
    /** A saved mapping names the levels of heading rows by its first alternative; the standard one speaks all languages. */
    private final boolean mappingNamesLevels;

    private final List<Entry> entries = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    /** Level columns printed once for a group of rows: the last value printed at each level, carried down. */
    private final Map<Integer, PathLevel> carried = new TreeMap<>();
    private Header header;
    private int dataRows;
    private int notRead;
    private boolean full;

    /** How the first pass sorted a row. */
    private enum Reading { EMPTY, ABOVE_HEADER, OTHER_TABLE, HEADER, REPEATED_HEADER, HEADING, LEVEL_HEADING, ACTIVITY }

    /** One row of the document and what was read from it. */
    private static final class Entry {
        final GridRow row;
        Reading reading;
        /** a heading's text (HEADING) */
        String heading;
        /** the level columns' path (ACTIVITY, LEVEL_HEADING) */
        List<PathLevel> columnPath = List.of();
        /** the activity's cells (ACTIVITY) */
        Cells cells;

        Entry(GridRow row, Reading reading) {
            this.row = row;
            this.reading = reading;
        }
    }

    /** What an activity row prints, by field. */
    private record Cells(String title, boolean titleMerged, Map<String, String> values, Map<String, List<String>> lists,
            Map<String, String> extra) {

        String code() {
            return values.get("code");
        }
    }

    /**
     * @param exact           the table is our own export: cells are taken as written (no trimming, no bullets), no
     *                        headings or continuation rows are inferred
     * @param fixedLevelNames level names known from elsewhere (own export metadata), or null
     */
    TableInterpreter(ColumnMapping mapping, boolean exact, List<String> fixedLevelNames) {
        this.mapping = usable(mapping);
        this.exact = exact;
        this.fixedLevelNames = fixedLevelNames;
        this.mappingNamesLevels = mapping != null && !"standard".equals(mapping.name());
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
     * Reads a table: locates its header (by the mapping's header row, or searching the first rows) and sorts the rows
     * below. A table without a header continues the previous table when it has the same width.
     *
     * @return whether the table was used
     */
    boolean readTable(List<GridRow> table, boolean searchHeader) {
        return readTable(table, searchHeader, List.of());
    }

    /**
     * Reads a table as {@link #readTable(List, boolean)} does, with the headings the document prints right before it
     * outside any table (Word paragraphs such as "1. SISTEM PODRŠKE"); they are taken when the table is.
     */
    boolean readTable(List<GridRow> table, boolean searchHeader, List<GridRow> headingsBefore) {
        Header found = searchHeader ? locateHeader(table) : null;
        boolean continues = found == null && header != null && widthOf(table) == header.width();
        if (found == null && !continues) {
            return false;
        }
        for (GridRow paragraph : headingsBefore) {
            Entry entry = new Entry(paragraph, Reading.HEADING);
            entry.heading = paragraph.cells().get(0);
            entries.add(entry);
            carried.clear();
        }
        if (continues) {
            readRows(table, 0);
            return true;
        }
        for (int i = 0; i < found.index(); i++) {
            GridRow row = table.get(i);
            String heading = row.isBlank() ? null : aboveHeaderHeading(row);
            if (heading != null) {
                // "Strateški program 1.1 …" printed above the header of its own table
                Entry entry = new Entry(row, Reading.HEADING);
                entry.heading = heading;
                entries.add(entry);
                carried.clear();
            } else {
                entries.add(new Entry(row, row.isBlank() ? Reading.EMPTY : Reading.ABOVE_HEADER));
            }
        }
        entries.add(new Entry(found.row(), header == null ? Reading.HEADER : Reading.REPEATED_HEADER));
        header = found;
        readRows(table, found.index() + 1);
        return true;
    }

    /**
     * A row above the header row is a heading when its one text starts with a code, alone or after a level word
     * ("Strateški program 1.1 …"); else it is a title, or a caption ("Tabela 1: …"), and ignored.
     */
    private String aboveHeaderHeading(GridRow row) {
        if (exact) {
            return null;
        }
        String only = null;
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = cell;
            }
        }
        return only != null && HeadingText.parse(only).printsLevelCode() ? only : null;
    }

    /** A table of the document that is not part of the plan (a cover table, a signature block): counted, not read. */
    void skipTable(List<GridRow> table) {
        for (GridRow row : table) {
            entries.add(new Entry(row, row.isBlank() ? Reading.EMPTY : Reading.OTHER_TABLE));
        }
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
                if (header != null && sameTexts(row, header.row())) {
                    // the header of the table before, printed again: its columns, however few rows this table has
                    return new Header(i, row, header.columns(), widthOf(table));
                }
                if (!columns.containsKey("code") && !exact) {
                    int code = unnamedCodeColumn(table, i, columns);
                    if (code >= 0) {
                        columns.put("code", code);
                    }
                }
                return new Header(i, row, columns, widthOf(table));
            }
        }
        return null;
    }

    private static boolean sameTexts(GridRow row, GridRow other) {
        int width = Math.max(row.cells().size(), other.cells().size());
        for (int c = 0; c < width; c++) {
            if (!CellText.fold(row.cell(c)).equals(CellText.fold(other.cell(c)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A column without a header whose cells are activity numbers ("1.1.1."): plans often leave the number column's
     * header empty. -1 when there is none.
     */
    private static int unnamedCodeColumn(List<GridRow> table, int headerIndex, Map<String, Integer> columns) {
        GridRow headerRow = table.get(headerIndex);
        for (int c = 0; c < headerRow.cells().size(); c++) {
            if (!headerRow.cell(c).isBlank() || columns.containsValue(c)) {
                continue;
            }
            int filled = 0;
            int codes = 0;
            for (int r = headerIndex + 1; r < table.size() && filled < CODE_SAMPLE_ROWS; r++) {
                GridRow row = table.get(r);
                String cell = row.cell(c).strip();
                if (row.spanning() || cell.isEmpty()) {
                    continue;
                }
                filled++;
                if (ACTIVITY_NUMBER.matcher(cell).matches()) {
                    codes++;
                }
            }
            if (codes >= 3 && codes * 5 >= filled * 4) {
                return c;
            }
        }
        return -1;
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

    private void readRows(List<GridRow> table, int from) {
        for (int i = from; i < table.size(); i++) {
            GridRow row = table.get(i);
            if (full) {
                notRead++;
                continue;
            }
            if (row.isBlank()) {
                entries.add(new Entry(row, Reading.EMPTY));
                continue;
            }
            if (row.markedHeader() || isRepeatedHeader(row)) {
                entries.add(new Entry(row, Reading.REPEATED_HEADER));
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                problem(row.number(), null, "the table has more than " + MAX_ROWS + " rows; the rest was not read");
                full = true;
                notRead++;
                continue;
            }
            String heading = headingText(row);
            if (heading != null) {
                Entry entry = new Entry(row, Reading.HEADING);
                entry.heading = heading;
                entries.add(entry);
                carried.clear(); // a new heading starts the level columns afresh
            } else if (levelColumnsOnly(row)) {
                Entry entry = new Entry(row, Reading.LEVEL_HEADING);
                entry.columnPath = columnPath(row);
                entries.add(entry);
            } else {
                Entry entry = new Entry(row, Reading.ACTIVITY);
                entry.columnPath = columnPath(row);
                entry.cells = cells(row);
                entries.add(entry);
            }
        }
    }

    /**
     * The text of a heading row, or null when the row is not one. A heading prints its text in one cell: merged
     * across the table, or with every other cell empty. In the activity column a lone text is only a heading when it
     * reads like one (a code, a label, capitals, bold, an outline level), else it is an activity with nothing else
     * filled in; in a level column it is a level-column row.
     */
    private String headingText(GridRow row) {
        if (exact) {
            return null;
        }
        if (row.spanning()) {
            for (String cell : row.cells()) {
                if (cell != null && !cell.isBlank()) {
                    return cell;
                }
            }
        }
        int only = -1;
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank()) {
                if (only >= 0) {
                    return null;
                }
                only = c;
            }
        }
        if (only < 0 || isLevelColumn(only)) {
            return null;
        }
        String text = row.cell(only);
        Integer titleColumn = header.columns().get(TITLE);
        if (titleColumn != null && only == titleColumn) {
            boolean readsLikeHeading = HeadingText.parse(text).hasCode() || CellText.isCapitals(text) || row.bold()
                    || row.outlineLevel() > 0;
            return readsLikeHeading && row.ownCell(only) ? text : null;
        }
        return text;
    }

    /** A row that prints nothing but level columns ("1 PREPREČEVANJE" in a Poglavje column): a node of its own. */
    private boolean levelColumnsOnly(GridRow row) {
        if (exact) {
            return false;
        }
        boolean own = false;
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cell(c).isBlank()) {
                continue;
            }
            if (!isLevelColumn(c)) {
                return false;
            }
            own |= row.ownCell(c);
        }
        return own;
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

    /**
     * The row's level columns, top first. A level column left blank below a printed value continues that value (a
     * table prints "1 PREVENCIJA" once for its rows); a new value at a level ends the values below it.
     */
    private List<PathLevel> columnPath(GridRow row) {
        Map<String, Integer> columns = header.columns();
        List<PathLevel> path = new ArrayList<>();
        for (int level = 1; level <= MAX_LEVELS; level++) {
            boolean hasColumn = columns.containsKey("level" + level) || columns.containsKey("level" + level + "Code");
            if (!hasColumn) {
                continue;
            }
            String code = text(row, "level" + level + "Code");
            String levelTitle = text(row, "level" + level);
            if (code == null && levelTitle == null) {
                PathLevel above = exact ? null : carried.get(level);
                if (above != null) {
                    path.add(above);
                }
                continue;
            }
            if (!exact && code == null && !columns.containsKey("level" + level + "Code")) {
                HeadingText split = HeadingText.parse(levelTitle);
                if (split.hasCode()) {
                    code = split.code();
                    levelTitle = split.title().isEmpty() ? null : split.title();
                }
            }
            PathLevel value = new PathLevel(columnLevelName(level), code, levelTitle);
            if (!exact && !value.equals(carried.get(level))) {
                final int current = level;
                carried.keySet().removeIf(deeper -> deeper > current);
                carried.put(level, value);
            }
            path.add(value);
        }
        return path;
    }

    private Cells cells(GridRow row) {
        Map<String, Integer> columns = header.columns();
        Map<String, String> values = new HashMap<>();
        for (String field : STRING_FIELDS) {
            values.put(field, text(row, field));
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String field : LIST_FIELDS) {
            lists.put(field, list(row, field));
        }
        Map<String, String> extra = new TreeMap<>();
        Set<Integer> mapped = new HashSet<>(columns.values());
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
        Integer titleColumn = columns.get(TITLE);
        boolean titleMerged = titleColumn != null && !row.ownCell(titleColumn);
        return new Cells(text(row, TITLE), titleMerged, values, lists, extra);
    }

    // ---------------------------------------------------------------- second pass

    ParsedTable result() {
        if (!exact) {
            headingsInCodeAndTitleColumns();
        }
        int lastActivity = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).reading == Reading.ACTIVITY) {
                lastActivity = i;
            }
        }
        Map<Entry, String> ignoredWhy = new HashMap<>();
        List<HeadingLevels.Candidate> candidates = new ArrayList<>();
        int previousHeading = -1;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.reading == Reading.HEADING && i > lastActivity) {
                // text under the table ("Napomena: …", a source line) heads nothing
                ignoredWhy.put(entry, NOTE);
                problems.add(new ImportProblem(entry.row.number(), null, "\"" + HeadingLevels.shorten(entry.heading)
                        + "\" stands below the last activity", "read as a note, not as part of the plan"));
                continue;
            }
            if (entry.reading == Reading.HEADING) {
                candidates.add(new HeadingLevels.Candidate(entry.row.number(), entry.heading, previousHeading,
                        entry.row.bold(), entry.row.outlineLevel()));
                previousHeading = candidates.size() - 1;
            } else if (entry.reading == Reading.ACTIVITY || entry.reading == Reading.LEVEL_HEADING) {
                previousHeading = -1;
            }
        }
        HeadingLevels.Result levels = HeadingLevels.infer(candidates);
        problems.addAll(levels.problems());
        List<String> headingNames = new ArrayList<>(levels.names());
        for (int level = 1; level <= headingNames.size(); level++) {
            if (headingNames.get(level - 1) == null) {
                headingNames.set(level - 1, mappingLevelName(level));
            }
        }

        Walk walk = new Walk(headingNames);
        int headingIndex = 0;
        for (Entry entry : entries) {
            switch (entry.reading) {
                case HEADING -> {
                    if (!ignoredWhy.containsKey(entry)) {
                        int k = headingIndex++;
                        walk.heading(entry, levels.levels()[k], levels.readings().get(k));
                    }
                }
                case LEVEL_HEADING -> walk.levelHeading(entry);
                case ACTIVITY -> walk.activity(entry);
                default -> {
                }
            }
        }
        List<ImportRow> rows = walk.rows();
        return new ParsedTable(levelNames(rows, walk.headings), rows, List.copyOf(problems), null,
                List.copyOf(walk.headings), reading(walk, ignoredWhy));
    }

    /** The walk through the document in order: the path of headings above each row, and the activities. */
    private final class Walk {
        final List<String> headingNames;
        final List<PathLevel> headingPath = new ArrayList<>();
        final List<ParsedTable.Heading> headings = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
        final Map<Integer, Integer> headingRowsByLevel = new TreeMap<>();
        int problemRows;
        Group current;

        Walk(List<String> headingNames) {
            this.headingNames = headingNames;
        }

        void heading(Entry entry, int inferred, HeadingText text) {
            // a heading whose level cannot be inferred (it has a blocking problem) is shown at the top in the dry run
            int level = inferred == 0 ? 1 : inferred;
            PathLevel node = new PathLevel(level <= headingNames.size() ? headingNames.get(level - 1) : null, text.code(),
                    text.titleOrWhole(entry.heading));
            if (inferred > 0 && level == headingPath.size() && node.equals(headingPath.get(level - 1))) {
                // the open heading printed again after a page break: the activity above may go on below it
                headings.add(new ParsedTable.Heading(entry.row.number(), List.copyOf(headingPath)));
                headingRowsByLevel.merge(level, 1, Integer::sum);
                return;
            }
            current = null;
            if (inferred == 0) {
                problemRows++;
            }
            if (level - 1 > headingPath.size()) {
                problems.add(new ImportProblem(entry.row.number(), null, "the heading \""
                        + HeadingLevels.shorten(entry.heading) + "\" reads as level " + level
                        + (headingNames.get(level - 1) == null ? "" : " (" + headingNames.get(level - 1) + ")")
                        + " but no heading of level " + (level - 1) + " comes before it", null));
            }
            while (headingPath.size() >= level) {
                headingPath.remove(headingPath.size() - 1);
            }
            PathLevel parent = headingPath.isEmpty() ? null : headingPath.get(headingPath.size() - 1);
            if (parent != null && node.code() != null && parent.code() != null && text.shape() == HeadingText.Shape.NUMBER
                    && parent.code().matches("\\d+(\\.\\d+)*") && !node.code().startsWith(parent.code() + ".")) {
                problems.add(new ImportProblem(entry.row.number(), "code", "heading " + node.code()
                        + " stands under " + parent.code() + " but its code does not start with " + parent.code() + ".",
                        "placed under " + parent.code() + " as printed"));
            }
            headingPath.add(node);
            headings.add(new ParsedTable.Heading(entry.row.number(), List.copyOf(headingPath)));
            if (inferred > 0) {
                headingRowsByLevel.merge(headingPath.size(), 1, Integer::sum);
            }
        }

        void levelHeading(Entry entry) {
            current = null;
            List<PathLevel> path = new ArrayList<>(headingPath);
            path.addAll(entry.columnPath);
            headings.add(new ParsedTable.Heading(entry.row.number(), List.copyOf(path)));
            headingRowsByLevel.merge(path.size(), 1, Integer::sum);
        }

        void activity(Entry entry) {
            List<PathLevel> path = new ArrayList<>(headingPath);
            path.addAll(entry.columnPath);
            Cells cells = entry.cells;
            if (current != null && continues(current, cells, path)) {
                if (cells.title() == null && cells.code() == null && !cells.titleMerged()) {
                    problems.add(new ImportProblem(entry.row.number(), headerText(TITLE), "the row prints no task text "
                            + "or number of its own", "read as a further responsibility block of the activity in row "
                            + current.entries.get(0).row.number()));
                }
                current.entries.add(entry);
                return;
            }
            if (cells.title() == null) {
                current = null;
                problemRows++;
                problems.add(new ImportProblem(entry.row.number(), headerText(TITLE),
                        "the activity title is empty; the row is not imported", null));
                return;
            }
            if (current != null && cells.code() == null && current.path.equals(path)
                    && Character.isLowerCase(cells.title().codePointAt(0))) {
                problems.add(new ImportProblem(entry.row.number(), headerText(TITLE), "the row has no number and its text "
                        + "starts in lower case: it may be the rest of the row above, split by a page break",
                        "read as an activity of its own; join the two rows in the file if they are one"));
            }
            current = new Group(List.copyOf(path), cells.title(), taskPart(cells.code()));
            current.entries.add(entry);
            groups.add(current);
        }

        List<ImportRow> rows() {
            List<ImportRow> rows = new ArrayList<>();
            for (Group group : groups) {
                boolean task = group.entries.size() > 1;
                for (Entry entry : group.entries) {
                    Cells cells = entry.cells;
                    Map<String, String> extra = cells.extra();
                    if (task) {
                        extra = new TreeMap<>(extra);
                        extra.put(TASK_CODE, group.taskCode == null ? "" : group.taskCode);
                    }
                    Map<String, String> values = cells.values();
                    Map<String, List<String>> lists = cells.lists();
                    rows.add(new ImportRow(entry.row.number(), group.path, values.get("code"), group.title,
                            values.get("description"), lists.get("goals"), values.get("expectedResults"),
                            values.get("deadline"), lists.get("leadInstitutions"), lists.get("partners"),
                            lists.get("implementers"), lists.get("funders"), lists.get("indicators"),
                            lists.get("meansOfVerification"), lists.get("quantitativeTargets"), values.get("resources"),
                            lists.get("frameworkRefs"), extra));
                }
            }
            return rows;
        }
    }

    /**
     * Rows that print a code and a title and nothing else are headings when they read like one: a code shallower than
     * the activities' ("1" or "1.1" among activities numbered "1.1.1"), or bold or capital text — the way a sheet
     * typed in Excel prints "1 | PREVENCIJA" without merging the row.
     */
    private void headingsInCodeAndTitleColumns() {
        Map<Integer, Integer> depths = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.reading == Reading.ACTIVITY && !codeAndTitleOnly(entry.cells) && entry.cells.code() != null) {
                HeadingText code = HeadingText.parse(entry.cells.code());
                if (code.hasCode()) {
                    depths.merge(code.depth(), 1, Integer::sum);
                }
            }
        }
        int typical = depths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        for (Entry entry : entries) {
            if (entry.reading != Reading.ACTIVITY || !codeAndTitleOnly(entry.cells) || entry.cells.titleMerged()) {
                continue;
            }
            String text = entry.cells.code() + " " + entry.cells.title();
            HeadingText heading = HeadingText.parse(text);
            boolean shallower = heading.hasCode() && heading.depth() < typical;
            if (shallower || entry.row.bold() || CellText.isCapitals(entry.cells.title())) {
                entry.reading = Reading.HEADING;
                entry.heading = text;
                entry.cells = null;
            }
        }
    }

    private static boolean codeAndTitleOnly(Cells cells) {
        if (cells.code() == null || cells.title() == null || !cells.extra().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> value : cells.values().entrySet()) {
            if (!value.getKey().equals("code") && value.getValue() != null) {
                return false;
            }
        }
        return cells.lists().values().stream().allMatch(List::isEmpty);
    }

    /** The rows of one activity: the first prints it, the others continue it as further responsibility blocks. */
    private static final class Group {
        final List<PathLevel> path;
        final String title;
        final String taskCode;
        final List<Entry> entries = new ArrayList<>();

        Group(List<PathLevel> path, String title, String taskCode) {
            this.path = path;
            this.title = title;
            this.taskCode = taskCode;
        }
    }

    /** Whether an activity row continues the activity above it (see the class comment). */
    private boolean continues(Group group, Cells cells, List<PathLevel> path) {
        if (exact || !group.path.equals(path)) {
            return false;
        }
        String code = cells.code();
        boolean blockCode = false;
        if (code != null) {
            String task = taskPart(code);
            boolean sameTask = group.taskCode != null && CellText.fold(task).equals(CellText.fold(group.taskCode));
            if (sameTask) {
                blockCode = !task.equals(code.strip());
            } else if (isBlockLabel(code)) {
                blockCode = true;
            } else {
                return false;
            }
        }
        return cells.titleMerged() || cells.title() == null || blockCode
                || CellText.fold(cells.title()).equals(CellText.fold(group.title));
    }

    /** The task's own code in a block code: "3.1" of "3.1 / Cilj 2", "3.1/Cilj 1" or "3.1 Cilj 1"; else the code. */
    static String taskPart(String code) {
        if (code == null) {
            return null;
        }
        String stripped = code.strip();
        int slash = stripped.indexOf('/');
        if (slash > 0) {
            return stripped.substring(0, slash).strip();
        }
        Matcher labelled = LABELLED_BLOCK.matcher(stripped);
        return labelled.matches() ? labelled.group(1) : stripped;
    }

    /** A code that names a block, not a task: "Cilj 2", "Goal 1", "b)". */
    static boolean isBlockLabel(String code) {
        String stripped = code.strip();
        return stripped.matches("\\p{L}{2,}\\s*\\d{1,2}\\.?:?") || stripped.matches("[a-zA-Z][).]");
    }

    private ImportReading reading(Walk walk, Map<Entry, String> ignoredWhy) {
        Map<String, Integer> ignored = new LinkedHashMap<>();
        int headerRows = 0;
        int repeated = 0;
        int rows = notRead;
        for (Entry entry : entries) {
            rows++;
            switch (entry.reading) {
                case EMPTY -> ignored.merge(EMPTY, 1, Integer::sum);
                case ABOVE_HEADER -> ignored.merge(ABOVE_HEADER, 1, Integer::sum);
                case OTHER_TABLE -> ignored.merge(OTHER_TABLE, 1, Integer::sum);
                case HEADER -> headerRows++;
                case REPEATED_HEADER -> repeated++;
                case HEADING -> {
                    String why = ignoredWhy.get(entry);
                    if (why != null) {
                        ignored.merge(why, 1, Integer::sum);
                    }
                }
                default -> {
                }
            }
        }
        if (notRead > 0) {
            ignored.merge(OVER_LIMIT, notRead, Integer::sum);
        }
        int activities = walk.groups.size();
        int continuation = 0;
        for (Group group : walk.groups) {
            continuation += group.entries.size() - 1;
        }
        List<ImportReading.HeadingRows> headings = new ArrayList<>();
        walk.headingRowsByLevel.forEach((level, count) -> headings.add(new ImportReading.HeadingRows(level, null, count)));
        List<ImportReading.IgnoredRows> ignoredRows = new ArrayList<>();
        ignored.forEach((why, count) -> ignoredRows.add(new ImportReading.IgnoredRows(why, count)));
        return new ImportReading(rows, headings, levelColumns(), activities, activities + continuation, continuation,
                headerRows, repeated, ignoredRows, walk.problemRows, null);
    }

    /** The headers of the level columns, top first (none for our own export, whose levels are the plan's). */
    private List<String> levelColumns() {
        List<String> names = new ArrayList<>();
        if (header == null || exact) {
            return names;
        }
        for (int level = 1; level <= MAX_LEVELS; level++) {
            Integer column = header.columns().get("level" + level);
            if (column == null) {
                column = header.columns().get("level" + level + "Code");
            }
            String name = column == null ? null : CellText.single(header.row().cell(column));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** The level names the file gives, by level: the first name printed at each depth of a path. */
    private List<String> levelNames(List<ImportRow> rows, List<ParsedTable.Heading> headings) {
        List<String> names = new ArrayList<>();
        if (fixedLevelNames != null) {
            names.addAll(fixedLevelNames);
        }
        List<List<PathLevel>> paths = new ArrayList<>();
        headings.forEach(h -> paths.add(h.path()));
        rows.forEach(r -> paths.add(r.path()));
        for (List<PathLevel> path : paths) {
            for (int depth = 0; depth < path.size(); depth++) {
                while (names.size() <= depth) {
                    names.add(null);
                }
                if (names.get(depth) == null) {
                    names.set(depth, path.get(depth).level());
                }
            }
        }
        return java.util.Collections.unmodifiableList(names);
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
        return CellText.single(header.row().cell(column));
    }

    /** The name a saved mapping gives a level of heading rows (its first alternative), else null. */
    private String mappingLevelName(int level) {
        if (fixedLevelNames != null && level <= fixedLevelNames.size()) {
            return fixedLevelNames.get(level - 1);
        }
        String configured = mappingNamesLevels ? mapping.columns().get("level" + level) : null;
        if (configured != null) {
            String first = configured.split("\\|")[0].strip();
            if (!first.isEmpty() && !first.startsWith("#")) {
                return first;
            }
        }
        return null;
    }

    private String headerText(String field) {
        Integer column = header == null ? null : header.columns().get(field);
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
        Set<Integer> taken = new HashSet<>();
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
