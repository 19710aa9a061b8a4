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
import org.ariadne.messaging.OutboxFullException;
import org.ariadne.plans.plan.ChangePlan;
import org.ariadne.plans.plan.Patch;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanCommands;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.validation.IsoDate;
import org.springframework.stereotype.Service;

/**
 * Imports as jobs of kind {@value #KIND} (lib-jobs): the job reads the file with the format's reader, assembles and
 * validates the plan, and — for a commit without blocking problems — stores it with all its events in one write; its
 * result is then the new plan. A dry run succeeds with the parsed tree's summary and every problem as the job's issues
 * and writes nothing. An import into an existing draft ({@link #startInto}) reads the file the same way, lines it up
 * with the draft ({@link DraftImport}) and shows the difference ({@link ImportDiff}); its commit is one change of the
 * draft. The file itself is kept in memory only while the job runs.
 */
@Service
public class ImportJobs {

    public static final String KIND = "plans.import";
    public static final String DRY_RUN = "dry-run";
    public static final String COMMIT = "commit";

    private final Jobs jobs;
    private final PlanCommands commands;
    private final PlanQueries queries;
    private final TableReaders readers;
    private final Clock clock = Clock.systemUTC();

    public ImportJobs(Jobs jobs, PlanCommands commands, PlanQueries queries, TableReaders readers) {
        this.jobs = jobs;
        this.commands = commands;
        this.queries = queries;
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

    /**
     * Starts an import into the draft {@code planId}: a dry run shows what it would change in the draft (the diff), a
     * commit applies that as one change. {@code expectedVersion} is the draft version the client saw (its If-Match):
     * when given, the draft must still be at it (412 otherwise); a commit always gives it.
     */
    public Job startInto(String planId, Long expectedVersion, ImportRequest request, byte[] file) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("planId", planId);
        if (expectedVersion != null) {
            input.put("ifMatch", expectedVersion);
        }
        input.put("format", request.format().id());
        input.put("mode", request.mode());
        input.put("fileSize", file.length);
        if (request.mappingName() != null) {
            input.put("mapping", request.mappingName());
        }
        return jobs.start(KIND, input, job -> runInto(job, planId, expectedVersion, request, file));
    }

