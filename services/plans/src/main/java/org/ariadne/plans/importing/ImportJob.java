package org.ariadne.plans.importing;

import java.time.Instant;
import java.util.List;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;

/**
 * An import of one file into a new plan. {@code status}: queued, running, succeeded, failed. A dry run succeeds
 * with the parsed tree's summary and every problem and writes no plan; a commit also gives the new plan's id — unless
 * a problem blocks it, then it fails and writes nothing. {@code tree} is the parsed tree in document order (each node
 * with the number of activities directly under it); {@code reading} says how every row of the file was read.
 */
public record ImportJob(String id, String status, String format, String mode, String title, List<String> levelNames,
        PlanMetadata metadata, Progress progress, PlanCounts summary, ImportReading reading,
        List<PlanCounts.PreviewNode> tree, List<ImportProblem> problems, String planId, String error, String createdBy,
        Instant createdAt, Instant finishedAt) {

    /** A job before its file has been read (no reading yet). */
    public ImportJob(String id, String status, String format, String mode, String title, List<String> levelNames,
            PlanMetadata metadata, Progress progress, PlanCounts summary, List<PlanCounts.PreviewNode> tree,
            List<ImportProblem> problems, String planId, String error, String createdBy, Instant createdAt,
            Instant finishedAt) {
        this(id, status, format, mode, title, levelNames, metadata, progress, summary, null, tree, problems, planId, error,
                createdBy, createdAt, finishedAt);
    }

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public static final String DRY_RUN = "dry-run";
    public static final String COMMIT = "commit";

    public record Progress(int done, int total) {
    }
}
