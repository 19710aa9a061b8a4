package org.ariadne.partners.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A long piece of work (an export) as the API shows it, in the platform's one job shape: {@code state} queued,
 * running, succeeded or failed; {@code progress} done of total; {@code result} the link to what it produced;
 * {@code problem} an RFC 9457 body when it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Job(String id, String kind, String state, Progress progress, String result, Problem problem,
        String createdBy, Instant createdAt, Instant finishedAt) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public record Progress(int done, int total) {
    }

    public record Problem(String type, String title, int status, String detail) {
    }
}
