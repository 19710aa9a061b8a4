package org.ariadne.plans.importing;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobContext;
import org.ariadne.jobs.JobIssue;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanCommands;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.validation.IsoDate;
import org.springframework.stereotype.Service;

/**
 * Imports as jobs of kind {@value #KIND} (lib-jobs): the job reads the file with the format's reader, assembles and
 * validates the plan, and — for a commit without blocking problems — stores it with all its events in one write; its
 * result is then the new plan. A dry run succeeds with the parsed tree's summary and every problem as the job's issues
 * and writes nothing. The file itself is kept in memory only while the job runs.
 */
@Service
public class ImportJobs {

    public static final String KIND = "plans.import";
    public static final String DRY_RUN = "dry-run";
    public static final String COMMIT = "commit";

    private final Jobs jobs;
    private final PlanCommands commands;
    private final TableReaders readers;
    private final Clock clock = Clock.systemUTC();

    public ImportJobs(Jobs jobs, PlanCommands commands, TableReaders readers) {
        this.jobs = jobs;
        this.commands = commands;
        this.readers = readers;
    }

    /**
     * What the user asked for: format, mode, and the plan's title, level names and metadata. A file that carries
     * its own (a JSON bundle, our XLSX export) fills in what the request leaves out ({@link PlanHeader#orFrom}).
     */
    public record ImportRequest(ImportFormat format, String mode, String title, List<String> levelNames,
            PlanMetadata metadata, ColumnMapping mapping, String mappingName, String createdBy, String reason) {
    }

    public Job start(ImportRequest request, byte[] file) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("format", request.format().id());
        input.put("mode", request.mode());
        input.put("fileSize", file.length);
        if (request.mappingName() != null) {
            input.put("mapping", request.mappingName());
        }
        return jobs.start(KIND, input, job -> run(job, request, file));
    }

    private JobOutcome run(JobContext job, ImportRequest request, byte[] file) {
        ImportDetails details = new ImportDetails(request.format().id(), request.mode(), request.title(),
                request.levelNames(), request.metadata(), null, null, List.of());
        job.details(details);
        ParsedTable table;
        if (request.format() == ImportFormat.JSON_BUNDLE) {
            PlanBundle.Read read = PlanBundle.read(new ByteArrayInputStream(file));
            if (read.bundle() == null) {
                return failed("the file is not a plan bundle", read.problems(), details);
            }
            table = read.bundle().table();
        } else {
            table = readers.read(request.format(), new ByteArrayInputStream(file), request.mapping());
        }
        PlanHeader given = new PlanHeader(request.title(), request.levelNames(), request.metadata()).orFrom(table.header());
        String title = blank(given.title()) ? titleFromRows(table) : given.title();
        List<String> levelNames = given.levelNames();
        PlanMetadata metadata = PlanTitles.withPeriodFromTitle(given.metadata() == null ? PlanMetadata.NONE : given.metadata(),
                title);
        details = new ImportDetails(request.format().id(), request.mode(), title, levelNames, metadata, null, null, List.of());
        List<ImportProblem> headerProblems = headerProblems(metadata);
        if (!headerProblems.isEmpty()) {
            return failed("the plan's own fields are not valid; nothing was written", headerProblems, details);
        }
        job.progress(0, table.rows().size());
        PlanAssembler.Assembly assembly = PlanAssembler.assemble(title, levelNames, metadata, table, now());
        job.progress(table.rows().size(), table.rows().size());
        details = new ImportDetails(request.format().id(), request.mode(), title, levelNames, metadata, assembly.summary(),
                assembly.reading(), assembly.tree());
        if (assembly.blocking()) {
            return failed("the file has problems that prevent the import; nothing was written", assembly.problems(), details);
        }
        JobOutcome outcome = JobOutcome.completed();
        if (COMMIT.equals(request.mode())) {
            Plan plan = commands.importPlan(assembly.plan(), request.createdBy(), request.reason());
            outcome = JobOutcome.resource("/api/t/" + TenantContext.require() + "/plans/" + plan.id(), plan.id());
        }
        return outcome.withDetails(details).withIssues(issues(assembly.problems()));
    }

    private static JobOutcome failed(String detail, List<ImportProblem> problems, ImportDetails details) {
        return JobOutcome.failed(new ProblemException(ProblemType.VALIDATION_FAILED, detail)).withDetails(details)
                .withIssues(issues(problems));
    }

    private static List<JobIssue> issues(List<ImportProblem> problems) {
        List<JobIssue> issues = new ArrayList<>();
        if (problems != null) {
            problems.forEach(p -> issues.add(new JobIssue(p.row(), p.column(), p.problem(), p.understood())));
        }
        return issues;
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
