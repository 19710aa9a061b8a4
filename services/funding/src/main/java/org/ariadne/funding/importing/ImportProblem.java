package org.ariadne.funding.importing;

/**
 * A problem in an imported file: its row (1-based, as a spreadsheet shows it; 0 = the whole file), the column's
 * header, what is wrong and what to do. A blocking problem stops a commit (nothing is written); the others are
 * warnings the coordinator should read.
 */
public record ImportProblem(int row, String column, String detail, boolean blocking) {
}
