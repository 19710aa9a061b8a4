package org.ariadne.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ariadne.web.ProblemException;

/**
 * How a job's work ended: with a created resource, a file, nothing but its details and issues (a dry run), or a
 * problem the client can act on (with the issues that explain it). Any exception thrown by the work also ends the job
 * failed: a {@link ProblemException} with its problem, anything else as an internal error.
 */
public final class JobOutcome {

    /** Writes a file result; the runner stores what it writes in chunks, never whole in memory. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    final String resourceHref;
    final String resourceId;
    final String fileName;
    final String mediaType;
    final FileWriter file;
    final ProblemException problem;
    final List<JobIssue> issues;
    final Object details;

    private JobOutcome(String resourceHref, String resourceId, String fileName, String mediaType, FileWriter file,
            ProblemException problem, List<JobIssue> issues, Object details) {
        this.resourceHref = resourceHref;
        this.resourceId = resourceId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.file = file;
        this.problem = problem;
        this.issues = issues == null ? List.of() : issues;
        this.details = details;
    }

    /** Succeeded, having created the resource at {@code href}. */
    public static JobOutcome resource(String href, String resourceId) {
        return new JobOutcome(href, resourceId, null, null, null, null, null, null);
    }

    /** Succeeded with a file to download from {@code …/jobs/{id}/result}. */
    public static JobOutcome file(String fileName, String mediaType, FileWriter content) {
        return new JobOutcome(null, null, fileName, mediaType, content, null, null, null);
    }

    public static JobOutcome file(String fileName, String mediaType, byte[] content) {
        return file(fileName, mediaType, out -> out.write(content));
    }

    /** Succeeded without a result (a dry run: its details and issues are what it produced). */
    public static JobOutcome completed() {
        return new JobOutcome(null, null, null, null, null, null, null, null);
    }

    /** Failed with a problem the client can act on. */
    public static JobOutcome failed(ProblemException problem) {
        return new JobOutcome(null, null, null, null, null, problem, null, null);
    }

    /** The row-level issues to show with the outcome (at most {@value Jobs#MAX_LISTED_ISSUES} are kept). */
    public JobOutcome withIssues(List<JobIssue> issues) {
        return new JobOutcome(resourceHref, resourceId, fileName, mediaType, file, problem, issues, details);
    }

    /** Kind-specific details (a record, serialised as JSON), replacing any the work reported while running. */
    public JobOutcome withDetails(Object details) {
        return new JobOutcome(resourceHref, resourceId, fileName, mediaType, file, problem, issues, details);
    }
}
