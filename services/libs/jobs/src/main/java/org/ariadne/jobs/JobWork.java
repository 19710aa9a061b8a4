package org.ariadne.jobs;

/** The work of a job; runs on the job runner inside the tenant that started it. */
@FunctionalInterface
public interface JobWork {

    JobOutcome run(JobContext job) throws Exception;
}
