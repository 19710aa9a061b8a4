package org.ariadne.monitoring.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A job as the API shows it; {@code resultLocation} when it succeeded, {@code problem} when it failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Job(String jobId, String kind, String state, int progress, String resultLocation, Problem problem,
        String createdAt, String finishedAt) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    /** Why a job failed, in the shape of the problem the request would have got. */
    public record Problem(String type, String title, String detail) {
    }
}
