package org.ariadne.plans.importing;

/**
 * Something wrong in one cell of an imported table, reported in the dry run: where (row, column), what is wrong,
 * and what the importer understood instead (or null when the row cannot be used).
 */
public record ImportProblem(int row, String column, String problem, String understood) {
}
