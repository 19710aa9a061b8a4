package org.ariadne.plans.importing;

import java.util.List;

/**
 * What a reader got out of a file: the rows, the plan's level names as the file names them (null for a level it does
 * not name), every problem, the plan's own fields when the file carries them (a JSON bundle, our XLSX export, else
 * null), the heading rows of a table (each a node of the tree, also when no activity follows it), and how every row
 * was read (null for formats read line by line, whose reading the assembler derives).
 */
public record ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems,
        PlanHeader header, List<Heading> headings, ImportReading reading) {

    /** A heading row: its row number and its path, itself last. */
    public record Heading(int rowNumber, List<ImportRow.PathLevel> path) {
    }

    /** A table that carries no plan fields (CSV, DOCX, JSON lines, a foreign workbook). */
    public ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems) {
        this(levelNames, rows, problems, null, List.of(), null);
    }

    public ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems, PlanHeader header) {
        this(levelNames, rows, problems, header, List.of(), null);
    }

    /** The same table with other level names (a tenant's defaults for the levels the file does not name). */
    public ParsedTable withLevelNames(List<String> names) {
        return new ParsedTable(names, rows, problems, header, headings, reading);
    }

    /** The same table with the plan fields a file carries besides it. */
    public ParsedTable withHeader(PlanHeader planHeader) {
        return new ParsedTable(levelNames, rows, problems, planHeader, headings, reading);
    }
}
