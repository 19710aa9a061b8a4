package org.ariadne.plans.importing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.jobs.Job;
import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ColumnMappings;
import org.ariadne.plans.importing.ImportFormat;
import org.ariadne.plans.importing.ImportJobs;
import org.ariadne.plans.importing.TableReaders;
import org.ariadne.plans.strategy.Strategies;
import org.ariadne.plans.plan.ChangeReason;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Imports: the file is the request body (raw bytes of the format's media type, at most {@value #MAX_FILE_BYTES}
 * bytes), the plan's title, level names and metadata are query parameters (a bundle or our XLSX export brings its
 * own, used for what the parameters leave out). The answer is 202 with the Location of the job
 * ({@code /api/t/{tenant}/plans/jobs/{id}}, the shape every job has); the job reports progress, the parsed tree, every
 * problem as its issues and, after a commit, the plan as its result. {@code POST /plans/{planId}/imports} imports
 * into an existing draft: same formats, modes and parameters (but no adoption fields), the difference to the draft
 * in the job's {@code details.diff}, and a commit that names the version it is based on (If-Match).
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans")
@Tag(name = "Plan imports", description = "Import a plan from JSON lines, a JSON bundle, XLSX, CSV or DOCX as a job")
class ImportController {

    /** 10 MB: the largest plan file we expect is well under 1 MB; ariadne.web.max-request-size is set to match. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final ImportJobs jobs;
    private final TableReaders readers;
    private final ColumnMappings mappings;
    private final Strategies strategies;
    private final PlanQueries plans;

    ImportController(ImportJobs jobs, TableReaders readers, ColumnMappings mappings, Strategies strategies,
            PlanQueries plans) {
        this.jobs = jobs;
        this.readers = readers;
        this.mappings = mappings;
        this.strategies = strategies;
        this.plans = plans;
    }

    @PostMapping(path = "/imports", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Start an import into a new plan (format=jsonl|json-bundle|xlsx|csv|docx, mode=dry-run|commit); "
            + "202 + Location of the job")
    ResponseEntity<Job> start(
            @Parameter(required = true, schema = @Schema(allowableValues = {"jsonl", "json-bundle", "xlsx", "csv", "docx"}))
            @RequestParam(required = false) String format,
            @Parameter(schema = @Schema(allowableValues = {ImportJobs.DRY_RUN, ImportJobs.COMMIT}))
            @RequestParam(required = false, defaultValue = ImportJobs.DRY_RUN) String mode,
            @Parameter(schema = @Schema(maxLength = 300)) @RequestParam(required = false) String title,
            @Parameter(array = @ArraySchema(maxItems = 8, schema = @Schema(maxLength = 80)))
            @RequestParam(required = false) List<String> levelNames,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String periodFrom,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String periodTo,
            @Parameter(schema = @Schema(maxLength = 500)) @RequestParam(required = false) String legalAct,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String adoptionDate,
            @Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String strategyId,
            @Parameter(schema = @Schema(maxLength = 60)) @RequestParam(required = false) String mapping,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = ChangeReason.HEADER, required = false) String reasonHeader,
            @RequestBody(required = false) byte[] file) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLength("legalAct", legalAct, 500, problems);
        checkDate("adoptionDate", adoptionDate, problems);
        ImportJobs.ImportRequest request = request(format, mode, title, levelNames, periodFrom, periodTo, legalAct,
                adoptionDate, strategyId, mapping, contentType, reasonHeader, file, problems);
        Job job = jobs.start(request, file);
        return ResponseEntity.accepted().location(jobUri(job.id())).body(job);
    }

    @PostMapping(path = "/{planId}/imports", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Import a (corrected) file into an existing draft: the dry run's details.diff shows what it changes, "
            + "the commit (If-Match required: the version the dry run saw) applies it as one change; 409 for an adopted "
            + "plan (start a revision); 202 + Location of the job")
    ResponseEntity<Job> startInto(
            @PathVariable String planId,
            @Parameter(required = true, schema = @Schema(allowableValues = {"jsonl", "json-bundle", "xlsx", "csv", "docx"}))
            @RequestParam(required = false) String format,
            @Parameter(schema = @Schema(allowableValues = {ImportJobs.DRY_RUN, ImportJobs.COMMIT}))
            @RequestParam(required = false, defaultValue = ImportJobs.DRY_RUN) String mode,
            @Parameter(schema = @Schema(maxLength = 300)) @RequestParam(required = false) String title,
            @Parameter(array = @ArraySchema(maxItems = 8, schema = @Schema(maxLength = 80)))
            @RequestParam(required = false) List<String> levelNames,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String periodFrom,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String periodTo,
            @Parameter(description = "refused: an import into a draft does not adopt it", schema = @Schema(maxLength = 500))
            @RequestParam(required = false) String legalAct,
            @Parameter(description = "refused: an import into a draft does not adopt it", schema = @Schema(format = "date"))
            @RequestParam(required = false) String adoptionDate,
            @Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String strategyId,
            @Parameter(schema = @Schema(maxLength = 60)) @RequestParam(required = false) String mapping,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = ChangeReason.HEADER, required = false) String reasonHeader,
            @RequestBody(required = false) byte[] file) {
        Plan plan = plans.get(planId);
        ImportJobs.requireDraft(plan);
        List<FieldProblem> problems = new ArrayList<>();
        if (legalAct != null || adoptionDate != null) {
            problems.add(new FieldProblem(legalAct != null ? "legalAct" : "adoptionDate", "an import into a draft does not "
                    + "adopt it: the legal act and its date are set by POST .../plans/" + planId + "/adopt"));
        }
        if (levelNames != null && !levelNames.isEmpty() && levelNames.size() != plan.levelNames().size()) {
            problems.add(new FieldProblem("levelNames", "must name the plan's " + plan.levelNames().size() + " levels "
                    + plan.levelNames() + " (an import into a draft renames levels, never adds or removes them)"));
        }
        ImportJobs.ImportRequest request = request(format, mode, title, levelNames, periodFrom, periodTo, null, null,
                strategyId, mapping, contentType, reasonHeader, file, problems);
        Long expectedVersion = ImportJobs.COMMIT.equals(mode) || (ifMatch != null && !ifMatch.isBlank())
                ? ETags.requiredVersion(ifMatch) : null;
        if (expectedVersion != null && plan.version() != expectedVersion) {
            throw ETags.stale("Plan " + planId, expectedVersion, plan.version());
        }
        Job job = jobs.startInto(planId, expectedVersion, request, file);
        return ResponseEntity.accepted().location(jobUri(job.id())).body(job);
    }

    /**
     * Every parameter checked at once (422 naming each bad one, no job), then the body: its size (413) and its media
     * type (415).
     */
    private ImportJobs.ImportRequest request(String format, String mode, String title, List<String> levelNames,
            String periodFrom, String periodTo, String legalAct, String adoptionDate, String strategyId, String mapping,
            String contentType, String reasonHeader, byte[] file, List<FieldProblem> problems) {
        ImportFormat importFormat = ImportFormat.of(format);
        if (importFormat == null) {
            problems.add(new FieldProblem("format", "must be one of " + ImportFormat.ids()
                    + (format == null ? "" : "; got \"" + format + "\"")));
        }
        if (!ImportJobs.DRY_RUN.equals(mode) && !ImportJobs.COMMIT.equals(mode)) {
            problems.add(new FieldProblem("mode", "must be dry-run or commit; got \"" + mode + "\""));
        }
        checkDate("periodFrom", periodFrom, problems);
        checkDate("periodTo", periodTo, problems);
        checkLength("title", title, 300, problems);
        checkLength("strategyId", strategyId, 100, problems);
        if (strategyId != null && !strategyId.isBlank() && strategyId.length() <= 100
                && strategies.find(strategyId.strip()).isEmpty()) {
            problems.add(new FieldProblem("strategyId", "there is no strategy " + strategyId.strip() + " in this tenant"));
        }
        if (levelNames != null) {
            if (levelNames.size() > 8) {
                problems.add(new FieldProblem("levelNames", "at most 8 levels"));
            }
            levelNames.forEach(name -> checkLength("levelNames", name, 80, problems));
        }
        String reason = ChangeReason.fromHeader(reasonHeader);
        if (reason != null && reason.length() > ChangeReason.MAX_LENGTH) {
            problems.add(new FieldProblem(ChangeReason.HEADER, "at most " + ChangeReason.MAX_LENGTH + " characters"));
        }
        if (file == null || file.length == 0) {
            problems.add(new FieldProblem("body", "the file to import must be the request body"));
        }
        ColumnMapping columns = null;
        if (mapping != null && !mapping.isBlank()) {
            columns = mappings.find(mapping.strip()).orElse(null);
            if (columns == null) {
                problems.add(new FieldProblem("mapping", "there is no saved column mapping \"" + mapping + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import file may hold at most "
                    + MAX_FILE_BYTES + " bytes; this one holds " + file.length, Map.of("maxBytes", MAX_FILE_BYTES));
        }
        if (contentType != null && !contentType.isBlank() && !matches(contentType, importFormat)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A " + importFormat.id() + " import is sent as "
                    + importFormat.mediaType() + " (or application/octet-stream), not " + contentType);
        }
        if (!readers.supports(importFormat)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Format " + importFormat.id() + " cannot be imported by this build");
        }
        PlanMetadata metadata = new PlanMetadata(blankToNull(periodFrom), blankToNull(periodTo), blankToNull(legalAct),
                blankToNull(adoptionDate), blankToNull(strategyId));
        return new ImportJobs.ImportRequest(importFormat, mode, blankToNull(title), levelNames, metadata, columns,
                columns == null ? null : mapping.strip(), Caller.current().subject(), reason);
    }

    /** Import jobs moved to the jobs every service has; the old address says where, for one release. */
    @GetMapping("/imports/{jobId}")
    @Operation(summary = "Gone: read import jobs at /api/t/{tenant}/plans/jobs/{jobId}")
    ResponseEntity<Void> moved(@PathVariable String jobId) {
        throw new ProblemException(ProblemType.GONE, "Import jobs are read at " + jobUri(jobId) + ", in the shape every "
                + "job has (state, progress, result, problem, issues, details); see docs/plans.md, \"Jobs\".",
                Map.of("location", jobUri(jobId).toString()));
    }

    private static boolean matches(String contentType, ImportFormat format) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return false;
        }
        MediaType expected = MediaType.parseMediaType(format.mediaType());
        return type.isCompatibleWith(expected) || type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM)
                || (format == ImportFormat.JSONL && (type.isCompatibleWith(MediaType.parseMediaType("application/jsonl"))
                        || type.isCompatibleWith(MediaType.TEXT_PLAIN)))
                || (format == ImportFormat.CSV && type.isCompatibleWith(MediaType.TEXT_PLAIN));
    }

    private static void checkDate(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be an ISO date (2020-01-31); got \"" + value + "\""));
        }
    }

    private static void checkLength(String name, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(name, "at most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI jobUri(String jobId) {
        return URI.create("/api/t/" + TenantContext.require().value() + "/plans/jobs/"
                + UriUtils.encodePathSegment(jobId, java.nio.charset.StandardCharsets.UTF_8));
    }
}
