package org.ariadne.partners.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs work as a job on Spring's {@code applicationTaskExecutor} (bounded, and it carries the tenant) and keeps its
 * state in the tenant's {@code jobs} collection, so any replica answers for it. A job still running after
 * {@link #INTERRUPTED_AFTER} ran on an instance that is gone: it reads as failed. The wire shape is the one issue 8
 * gives every service; when {@code services/libs/jobs} lands this class gives way to it.
 */
@Service
public class Jobs {

    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final JobStore store;
    private final AsyncTaskExecutor executor;

    public Jobs(JobStore store, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Where jobs are kept. */
    public interface JobStore {
        void insert(Job job);

        Optional<Job> find(String id);

        void running(String id);

        void progress(String id, int done, int total);

        /** Finishes a job that is still queued or running (an interrupted one stays failed). */
        void finish(String id, String state, String result, Job.Problem problem, Instant at);
    }

    /** Reports how far a job got. */
    public interface Progress {
        void report(int done, int total);
    }

    /** Starts {@code work} (which returns the link to its result) and returns the job at once, queued. */
    public Job start(String kind, String createdBy, Function<Progress, String> work) {
        Job job = new Job(UUID.randomUUID().toString(), kind, Job.QUEUED, new Job.Progress(0, 0), null, null, createdBy,
                Instant.now(), null);
        store.insert(job);
        executor.execute(() -> run(job.id(), work));
        return job;
    }

    public Job find(String id) {
        Job job = store.find(id).orElseThrow(() -> ProblemException.notFound("Job " + id));
        boolean stale = (Job.RUNNING.equals(job.state()) || Job.QUEUED.equals(job.state()))
                && job.createdAt().isBefore(Instant.now().minus(INTERRUPTED_AFTER));
        if (stale) {
            store.finish(id, Job.FAILED, null, problem(ProblemType.INTERNAL_ERROR, "The job was interrupted: the "
                    + "partners service restarted before it finished. Start it again."), Instant.now());
            job = store.find(id).orElseThrow();
        }
        return job;
    }

    private void run(String id, Function<Progress, String> work) {
        store.running(id);
        try {
            String result = work.apply((done, total) -> store.progress(id, done, total));
            store.finish(id, Job.SUCCEEDED, result, null, Instant.now());
        } catch (ProblemException e) {
            store.finish(id, Job.FAILED, null, problem(e.problemType(), e.getBody().getDetail()), Instant.now());
        } catch (RuntimeException e) {
            log.error("Job {} failed", id, e);
            store.finish(id, Job.FAILED, null, problem(ProblemType.INTERNAL_ERROR, "The job failed unexpectedly; the "
                    + "error is logged as job " + id + "."), Instant.now());
        }
    }

    private static Job.Problem problem(ProblemType type, String detail) {
        return new Job.Problem(type.uri().toString(), type.title(), type.status().value(), detail);
    }
}
