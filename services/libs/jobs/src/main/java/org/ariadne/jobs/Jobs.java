package org.ariadne.jobs;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantRefusedException;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one job runner of a service. {@link #start} records a queued job in the tenant's {@code jobs} collection and
 * hands the work to a bounded executor, inside the tenant that started it; any instance can then answer for the job.
 * A job that shows no sign of life (start, progress) for {@link #INTERRUPTED_AFTER} was interrupted by a restart: it
 * is reported failed from then on, and its work is not resumed (start it again). A full queue refuses new jobs with a
 * 503 problem instead of letting them wait for ever.
 */
public class Jobs {

    static final String JOBS = "jobs";
    /** Far beyond the longest step of any job; a job silent for this long lost the instance that ran it. */
    public static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);
    /** A job lists at most this many issues (and one line saying how many more), so no document outgrows MongoDB. */
    public static final int MAX_LISTED_ISSUES = 500;
    /** When a client refused by a full queue should try again: a queued job takes seconds, a full queue minutes. */
    static final int BUSY_RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final TenantDatabases databases;
    private final JobFiles files;
    private final ExecutorService executor;
    private final String service;
    /** The jobs this instance runs, with the tenant each runs in (empty: a platform job). */
    private final Map<String, Optional<TenantId>> active = new ConcurrentHashMap<>();

    public Jobs(TenantDatabases databases, JobFiles files, ExecutorService executor) {
        this.databases = databases;
        this.files = files;
        this.executor = executor;
        this.service = databases.service();
    }

    /**
     * Starts a job of {@code kind} for the tenant in context and returns it queued. {@code input} is what the job was
     * asked (parameters, the uploaded file's media type and size), shown with the job.
     */
    public Job start(String kind, Map<String, Object> input, JobWork work) {
        return start(Optional.of(TenantContext.require()), kind, input, work);
    }

    /**
     * Starts a platform job: work of a platform administrator's request that no one tenant owns (it may walk every
     * tenant, entering each with {@link TenantContext#runAs}). It is kept in the service's own platform database and
     * runs outside any tenant; {@code GET /api/admin/{service}/jobs/{id}} answers for it (for platform administrators,
     * where the service enables it with {@code ariadne.jobs.platform-endpoint=true}). Its outcome is a resource, details
     * or a problem, not a file (file results live in a tenant's database).
     */
    public Job startForPlatform(String kind, Map<String, Object> input, JobWork work) {
        if (TenantContext.current().isPresent()) {
            throw new IllegalStateException("A platform job is started outside any tenant, not in " + TenantContext.require());
        }
        return start(Optional.empty(), kind, input, work);
    }

    /** The location of a job for its client: under the tenant it runs in, or the platform's admin path. */
    public String location(Job job) {
        return TenantContext.current().map(tenant -> "/api/t/" + tenant + "/" + service + "/jobs/" + job.id())
                .orElse("/api/admin/" + service + "/jobs/" + job.id());
    }

    private Job start(Optional<TenantId> tenant, String kind, Map<String, Object> input, JobWork work) {
        String id = UUID.randomUUID().toString();
        Date now = new Date();
        jobs().insertOne(new Document("_id", id).append("kind", kind).append("state", JobState.QUEUED.wire())
                .append("progress", new Document("done", 0).append("total", 0))
                .append("input", input == null ? null : toBson(input)).append("createdBy", createdBy())
                .append("createdAt", now).append("heartbeatAt", now));
        try {
            active.put(id, tenant);
            executor.execute(() -> inScope(tenant, () -> run(id, work)));
        } catch (RejectedExecutionException e) {
            active.remove(id);
            ProblemException busy = new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE,
                    "Too many jobs are waiting to run; try again in " + BUSY_RETRY_AFTER_SECONDS + " seconds.")
                    .retryAfter(BUSY_RETRY_AFTER_SECONDS);
            finish(id, JobState.FAILED, Updates.set("problem", problem(busy)));
            throw busy;
        }
        return get(id);
    }

    /** The job of the tenant in context (outside any tenant: the platform job); 404 when there is no such job. */
    public Job get(String id) {
        Document d = jobs().find(eq("_id", id)).first();
        if (d == null) {
            throw ProblemException.notFound("Job " + id);
        }
        JobState state = JobState.of(d.getString("state"));
        Date heartbeat = d.getDate("heartbeatAt");
        if (!state.isFinal() && !active.containsKey(id) && heartbeat != null
                && heartbeat.toInstant().isBefore(Instant.now().minus(INTERRUPTED_AFTER))) {
            finish(id, JobState.FAILED, Updates.set("problem", problem(interrupted())));
            d = jobs().find(eq("_id", id)).first();
        }
        return toJob(d);
    }

    /** The file a job produced, for {@code …/jobs/{id}/result}. */
    public JobFiles.StoredFile file(String id) {
        Job job = get(id);
        if (job.result() == null || !JobResult.FILE.equals(job.result().type())) {
            throw ProblemException.notFound("A file result of job " + id);
        }
        return files.find(id).orElseThrow(() -> ProblemException.notFound("The file of job " + id));
    }

    /** On shutdown: the jobs this instance still runs end failed now, instead of after {@link #INTERRUPTED_AFTER}. */
    public void interruptActive() {
        active.forEach((id, tenant) -> inScope(tenant, () ->
                finish(id, JobState.FAILED, Updates.set("problem", problem(interrupted())))));
    }

    private static void inScope(Optional<TenantId> tenant, Runnable work) {
        if (tenant.isPresent()) {
            TenantContext.runAs(tenant.get(), work);
        } else {
            work.run();
        }
    }

    private void run(String id, JobWork work) {
        jobs().updateOne(and(eq("_id", id), eq("state", JobState.QUEUED.wire())), Updates.combine(
                Updates.set("state", JobState.RUNNING.wire()), Updates.set("heartbeatAt", new Date())));
        List<Bson> outcome = new ArrayList<>();
        JobState end = JobState.FAILED;
        try {
            JobOutcome done = work.run(new RunningJob(id));
            if (done.details != null) {
                outcome.add(Updates.set("details", toBson(done.details)));
            }
            outcome.add(Updates.set("issues", issues(done.issues)));
            if (done.problem != null) {
                outcome.add(Updates.set("problem", problem(done.problem)));
            } else {
                if (done.resourceHref != null) {
                    outcome.add(Updates.set("result", new Document("type", JobResult.RESOURCE).append("href", done.resourceHref)
                            .append("resourceId", done.resourceId)));
                } else if (done.file != null) {
                    // writing the file is part of the work: a job whose file could not be written has failed
                    long size = files.store(id, done.fileName, done.mediaType, done.file);
                    outcome.add(Updates.set("result", new Document("type", JobResult.FILE)
                            .append("href", "/api/t/" + TenantContext.require() + "/" + service + "/jobs/" + id + "/result")
                            .append("fileName", done.fileName).append("mediaType", done.mediaType).append("size", size)));
                }
                end = JobState.SUCCEEDED;
            }
        } catch (ProblemException e) {
            log.warn("Job {} failed: {}", id, e.getBody().getDetail());
            outcome.add(Updates.set("problem", problem(e)));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            // A hostile input must end as a failed job, not as one that stays "running".
            log.error("Job {} failed", id, e);
            outcome.add(Updates.set("problem", problem(new ProblemException(ProblemType.INTERNAL_ERROR,
                    "The job stopped unexpectedly (" + e.getClass().getSimpleName() + "); the error is logged as job " + id + "."))));
        } finally {
            active.remove(id);
        }
        finish(id, end, Updates.combine(outcome));
    }

    /** Only an unfinished job finishes: one already reported as interrupted stays so. */
    private void finish(String id, JobState state, Bson update) {
        jobs().updateOne(and(eq("_id", id), in("state", JobState.QUEUED.wire(), JobState.RUNNING.wire())),
                Updates.combine(update, Updates.set("state", state.wire()), Updates.set("finishedAt", new Date())));
    }

    private ProblemException interrupted() {
        return new ProblemException(ProblemType.INTERNAL_ERROR, "The job was interrupted: the " + service
                + " service restarted before it finished. Start it again (an import that was committing may have written"
                + " its plan: look for it first).");
    }

    private static Document problem(ProblemException e) {
        return new Document("type", e.getBody().getType().toString()).append("title", e.getBody().getTitle())
                .append("status", e.getStatusCode().value()).append("detail", e.getBody().getDetail());
    }

    private static List<Document> issues(List<JobIssue> issues) {
        List<Document> listed = new ArrayList<>();
        for (JobIssue issue : issues.subList(0, Math.min(issues.size(), MAX_LISTED_ISSUES))) {
            listed.add(new Document("row", issue.row()).append("column", issue.column()).append("problem", issue.problem())
                    .append("understood", issue.understood()));
        }
        if (issues.size() > MAX_LISTED_ISSUES) {
            listed.add(new Document("row", 0).append("problem", "… and " + (issues.size() - MAX_LISTED_ISSUES)
                    + " more problems, not listed; fix the ones above and run the job again"));
        }
        return listed;
    }

    private static String createdBy() {
        try {
            if (TenantContext.current().isEmpty()) {
                // a platform job: the platform administrator who asked, when a request asked
                Authentication admin = SecurityContextHolder.getContext().getAuthentication();
                return admin == null ? "system" : admin.getName();
            }
            return Caller.current().subject();
        } catch (TenantRefusedException | NoClassDefFoundError noCaller) {
            return "system";
        }
    }

    private static Document toBson(Object value) {
        return Document.parse(JSON.writeValueAsString(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(Document d) {
        return d == null ? null : JSON.readValue(d.toJson(), LinkedHashMap.class);
    }

    private static Job toJob(Document d) {
        Document progress = d.get("progress", Document.class);
        Document result = d.get("result", Document.class);
        Document problem = d.get("problem", Document.class);
        List<JobIssue> issues = new ArrayList<>();
        for (Document i : d.getList("issues", Document.class, List.of())) {
            Number row = i.get("row", Number.class);
            issues.add(new JobIssue(row == null ? 0 : row.intValue(), i.getString("column"), i.getString("problem"),
                    i.getString("understood")));
        }
        Number size = result == null ? null : result.get("size", Number.class);
        return new Job(d.getString("_id"), d.getString("kind"), JobState.of(d.getString("state")),
                progress == null ? null : new Job.Progress(progress.getInteger("done", 0), progress.getInteger("total", 0)),
                result == null ? null : new JobResult(result.getString("type"), result.getString("href"),
                        result.getString("resourceId"), result.getString("fileName"), result.getString("mediaType"),
                        size == null ? null : size.longValue()),
                problem == null ? null : new Job.JobProblem(problem.getString("type"), problem.getString("title"),
                        problem.getInteger("status", 500), problem.getString("detail")),
                d.containsKey("issues") ? issues : null, toMap(d.get("input", Document.class)),
                toMap(d.get("details", Document.class)), d.getString("createdBy"),
                instant(d.getDate("createdAt")), instant(d.getDate("finishedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A tenant's jobs live in its database; platform jobs (run outside every tenant) in the service's own. */
    private MongoCollection<Document> jobs() {
        return (TenantContext.current().isPresent() ? databases.current() : databases.serviceDirectory()).getCollection(JOBS);
    }

    /** The running job's handle for its work. */
    private final class RunningJob implements JobContext {
        private final String id;

        RunningJob(String id) {
            this.id = id;
        }

        @Override
        public String jobId() {
            return id;
        }

        @Override
        public void progress(int done, int total) {
            jobs().updateOne(eq("_id", id), Updates.combine(Updates.set("progress", new Document("done", done)
                    .append("total", total)), Updates.set("heartbeatAt", new Date())));
        }

        @Override
        public void details(Object details) {
            jobs().updateOne(eq("_id", id), Updates.combine(Updates.set("details", toBson(details)),
                    Updates.set("heartbeatAt", new Date())));
        }
    }
}
