package org.ariadne.plans.importing;

import java.util.List;

/** What a reader got out of a file: the rows, the plan's level names as the table names them, and every problem. */
public record ParsedTable(List<String> levelNames, List<ImportRow> rows, List<ImportProblem> problems) {
}
