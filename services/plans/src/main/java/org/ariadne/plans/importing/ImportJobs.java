package org.ariadne.plans.importing;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanCommands;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.web.ProblemException;
import org.ariadne.web.validation.IsoDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Imports as jobs: {@link #start} records a queued job and hands the file to the application task executor (which
 * carries the tenant); the job reads the file with the format's reader, assembles and validates the plan, and — for a
 * commit without blocking problems — stores it with all its events in one write. The file itself is kept in memory
 * only while the job runs: a job still unfinished {@link #INTERRUPTED_AFTER} after it was created was interrupted by a
 * restart, and is shown as failed from then on (a 10 MB file takes seconds, so no live job is that old).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Far beyond the longest import (the 10 MB limit reads in seconds); a job this old and unfinished is dead. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);
    static final String INTERRUPTED = "The import was interrupted: the plans service restarted before it finished. "
            + "If it was a commit, look for the plan in the plan list before importing the file again.";

    static final int MAX_LISTED_PROBLEMS = 500;

    private final ImportJobStore jobs;
    private final PlanCommands commands;
    private final TableReaders readers;
    private final AsyncTaskExecutor executor;
    private final Clock clock = Clock.systemUTC();

    public ImportJobs(ImportJobStore jobs, PlanCommands commands, TableReaders readers,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.jobs = jobs;
        this.commands = commands;
        this.readers = readers;
        this.executor = executor;
    }

    /**
     * What the user asked for: format, mode, and the plan's title, level names and metadata. A file that carries
     * its own (a JSON bundle, our XLSX export) fills in what the request leaves out ({@link PlanHeader#orFrom}).
     */
    public record ImportRequest(ImportFormat format, String mode, String title, List<String> levelNames,
            PlanMetadata metadata, ColumnMapping mapping, String createdBy, String reason) {
    }

    public ImportJob start(ImportRequest request, byte[] file) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), ImportJob.QUEUED, request.format().id(),
                request.mode(), request.title(), request.levelNames(), request.metadata(), new ImportJob.Progress(0, 0),
                null, List.of(), List.of(), null, null, request.createdBy(), now(), null);
        jobs.insert(job);
        executor.execute(() -> run(job, request, file));
        return job;
    }

    public ImportJob get(String jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("Import job " + jobId));
        boolean unfinished = ImportJob.QUEUED.equals(job.status()) || ImportJob.RUNNING.equals(job.status());
        if (unfinished && job.createdAt() != null && job.createdAt().isBefore(now().minus(INTERRUPTED_AFTER))) {
            // The file lived only in the memory of the instance that ran the job; that instance is gone.
            ImportJob interrupted = with(job, ImportJob.FAILED, null, job.summary(), job.problems(), null, INTERRUPTED,
                    now());
            jobs.save(interrupted);
            return interrupted;
        }
        return job;
    }

    private void run(ImportJob queued, ImportRequest request, byte[] file) {
        ImportJob job = with(queued, ImportJob.RUNNING, null, null, List.of(), null, null, null);
        jobs.save(job);
        try {
            ParsedTable table;
            if (request.format() == ImportFormat.JSON_BUNDLE) {
                PlanBundle.Read read = PlanBundle.read(new ByteArrayInputStream(file));
                if (read.bundle() == null) {
                    jobs.save(with(job, ImportJob.FAILED, new ImportJob.Progress(0, 0), null, read.problems(), null,
                            "the file is not a plan bundle", now()));
                    return;
                }
                table = read.bundle().table();
            } else {
                table = readers.read(request.format(), new ByteArrayInputStream(file), request.mapping());
            }
            PlanHeader given = new PlanHeader(request.title(), request.levelNames(), request.metadata())
                    .orFrom(table.header());
            String title = blank(given.title()) ? titleFromRows(table) : given.title();
            List<String> levelNames = given.levelNames();
            PlanMetadata metadata = PlanTitles.withPeriodFromTitle(
                    given.metadata() == null ? PlanMetadata.NONE : given.metadata(), title);
            List<ImportProblem> headerProblems = headerProblems(metadata);
            if (!headerProblems.isEmpty()) {
                jobs.save(with(job, ImportJob.FAILED, new ImportJob.Progress(0, table.rows().size()), null,
                        headerProblems, null, "the plan's own fields are not valid; nothing was written", now()));
                return;
            }
            ImportJob.Progress progress = new ImportJob.Progress(0, table.rows().size());
            job = with(job, ImportJob.RUNNING, progress, null, List.of(), null, null, null);
            jobs.save(job);
            PlanAssembler.Assembly assembly = PlanAssembler.assemble(title, levelNames, metadata, table, now());
            ImportJob.Progress done = new ImportJob.Progress(table.rows().size(), table.rows().size());
            job = new ImportJob(job.id(), job.status(), job.format(), job.mode(), title,
                    levelNames, metadata, done, assembly.summary(), assembly.reading(), assembly.tree(),
                    listed(assembly.problems()), null, null, job.createdBy(), job.createdAt(), null);
            if (assembly.blocking()) {
                jobs.save(with(job, ImportJob.FAILED, done, assembly.summary(), assembly.problems(), null,
                        "the file has problems that prevent the import; nothing was written", now()));
                return;
            }
            String planId = null;
            if (ImportJob.COMMIT.equals(request.mode())) {
                Plan plan = commands.importPlan(assembly.plan(), job.createdBy(), request.reason());
                planId = plan.id();
            }
            jobs.save(with(job, ImportJob.SUCCEEDED, done, assembly.summary(), assembly.problems(), planId, null, now()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A hostile file must end as a failed job, not as one that stays "running".
            log.warn("Import job {} failed", job.id(), e);
            List<ImportProblem> problems = new ArrayList<>(job.problems());
            jobs.save(with(job, ImportJob.FAILED, job.progress(), job.summary(), problems, null,
                    "the import stopped: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    now()));
        }
    }

    /**
     * The plan's own fields, as a file brought them (a bundle's {@code plan}, an export's Plan sheet) or the title
     * implied them, checked as {@code POST /plans} checks them: dates that exist, a period that does not end before
     * it starts.
     */
    private static List<ImportProblem> headerProblems(PlanMetadata metadata) {
        List<ImportProblem> problems = new ArrayList<>();
        java.util.Map<String, String> dates = new java.util.LinkedHashMap<>();
        dates.put("periodFrom", metadata.periodFrom());
        dates.put("periodTo", metadata.periodTo());
        dates.put("adoptionDate", metadata.adoptionDate());
        dates.forEach((field, value) -> {
            if (value != null && !IsoDate.Validator.exists(value)) {
                problems.add(new ImportProblem(0, field, "\"" + value + "\" is not an existing date (YYYY-MM-DD)", null));
            }
        });
        String period = PlanMetadata.periodProblem(metadata.periodFrom(), metadata.periodTo());
        if (problems.isEmpty() && period != null) {
            problems.add(new ImportProblem(0, "periodTo", period, null));
        }
        return problems;
    }

    /** The JSON-lines extraction names its plan on every line ({@code plan}). */
    private static String titleFromRows(ParsedTable table) {
        return table.rows().isEmpty() || table.rows().get(0).extra() == null ? null : table.rows().get(0).extra().get("plan");
    }

    /**
     * The problems a job shows: the first {@value #MAX_LISTED_PROBLEMS} and a line saying how many more there are, so a
     * file of junk lines cannot make the job document outgrow what MongoDB stores.
     */
    static List<ImportProblem> listed(List<ImportProblem> problems) {
        if (problems == null || problems.size() <= MAX_LISTED_PROBLEMS) {
            return problems;
        }
        List<ImportProblem> first = new ArrayList<>(problems.subList(0, MAX_LISTED_PROBLEMS));
        first.add(new ImportProblem(0, null, "… and " + (problems.size() - MAX_LISTED_PROBLEMS)
                + " more problems, not listed; fix the ones above and run the dry run again", null));
        return first;
    }

    private static ImportJob with(ImportJob job, String status, ImportJob.Progress progress, PlanCounts summary,
            List<ImportProblem> problems, String planId, String error, Instant finishedAt) {
        return new ImportJob(job.id(), status, job.format(), job.mode(), job.title(), job.levelNames(), job.metadata(),
                progress == null ? job.progress() : progress, summary, job.reading(), job.tree(), listed(problems), planId, error,
                job.createdBy(), job.createdAt(), finishedAt);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
