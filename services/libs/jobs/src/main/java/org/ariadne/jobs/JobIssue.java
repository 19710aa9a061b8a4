package org.ariadne.jobs;

/**
 * A row-level finding of a job (an import's dry run): where ({@code row} from 1, 0 for the file as a whole, and the
 * {@code column}), what is wrong, and what the job understood instead (null when the row cannot be used).
 */
public record JobIssue(int row, String column, String problem, String understood) {
}
