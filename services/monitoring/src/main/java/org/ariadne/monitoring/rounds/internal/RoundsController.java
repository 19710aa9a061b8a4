package org.ariadne.monitoring.rounds.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.PlanViewQueries;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.ActivityStatus;
import org.ariadne.monitoring.rounds.Contribution;
import org.ariadne.monitoring.rounds.ContributionState;
import org.ariadne.monitoring.rounds.Evidence;
import org.ariadne.monitoring.rounds.Figure;
import org.ariadne.monitoring.rounds.PrintedFigures;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RollUps;
import org.ariadne.monitoring.rounds.Round;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundCommands;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.monitoring.rounds.RoundState;
import org.ariadne.monitoring.rounds.RoundSummary;
import org.ariadne.monitoring.rounds.Transition;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.validation.IsoDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Reporting rounds, contributions, evidence, roll-ups, freezing and the reporting settings of the tenant in context. */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class RoundsController {

    /** The job kind of an import of a printed round. */
    static final String ROUND_IMPORT = "monitoring.round-import";

    private final RoundCommands commands;
    private final RoundQueries rounds;
    private final PlanViewQueries planView;
    private final Jobs jobs;

    RoundsController(RoundCommands commands, RoundQueries rounds, PlanViewQueries planView, Jobs jobs) {
        this.commands = commands;
        this.rounds = rounds;
        this.planView = planView;
        this.jobs = jobs;
    }

    /** A round as the API shows it (without its copy of the plan and its snapshot). */
    record RoundView(String roundId, String planId, String planTitle, String kind, String periodStart, String periodEnd,
            String dueDate, String recipient, String legalBasis, String planAdopted, RoundState state, String source,
            Instant openedAt, String openedBy, Instant frozenAt, String frozenBy, int activityCount,
            List<String> institutions) {

        static RoundView of(RoundSummary r) {
            return new RoundView(r.roundId(), r.planId(), r.planTitle(), r.kind(), r.periodStart(), r.periodEnd(),
                    r.dueDate(), r.recipient(), r.legalBasis(), r.planAdopted(), r.state(), r.source(), r.openedAt(),
                    r.openedBy(), r.frozenAt(), r.frozenBy(), r.activityCount(), r.institutions());
        }
    }

    /**
     * A contribution as the API shows it; {@code institutionId} and {@code spellings} when the partners service
     * resolved the plan's printed names (one contribution per institution, however the plan prints it).
     */
    record ContributionView(String contributionId, String roundId, String planId, String institution,
            List<String> activityIds, ContributionState state, List<ActivityReport> reports, List<Transition> history,
            String returnReason, String institutionId, List<String> spellings) {

        static ContributionView of(Contribution c) {
            return new ContributionView(c.contributionId(), c.roundId(), c.planId(), c.institution(), c.activityIds(),
                    c.state(), c.reports(), c.history(), c.returnReason(), c.institutionId(), c.spellings());
        }
    }

    record OpenRound(@NotNull @Pattern(regexp = Round.KINDS) String kind,
            @NotNull @IsoDate String periodStart,
            @NotNull @IsoDate String periodEnd,
            @NotNull @IsoDate String dueDate,
            @Size(max = 500) String recipient, @Size(max = 20_000) String legalBasis,
            @IsoDate String planAdopted) {

        Round.Opening opening() {
            if (periodStart.compareTo(periodEnd) > 0) {
                throw ProblemException.validation(List.of(new FieldProblem("/periodEnd", "must not be before periodStart")));
            }
            return new Round.Opening(kind, periodStart, periodEnd, dueDate, recipient, legalBasis, planAdopted);
        }
    }

    @PostMapping("/plans/{planId}/rounds")
    ResponseEntity<RoundView> open(@PathVariable String tenant, @PathVariable String planId,
            @Valid @RequestBody OpenRound request) {
        Round round = commands.open(planId, request.opening(), Caller.current());
        return ResponseEntity.created(URI.create(base(tenant) + "/rounds/" + round.roundId())).body(RoundView.of(round.summary()));
    }

    /** The plan's rounds; 404 for a plan this tenant does not know (another tenant's, say), not an empty list. */
    @GetMapping("/plans/{planId}/rounds")
    Map<String, List<RoundView>> roundsOf(@PathVariable String planId) {
        List<RoundSummary> list = rounds.roundsOf(planId);
        if (list.isEmpty()) {
            planView.plan(planId);
        }
        return Map.of("rounds", list.stream().map(RoundView::of).toList());
    }

    record PrintedFiguresRequest(@NotBlank @Size(max = 50) String nodeCode, @NotBlank @Size(max = 300) String label,
            @PositiveOrZero int planned, @PositiveOrZero int implemented, @PositiveOrZero int notStarted,
            @Pattern(regexp = "^\\d{1,3}([.,]\\d{1,4})?$") String percentage) {
    }

    record ImportRound(@Valid @NotNull OpenRound round, @Size(max = 10) String language,
            @Size(max = 500) List<@NotNull @Valid PrintedFiguresRequest> printedConclusion,
            @ArraySchema(schema = @Schema(implementation = PrintedLine.class))
            @NotEmpty @Size(max = 5000) List<@NotNull JsonNode> lines) {
    }

    /**
     * A line of a printed report as the OpenAPI document describes it. The lines are read as JSON trees (their shape is
     * the extraction's, with snake_case names) and checked field by field by {@link PrintedReportImport}.
     */
    @Schema(name = "PrintedReportLine", description = "One activity of a printed report (ba-04-monitoring-report-*.jsonl)")
    record PrintedLine(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 50) String code,
            @Schema(maxLength = 20, description = "if present, the tenant the round is imported into") String tenant,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PrintedLineReport report,
            @Schema(name = "indicator_raw", maxLength = 5000) String indicatorRaw,
            @Schema(name = "resources_raw", maxLength = 5000) String resourcesRaw) {
    }

    @Schema(name = "PrintedReportLineReport")
    record PrintedLineReport(@Schema(name = "status_marker", allowableValues = {"0%", "100%"}) String statusMarker,
            @Schema(name = "suggested_status", allowableValues = {"not_started", "ongoing", "partially_implemented",
                    "implemented", "not_implemented", "no_data"}) String suggestedStatus,
            @Schema(maxLength = PrintedReportImport.MAX_NARRATIVE) String narrative,
            @ArraySchema(maxItems = PrintedReportImport.MAX_FIGURES) List<PrintedLineFigure> figures) {
    }

    @Schema(name = "PrintedReportLineFigure")
    record PrintedLineFigure(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String label,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-999999999999999.999999999",
                    maximum = "999999999999999.999999999") BigDecimal value,
            @Schema(maxLength = 50) String unit, @Schema(maxLength = 30, description = "a year or a period as printed") String year,
            @Schema(maxLength = 100) String scope) {
    }

    /**
     * Imports a round from a printed report: validated at once (422 lists every bad line), then written by a job
     * ({@code 202} + the job's location). The same plan, kind and period cannot be imported twice (409).
     */
    @PostMapping("/plans/{planId}/rounds/import")
    ResponseEntity<Job> importPrinted(@PathVariable String tenant, @PathVariable String planId,
            @Valid @RequestBody ImportRound request) {
        Caller caller = Caller.current();
        Round.Opening opening = request.round().opening();
        List<ActivityView> activities = planView.activities(planId);
        String language = request.language() != null ? request.language() : rounds.settings().language();
        PrintedReportImport.Parsed parsed = PrintedReportImport.parse(request.lines(), activities,
                TenantContext.require().toString(), language);
        List<PrintedFigures> printed = new ArrayList<>();
        if (request.printedConclusion() != null) {
            request.printedConclusion().forEach(p -> printed.add(new PrintedFigures(p.nodeCode(), p.label(), p.planned(),
                    p.implemented(), p.notStarted(), p.percentage())));
        }
        String roundId = "printed-" + UUID.nameUUIDFromBytes((planId + "|" + opening.kind() + "|" + opening.periodStart()
                + "|" + opening.periodEnd()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (rounds.exists(roundId)) {
            throw new ProblemException(ProblemType.CONFLICT, "This printed report round was already imported.",
                    Map.of("roundId", roundId, "location", base(tenant) + "/rounds/" + roundId));
        }
        Job job = jobs.start(ROUND_IMPORT, java.util.Map.of("lines", request.lines().size()), running -> {
            Round round = commands.openImported(roundId, planId, opening, caller, parsed.reports(), printed, parsed.columns());
            return JobOutcome.resource(base(tenant) + "/rounds/" + round.roundId(), round.roundId());
        });
        return ResponseEntity.accepted().location(URI.create(base(tenant) + "/jobs/" + job.id())).body(job);
    }

    @GetMapping("/rounds/{roundId}")
    RoundView round(@PathVariable String roundId) {
        return RoundView.of(rounds.summary(roundId));
    }

    /** An activity of the round with its effective report, its late flag and the evidence that supports it. */
    record RoundActivityView(RoundActivity activity, String status, boolean late, ActivityReport report,
            List<Evidence> evidence) {
    }

    @GetMapping("/rounds/{roundId}/activities")
    Map<String, Object> activities(@PathVariable String roundId) {
        RoundData data = rounds.data(roundId);
        Map<String, List<Evidence>> evidenceOf = new java.util.HashMap<>();
        data.evidence().forEach(e -> e.activityIds().forEach(id -> evidenceOf.computeIfAbsent(id, k -> new ArrayList<>()).add(e)));
        List<RoundActivityView> views = new ArrayList<>();
        for (RoundActivity a : data.activities()) {
            String status = data.statusOf(a.activityId());
            views.add(new RoundActivityView(a, status, RollUps.isLate(a, status, data.periodEnd()),
                    data.reports().get(a.activityId()), evidenceOf.getOrDefault(a.activityId(), List.of())));
        }
        return Map.of("roundId", roundId, "activities", views);
    }

    @GetMapping("/rounds/{roundId}/contributions")
    Map<String, List<ContributionView>> contributions(@PathVariable String roundId) {
        return Map.of("contributions", rounds.contributionsOf(roundId).stream().map(ContributionView::of).toList());
    }

    @GetMapping("/contributions/{contributionId}")
    ContributionView contribution(@PathVariable String contributionId) {
        return ContributionView.of(rounds.contribution(contributionId));
    }

    /** A figure's value is finite: at most 15 digits before the decimal point and 9 after (lib-web's rule for decimals). */
    record FigureRequest(@NotBlank @Size(max = 500) String label,
            @NotNull @DecimalMin("-999999999999999.999999999") @DecimalMax("999999999999999.999999999") BigDecimal value,
            @Size(max = 50) String unit,
            @Size(max = 30) String year, @Size(max = 100) String scope) {
    }

    record ReportRequest(@NotBlank @Size(max = 200) String activityId,
            @NotNull @Pattern(regexp = ActivityStatus.PATTERN) String status,
            @Min(0) @Max(100) Integer completion, @Size(max = 20_000) String narrative, @Size(max = 10) String language,
            @Size(max = 200) List<@NotNull @Valid FigureRequest> figures) {

        ActivityReport toReport() {
            List<Figure> list = new ArrayList<>();
            if (figures != null) {
                figures.forEach(f -> list.add(new Figure(f.label(), f.value(), f.unit(), f.year(), f.scope())));
            }
            return new ActivityReport(activityId, status, completion, narrative, language, list);
        }
    }

    record SaveReports(@NotNull @Size(max = 2000) List<@NotNull @Valid ReportRequest> reports) {
    }

    @PutMapping("/contributions/{contributionId}/reports")
    ContributionView saveDraft(@PathVariable String contributionId, @Valid @RequestBody SaveReports request) {
        return ContributionView.of(commands.saveDraft(contributionId,
                request.reports().stream().map(ReportRequest::toReport).toList(), Caller.current()));
    }

    @PostMapping("/contributions/{contributionId}/submit")
    ContributionView submit(@PathVariable String contributionId) {
        return ContributionView.of(commands.submit(contributionId, Caller.current()));
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/contributions/{contributionId}/return")
    ContributionView returnContribution(@PathVariable String contributionId, @Valid @RequestBody ReturnRequest request) {
        return ContributionView.of(commands.returnWithReason(contributionId, request.reason(), Caller.current()));
    }

    @PostMapping("/contributions/{contributionId}/accept")
    ContributionView accept(@PathVariable String contributionId) {
        return ContributionView.of(commands.accept(contributionId, Caller.current()));
    }

    record EvidenceRequest(@NotNull @Pattern(regexp = Evidence.KINDS) String kind, @NotBlank @Size(max = 1000) String title,
            @Size(max = 200) String reference, @IsoDate String date,
            @PositiveOrZero Integer participantsFemale, @PositiveOrZero Integer participantsMale,
            @Size(max = 100) String scope, @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> activityIds,
            @Size(max = 500) String fileRef) {
    }

    @PostMapping("/rounds/{roundId}/evidence")
    ResponseEntity<Evidence> addEvidence(@PathVariable String roundId, @Valid @RequestBody EvidenceRequest r) {
        Evidence stored = commands.addEvidence(roundId, new Evidence(null, r.kind(), r.title(), r.reference(), r.date(),
                r.participantsFemale(), r.participantsMale(), r.scope(), r.activityIds(), r.fileRef()), Caller.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping("/rounds/{roundId}/rollup")
    RollUp rollUp(@PathVariable String roundId) {
        return rounds.rollUp(roundId);
    }

    record FreezeRequest(Boolean acknowledgeIssues) {
    }

    @PostMapping("/rounds/{roundId}/freeze")
    RollUp freeze(@PathVariable String roundId, @RequestBody(required = false) FreezeRequest request) {
        return commands.freeze(roundId, request != null && Boolean.TRUE.equals(request.acknowledgeIssues()), Caller.current());
    }

    record ReportingSettingsRequest(@Size(max = 10) Map<@Pattern(regexp = ActivityStatus.PATTERN) String,
            @NotNull @Pattern(regexp = ReportingSettings.CLASS_PATTERN) String> statusClasses,
            @NotNull @Pattern(regexp = "truncate|half_up") String rounding, @Min(0) @Max(4) int decimals,
            @NotNull @Pattern(regexp = "[.,]") String decimalSeparator, @NotBlank @Size(max = 10) String language,
            @Size(max = 100) String jurisdiction) {
    }

    @GetMapping("/settings/reporting")
    ReportingSettings settings() {
        return rounds.settings();
    }

    @PutMapping("/settings/reporting")
    ReportingSettings saveSettings(@Valid @RequestBody ReportingSettingsRequest r) {
        return commands.saveSettings(new ReportingSettings(r.statusClasses(), r.rounding(), r.decimals(),
                r.decimalSeparator(), r.language(), r.jurisdiction()));
    }

    static String base(String tenant) {
        return "/api/t/" + tenant + "/monitoring";
    }
}
