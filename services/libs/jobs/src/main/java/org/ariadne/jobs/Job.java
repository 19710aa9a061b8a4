package org.ariadne.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as every service shows it ({@code GET /api/t/{tenant}/{service}/jobs/{id}}): what it is ({@code kind}, e.g.
 * {@code plans.import}), where it stands, how far it got, what it produced ({@code result}: a link to a created
 * resource or a file to download) or why it failed ({@code problem}, an RFC 9457 body), the row-level {@code issues} a
 * dry run or a failed import lists, what it was asked ({@code input}) and kind-specific {@code details}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Job(String id, String kind, JobState state, Progress progress, JobResult result, JobProblem problem,
        List<JobIssue> issues, Map<String, Object> input, Map<String, Object> details, String createdBy, Instant createdAt,
        Instant finishedAt) {

    /** {@code done} of {@code total} units (rows, sections …); total 0 while unknown. */
    public record Progress(int done, int total) {
    }

    /** The RFC 9457 members of the problem that ended the job. */
    public record JobProblem(String type, String title, int status, String detail) {
    }
}
