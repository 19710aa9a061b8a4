package org.ariadne.monitoring.jobs;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs work as a job on Spring's {@code applicationTaskExecutor} (which carries the tenant) and keeps its state in
 * the tenant's {@code jobs} collection, so any instance can answer for it.
 */
@Service
public class Jobs {

    static final String JOBS = "jobs";
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final TenantDatabases databases;
    private final AsyncTaskExecutor executor;

    public Jobs(TenantDatabases databases, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.databases = databases;
        this.executor = executor;
    }

    /** Reports how far a job got (0–100). */
    public interface Progress {
        void report(int percent);
    }

    /**
     * Starts {@code work} (which returns the location of its result) and returns the job id at once.
     */
    public String start(String kind, Function<Progress, String> work) {
        String jobId = UUID.randomUUID().toString();
        jobs().insertOne(new Document("_id", jobId).append("kind", kind).append("state", Job.RUNNING)
                .append("progress", 0).append("createdAt", Instant.now().toString()));
        executor.execute(() -> run(jobId, work));
        return jobId;
    }

    /** Far beyond the longest job (a 1,000-activity PDF report takes seconds); a job this old and running is dead. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);

    private static boolean isOlderThan(String instant, Duration age) {
        try {
            return instant != null && Instant.parse(instant).isBefore(Instant.now().minus(age));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    public Job job(String jobId) {
        Document d = jobs().find(eq("_id", jobId)).first();
        if (d == null) {
            throw ProblemException.notFound("Job " + jobId);
        }
        if (Job.RUNNING.equals(d.getString("state")) && isOlderThan(d.getString("createdAt"), INTERRUPTED_AFTER)) {
            // Jobs run in the memory of the instance that started them; that instance is gone.
            fail(jobId, ProblemType.INTERNAL_ERROR, "The job was interrupted: the monitoring service restarted before "
                    + "it finished. Start it again.");
            d = jobs().find(eq("_id", jobId)).first();
        }
        Document problem = d.get("problem", Document.class);
        return new Job(jobId, d.getString("kind"), d.getString("state"), d.getInteger("progress", 0),
                d.getString("resultLocation"), problem == null ? null : new Job.Problem(problem.getString("type"),
                        problem.getString("title"), problem.getString("detail")),
                d.getString("createdAt"), d.getString("finishedAt"));
    }

    private void run(String jobId, Function<Progress, String> work) {
        try {
            String location = work.apply(percent -> jobs().updateOne(eq("_id", jobId),
                    Updates.set("progress", Math.max(0, Math.min(99, percent)))));
            // Only a running job finishes: one already reported as interrupted stays failed.
            jobs().updateOne(and(eq("_id", jobId), eq("state", Job.RUNNING)), Updates.combine(Updates.set("state", Job.SUCCEEDED),
                    Updates.set("progress", 100), Updates.set("resultLocation", location),
                    Updates.set("finishedAt", Instant.now().toString())));
        } catch (ProblemException e) {
            fail(jobId, e.problemType(), e.getBody().getDetail());
        } catch (RuntimeException e) {
            log.error("Job {} failed", jobId, e);
            fail(jobId, ProblemType.INTERNAL_ERROR, "The job failed unexpectedly; the error is logged as job " + jobId + ".");
        }
    }

    private void fail(String jobId, ProblemType type, String detail) {
        jobs().updateOne(and(eq("_id", jobId), eq("state", Job.RUNNING)), Updates.combine(Updates.set("state", Job.FAILED),
                Updates.set("problem", new Document("type", type.slug()).append("title", type.title()).append("detail", detail)),
                Updates.set("finishedAt", Instant.now().toString())));
    }

    private MongoCollection<Document> jobs() {
        return databases.current().getCollection(JOBS);
    }
}
