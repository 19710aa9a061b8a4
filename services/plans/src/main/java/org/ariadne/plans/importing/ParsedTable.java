package org.ariadne.plans.importing;

import java.util.List;

/**
 * What a reader got out of a file: the rows, the plan's level names as the table names them, every problem, and the
 * plan's own fields when the file carries them (a JSON bundle, our XLSX export), else null.
 */
public record ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems,
        PlanHeader header) {

    /** A table that carries no plan fields (CSV, DOCX, JSON lines, a foreign workbook). */
    public ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems) {
        this(levelNames, rows, problems, null);
    }
}