    private JobOutcome run(JobContext job, ImportRequest request, byte[] file) {
        ImportDetails details = new ImportDetails(request.format().id(), request.mode(), request.title(),
                request.levelNames(), request.metadata(), null, null, List.of());
        job.details(details);
        Read read = read(request, file);
        if (read.table() == null) {
            return failed("the file is not a plan bundle", read.problems(), details);
        }
        ParsedTable table = read.table();
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
            outcome = JobOutcome.resource(planHref(plan.id()), plan.id());
        }
        return outcome.withDetails(details).withIssues(issues(assembly.problems()));
    }

    /**
     * The file read as for a new plan, but under the draft's own fields (those the request or the file's own header
     * change), then lined up with the draft: the diff, and for a commit the change itself, guarded by the version.
     */
    private JobOutcome runInto(JobContext job, String planId, Long expectedVersion, ImportRequest request, byte[] file) {
        ImportDetails details = new ImportDetails(request.format().id(), request.mode(), request.title(),
                request.levelNames(), request.metadata(), null, null, List.of());
        job.details(details);
        Plan draft = queries.get(planId);
        requireDraftAt(draft, expectedVersion);
        Read read = read(request, file);
        if (read.table() == null) {
            return failed("the file is not a plan bundle", read.problems(), details);
        }
        ParsedTable table = read.table();
        List<ImportProblem> remarks = new ArrayList<>();
        ChangePlan header = headerChange(draft, request, table.header(), remarks);
        PlanMetadata metadata = draft.metadata();
        List<ImportProblem> headerProblems = headerProblems(new PlanMetadata(header.periodFrom().orElse(metadata.periodFrom()),
                header.periodTo().orElse(metadata.periodTo()), null, null, null));
        if (!headerProblems.isEmpty()) {
            return failed("the plan's own fields are not valid; nothing was written", headerProblems, details);
        }
        Plan headed = draft.withHeader(header, now());
        details = new ImportDetails(request.format().id(), request.mode(), headed.title(), headed.levelNames(),
                headed.metadata(), null, null, List.of());
        job.progress(0, table.rows().size());
        PlanAssembler.Assembly assembly = PlanAssembler.assemble(headed.title(), headed.levelNames(), headed.metadata(),
                table, now());
        job.progress(table.rows().size(), table.rows().size());
        List<ImportProblem> problems = new ArrayList<>(remarks);
        problems.addAll(assembly.problems());
        details = new ImportDetails(request.format().id(), request.mode(), headed.title(), headed.levelNames(),
                headed.metadata(), assembly.summary(), assembly.reading(), assembly.tree());
        if (assembly.blocking()) {
            return failed("the file has problems that prevent the import; nothing was written", problems, details);
        }
        DraftImport.Result result = DraftImport.apply(draft, assembly.plan(), header, now());
        JobOutcome outcome;
        ImportDiff diff;
        if (DRY_RUN.equals(request.mode())) {
            diff = ImportDiff.of(draft, result, null);
            outcome = JobOutcome.completed();
        } else {
            Plan saved;
            try {
                saved = commands.importInto(planId, draft.version(),
                        before -> DraftImport.apply(before, assembly.plan(), header, now()).merged(), request.createdBy(),
                        request.reason());
            } catch (OutboxFullException e) {
                // as a request would answer it (503), with what it means for this job
                throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, e.getMessage() + " Nothing was written: "
                        + "commit the file again in a few seconds.");
            }
            diff = ImportDiff.of(draft, result, saved.version());
            outcome = JobOutcome.resource(planHref(planId), planId);
        }
        details = new ImportDetails(details.format(), details.mode(), details.title(), details.levelNames(),
                details.metadata(), details.summary(), details.reading(), details.tree(), diff);
        return outcome.withDetails(details).withIssues(issues(problems));
    }

    /** 409 for an adopted plan, 412 when the client saw another version than the draft is at now (when it says). */
    private static void requireDraftAt(Plan plan, Long expectedVersion) {
        requireDraft(plan);
        if (expectedVersion != null && plan.version() != expectedVersion) {
            throw ETags.stale("Plan " + plan.id(), expectedVersion, plan.version());
        }
    }

    /** 409 for an adopted plan: only a draft takes an import; the problem points to its revisions. */
    public static void requireDraft(Plan plan) {
        if (plan.isAdopted()) {
            String revisions = planHref(plan.id()) + "/revisions";
            throw new ProblemException(ProblemType.CONFLICT, "Version " + plan.versionNumber() + " of plan " + plan.id()
                    + " is adopted (" + plan.metadata().legalAct() + ", " + plan.metadata().adoptionDate() + "); an import "
                    + "changes a draft only. Start a revision (POST " + revisions + ") and import into the new draft.",
                    Map.of("versionNumber", plan.versionNumber(), "planStatus", plan.status(), "revisions", revisions));
        }
    }

    /**
     * The draft's own fields an import into it changes: what the request gives (title, renamed level names,
     * period, strategy, each on its own), else what the file's own header carries (a bundle, our XLSX export's
     * Plan sheet); the rest stays. Adoption fields are never an import's.
     */
    private static ChangePlan headerChange(Plan draft, ImportRequest request, PlanHeader file, List<ImportProblem> remarks) {
        PlanMetadata given = request.metadata() == null ? PlanMetadata.NONE : request.metadata();
        PlanMetadata fromFile = file == null ? null : file.metadata();
        Patch<String> title = !blank(request.title()) ? Patch.of(request.title())
                : file != null && !blank(file.title()) ? Patch.of(file.title()) : Patch.absent();
        Patch<List<String>> levelNames = Patch.absent();
        if (request.levelNames() != null && !request.levelNames().isEmpty()) {
            levelNames = Patch.of(request.levelNames());
        } else if (file != null && file.levelNames() != null && !file.levelNames().isEmpty()) {
            if (file.levelNames().size() == draft.levelNames().size()) {
                levelNames = Patch.of(file.levelNames());
            } else {
                remarks.add(new ImportProblem(0, "levelNames", "the file names " + file.levelNames().size()
                        + " levels, the plan has " + draft.levelNames().size() + " " + draft.levelNames(),
                        "the plan's level names are kept"));
            }
        }
        return new ChangePlan(title, levelNames, metadataField(given.periodFrom(), fromFile, PlanMetadata::periodFrom),
                metadataField(given.periodTo(), fromFile, PlanMetadata::periodTo),
                metadataField(given.strategyId(), fromFile, PlanMetadata::strategyId));
    }

    private static Patch<String> metadataField(String requested, PlanMetadata fromFile,
            java.util.function.Function<PlanMetadata, String> field) {
        if (requested != null) {
            return Patch.of(requested);
        }
        return fromFile == null ? Patch.absent() : Patch.of(field.apply(fromFile));
    }

    /** The table a file holds, or (a JSON bundle that is not one) the problems saying why there is none. */
    private record Read(ParsedTable table, List<ImportProblem> problems) {
    }

    private Read read(ImportRequest request, byte[] file) {
        if (request.format() == ImportFormat.JSON_BUNDLE) {
            PlanBundle.Read read = PlanBundle.read(new ByteArrayInputStream(file));
            return read.bundle() == null ? new Read(null, read.problems()) : new Read(read.bundle().table(), List.of());
        }
        return new Read(readers.read(request.format(), new ByteArrayInputStream(file), request.mapping()), List.of());
    }

    private static String planHref(String planId) {
        return "/api/t/" + TenantContext.require() + "/plans/" + planId;
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
