package org.ariadne.partners.recommendation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.activity.ActivityLinks;
import org.ariadne.jobs.Job;
import org.ariadne.partners.recommendation.Recommendation;
import org.ariadne.partners.recommendation.RecommendationCommands;
import org.ariadne.partners.recommendation.RecommendationExport;
import org.ariadne.partners.recommendation.RecommendationQueries;
import org.ariadne.partners.recommendation.RecommendationSource;
import org.ariadne.partners.recommendation.RecommendationStatus;
import org.ariadne.partners.recommendation.SourceKind;
import org.ariadne.partners.recommendation.Strength;
import org.ariadne.partners.recommendation.TrackedRecommendation;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ↔ the recommendation tracker: sources, recommendations, status with reason, GRETA's assessment, the export. The
 * document states each limit: a {@code @Schema} limit is the domain's own check ({@link Recommendation},
 * {@link RecommendationSource}), a {@code @Size} one is checked here, at the boundary, before anything is read or written.
 */
@RestController
@RequestMapping("/api/t/{tenant}/partners")
@Tag(name = "Recommendations", description = "GRETA, TIP and EU recommendations the tenant answers, and what it did on each")
class RecommendationController {

    /** Ids (ours and plans' are UUIDs); a longer one names nothing. */
    static final int MAX_ID = 100;
    static final int MAX_DATE = 10;
    /** Where GRETA's assessment was read ("GRETA(2022)10, paragraph 112"). */
    static final int MAX_ASSESSMENT_SOURCE = 300;

    private final RecommendationCommands commands;
    private final RecommendationQueries queries;
    private final RecommendationExport export;
    private final ActivityLinks links;

    RecommendationController(RecommendationCommands commands, RecommendationQueries queries, RecommendationExport export,
            ActivityLinks links) {
        this.commands = commands;
        this.queries = queries;
        this.export = export;
        this.links = links;
    }

    record SourceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"GRETA_REPORT", "COP_RECOMMENDATION", "TIP_REPORT",
                    "EU_REPORT"}) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = RecommendationSource.MAX_TITLE) String title,
            @Schema(description = "required for a GRETA report", minimum = "" + RecommendationSource.MIN_ROUND,
                    maximum = "" + RecommendationSource.MAX_ROUND) Integer round,
            @Schema(minimum = "" + RecommendationSource.MIN_YEAR, maximum = "" + RecommendationSource.MAX_YEAR) Integer year,
            @Schema(maxLength = RecommendationSource.MAX_DOCUMENT_NUMBER, example = "GRETA(2017)38") String documentNumber,
            @Schema(description = "an http(s) link", maxLength = RecommendationSource.MAX_URL) String url,
            @Schema(format = "date", maxLength = MAX_DATE) String publishedOn) {
    }

    record SourceList(List<RecommendationSource> items, int total) {
    }

    /** An activity by its id, or by its code as printed (within planId when codes repeat across plans). */
    record ActivityRequest(@Size(max = MAX_ID) String activityId, @Size(max = MAX_ID) String planId, @Size(max = MAX_ID) String code) {
    }

    record RecommendationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = MAX_ID) String sourceId,
            @Schema(maxLength = Recommendation.MAX_PARAGRAPH, example = "112") String paragraph,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Recommendation.MAX_TEXT) String text,
            @Schema(allowableValues = {"urge", "consider", "invite", "prioritized"}) String strength,
            @Schema(maxLength = Recommendation.MAX_ARTICLE) String article,
            @Size(max = MAX_ID) String repeatsId,
            @Schema(maxLength = Recommendation.MAX_REPEATED_BY) String repeatedBy,
            @ArraySchema(maxItems = Recommendation.MAX_ACTIVITIES) List<@Valid ActivityRequest> activities,
            @Schema(format = "date", maxLength = MAX_DATE) String due,
            @Schema(description = "only when recording; a later change goes through …/status with a reason",
                    allowableValues = {"open", "in_progress", "partially_implemented", "implemented",
                        "not_implemented", "superseded"}) String status) {
    }

    record StatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "in_progress", "partially_implemented", "implemented",
                    "not_implemented", "superseded"}) String status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Recommendation.MAX_REASON) String reason) {
    }

    record AssessmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Recommendation.MAX_TEXT) String text,
            @Schema(maxLength = Recommendation.MAX_CONCLUSION) String conclusion,
            @Size(max = MAX_ASSESSMENT_SOURCE) String source,
            @Schema(format = "date", maxLength = MAX_DATE) String date) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecommendationView(String id, String sourceId, String source, String paragraph, String text, String strength,
            String article, String repeatsId, String repeatedBy, boolean repeat, String status,
            List<Recommendation.StatusChange> history, Recommendation.GretaAssessment gretaAssessment,
            List<TrackedRecommendation.LinkedActivity> activities, String suggestedStatus, String due, long version) {

        static RecommendationView of(TrackedRecommendation t) {
            Recommendation r = t.recommendation();
            return new RecommendationView(r.id(), r.sourceId(), t.source() == null ? null : t.source().label(),
                    r.paragraph(), r.text(), r.strength() == null ? null : r.strength().code(), r.article(), r.repeatsId(),
                    r.repeatedBy(), r.isRepeat(), r.status().code(), r.history(), r.gretaAssessment(), t.activities(),
                    t.suggestedStatus() == null ? null : t.suggestedStatus().code(), r.due(), r.version());
        }
    }

    record RecommendationList(List<RecommendationView> items, int total) {
    }

    @GetMapping("/recommendation-sources")
    @Operation(summary = "The reports whose recommendations the tenant tracks")
    SourceList sources() {
        List<RecommendationSource> all = queries.sources();
        return new SourceList(all, all.size());
    }

    @PostMapping("/recommendation-sources")
    @Operation(summary = "Record a source: a GRETA report (round), a TIP report (year), a CoP recommendation, an EU report")
    ResponseEntity<RecommendationSource> createSource(@RequestBody SourceRequest body) {
        SourceRequest s = require(body);
        SourceKind kind = s.kind() == null ? null : SourceKind.of(s.kind()).orElseThrow(() -> ProblemException.validation(
                List.of(new FieldProblem("/kind", "must be one of " + SourceKind.codes()))));
        RecommendationSource created = commands.createSource(kind, s.title(), s.round(), s.year(), blank(s.documentNumber()),
                blank(s.url()), blank(s.publishedOn()));
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/partners/recommendation-sources/"
                + created.id())).body(created);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "The tracker: every recommendation with its linked activities' latest status")
    RecommendationList list(@RequestParam(required = false) @Size(max = MAX_ID) String sourceId,
            @Parameter(schema = @Schema(allowableValues = {"open", "in_progress", "partially_implemented", "implemented",
                    "not_implemented", "superseded"}))
            @RequestParam(required = false) String status) {
        RecommendationStatus parsed = status == null ? null : RecommendationStatus.of(status).orElseThrow(() ->
                ProblemException.validation(List.of(new FieldProblem("status", "must be one of " + RecommendationStatus.codes()))));
        List<RecommendationView> items = queries.list(sourceId, parsed).stream().map(RecommendationView::of).toList();
        return new RecommendationList(items, items.size());
    }

    @PostMapping("/recommendations")
    @Operation(summary = "Record a recommendation, linked to the plan activities that answer it")
    ResponseEntity<RecommendationView> record(@Valid @RequestBody RecommendationRequest body) {
        RecommendationRequest r = require(body);
        RecommendationStatus status = r.status() == null ? null : RecommendationStatus.of(r.status()).orElseThrow(() ->
                ProblemException.validation(List.of(new FieldProblem("/status", "must be one of " + RecommendationStatus.codes()))));
        Recommendation created = commands.record(blank(r.sourceId()), fields(r), status);
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/partners/recommendations/"
                + created.id())).eTag(ETags.of(created.version())).body(RecommendationView.of(queries.get(created.id())));
    }

    @GetMapping("/recommendations/{id}")
    @Operation(summary = "A recommendation with its status history, GRETA's assessment and linked activities")
    ResponseEntity<RecommendationView> get(@PathVariable String id) {
        TrackedRecommendation t = queries.get(id);
        return ResponseEntity.ok().eTag(ETags.of(t.recommendation().version())).body(RecommendationView.of(t));
    }

    @PutMapping("/recommendations/{id}")
    @Operation(summary = "Change a recommendation's text, paragraph, links … (not its status; If-Match)")
    ResponseEntity<RecommendationView> change(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody RecommendationRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        RecommendationRequest r = require(body);
        if (r.status() != null) {
            throw ProblemException.validation(List.of(new FieldProblem("/status",
                    "a status changes with a reason: POST .../recommendations/" + id + "/status")));
        }
        Recommendation changed = commands.change(id, expected, fields(r));
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(RecommendationView.of(queries.get(id)));
    }

    @PostMapping("/recommendations/{id}/status")
    @Operation(summary = "Change the status, with the reason (the linked activities' suggestion is only a suggestion)")
    ResponseEntity<RecommendationView> status(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @RequestBody StatusRequest body) {
        StatusRequest s = require(body);
        RecommendationStatus status = RecommendationStatus.of(s.status()).orElse(null);
        Recommendation changed = commands.changeStatus(id, ifMatch == null ? null : ETags.requiredVersion(ifMatch), status,
                s.reason(), caller());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(RecommendationView.of(queries.get(id)));
    }

    @PutMapping("/recommendations/{id}/greta-assessment")
    @Operation(summary = "Record GRETA's own later assessment (kept apart from the tenant's status)")
    ResponseEntity<RecommendationView> assess(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody AssessmentRequest body) {
        AssessmentRequest a = require(body);
        Recommendation changed = commands.assess(id, ifMatch == null ? null : ETags.requiredVersion(ifMatch),
                new Recommendation.GretaAssessment(a.text(), blank(a.conclusion()), blank(a.source()), blank(a.date())));
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(RecommendationView.of(queries.get(id)));
    }

    @PostMapping("/recommendations/exports")
    @Operation(summary = "Start the export 'what we did on each recommendation' (format docx or xlsx; language defaults "
            + "to the tenant's): 202 with the job; its result is the file (GET …/jobs/{id}/result)")
    ResponseEntity<Job> startExport(
            @Parameter(schema = @Schema(allowableValues = {"docx", "xlsx"}, defaultValue = "docx")) @RequestParam(defaultValue = "docx")
            String format,
            @Parameter(schema = @Schema(allowableValues = {"en", "bs", "hr", "sr", "sr-Latn", "cnr", "sl", "sq"}))
            @RequestParam(required = false) String language) {
        Job job = export.start(format, language);
        return ResponseEntity.accepted().location(URI.create("/api/t/" + TenantContext.require() + "/partners/jobs/"
                + job.id())).body(job);
    }

    private Recommendation.Fields fields(RecommendationRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        Strength strength = null;
        if (r.strength() != null) {
            strength = Strength.of(r.strength()).orElse(null);
            if (strength == null) {
                problems.add(new FieldProblem("/strength", "must be one of " + Strength.codes()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        List<ActivityLinks.Requested> requested = r.activities() == null ? List.of() : r.activities().stream()
                .map(a -> a == null ? null : new ActivityLinks.Requested(blank(a.activityId()), blank(a.planId()),
                        blank(a.code()))).toList();
        return new Recommendation.Fields(blank(r.paragraph()), r.text(), strength, blank(r.article()), blank(r.repeatsId()),
                blank(r.repeatedBy()), links.resolve(requested, "/activities"), blank(r.due()));
    }

    private static String caller() {
        return SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw ProblemException.validation(List.of(new FieldProblem("", "a JSON object is required")));
        }
        return body;
    }
}
