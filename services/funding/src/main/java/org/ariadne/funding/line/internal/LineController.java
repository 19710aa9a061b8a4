package org.ariadne.funding.line.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.CreateLine;
import org.ariadne.funding.line.ForeignLine;
import org.ariadne.funding.line.LineCommands;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.LinkTarget;
import org.ariadne.funding.line.LinkTargets;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.internal.LineRequests.AllocationRequest;
import org.ariadne.funding.line.internal.LineRequests.ChangeLineRequest;
import org.ariadne.funding.line.internal.LineRequests.CreateLineRequest;
import org.ariadne.funding.line.internal.LineRequests.LinkRequest;
import org.ariadne.funding.line.internal.LineRequests.ReversalRequest;
import org.ariadne.funding.line.internal.LineRequests.TransactionInput;
import org.ariadne.funding.line.internal.LineRequests.TransactionRequest;
import org.ariadne.funding.line.internal.LineViews.LineDetail;
import org.ariadne.funding.line.internal.LineViews.LineList;
import org.ariadne.funding.line.internal.LineViews.LineSummary;
import org.ariadne.funding.line.internal.LineViews.TransactionView;
import org.ariadne.funding.money.Money;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ↔ line commands and queries, inside the tenant the TenantFilter entered. ETag = the line's version; changes
 * that replace something (fields, an allocation's removal, a link's removal) need If-Match, additions may send it.
 * A line id of another tenant is simply not here: 404.
 */
@RestController
@RequestMapping("/api/t/{tenant}/funding/lines")
@Tag(name = "Budget lines", description = "Lines, their yearly allocations, links to plan activities and transactions")
class LineController {

    private final LineCommands commands;
    private final LineQueries queries;
    private final LinkTargets targets;
    private final PlanViewRepository planView;

    LineController(LineCommands commands, LineQueries queries, LinkTargets targets, PlanViewRepository planView) {
        this.commands = commands;
        this.queries = queries;
        this.targets = targets;
        this.planView = planView;
    }

    @GetMapping
    @Operation(summary = "The tenant's lines, and apart (linkedIn, read-only) the lines of the tenants above it that "
            + "serve its activities")
    LineList list() {
        String here = tenant();
        List<LineSummary> own = queries.own().stream().map(l -> LineSummary.of(here, false, l)).toList();
        List<LineSummary> linkedIn = queries.linkedIn().stream()
                .map(f -> LineSummary.of(f.owner(), true, f.line())).toList();
        return new LineList(own, linkedIn);
    }

    @PostMapping
    @Operation(summary = "Create a line with its allocations and links in one request (all of it or nothing)")
    ResponseEntity<LineDetail> create(@RequestBody CreateLineRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        LineFields fields = LineRequests.fields(body.code(), body.title(), body.currency(), body.holder(), body.source(),
                body.coFinancing(), body.grantId(), "", problems);
        List<AllocationRequest> allocationRequests = LineRequests.list(body.allocations());
        List<LinkRequest> linkRequests = LineRequests.list(body.links());
        if (allocationRequests.size() > LineRequests.MAX_ALLOCATIONS) {
            problems.add(new FieldProblem("/allocations", "at most " + LineRequests.MAX_ALLOCATIONS + " allocations"));
        }
        if (linkRequests.size() > LineRequests.MAX_LINKS) {
            problems.add(new FieldProblem("/links", "at most " + LineRequests.MAX_LINKS + " links in one request"));
        }
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < allocationRequests.size() && i < LineRequests.MAX_ALLOCATIONS; i++) {
            Allocation a = LineRequests.allocation("/allocations/" + i, allocationRequests.get(i),
                    fields == null ? null : fields.currency(), problems);
            if (a != null) {
                allocations.add(a);
            }
        }
        List<LinkTarget> linkTargets = new ArrayList<>();
        for (int i = 0; i < linkRequests.size() && i < LineRequests.MAX_LINKS; i++) {
            linkTargets.add(LineRequests.link("/links/" + i, linkRequests.get(i), problems));
        }
        List<ActivityLink> links = new ArrayList<>();
        for (int i = 0; i < linkTargets.size(); i++) {
            try {
                ActivityRef activity = targets.resolve(linkTargets.get(i), "/links/" + i);
                links.add(new ActivityLink(activity, LineRequests.percent("/links/" + i + "/sharePct",
                        linkRequests.get(i).sharePct(), problems), Origin.MANUAL, null));
            } catch (ProblemException e) {
                problems.addAll(fieldProblems(e));
            }
        }
        LineRequests.requireValid(problems);
        BudgetLine line = commands.create(new CreateLine(fields, Origin.MANUAL, null, allocations, links));
        return ResponseEntity.created(lineUri(line.id())).eTag(ETags.of(line.version())).body(detail(line));
    }

    @GetMapping("/{lineId}")
    @Operation(summary = "One line: its fields, allocations, links (orphaned when the activity left its plan) and "
            + "transactions. A line of a tenant above this one that serves its activities is answered read-only.")
    ResponseEntity<LineDetail> get(@PathVariable String lineId) {
        var own = queries.own().stream().filter(l -> l.id().equals(lineId)).findFirst();
        if (own.isPresent()) {
            return ResponseEntity.ok().eTag(ETags.of(own.get().version())).body(detail(own.get()));
        }
        ForeignLine foreign = queries.linkedIn().stream().filter(f -> f.line().id().equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Budget line " + lineId));
        return ResponseEntity.ok().body(LineDetail.of(foreign.owner(), true, foreign.line(), l -> null));
    }

    @PatchMapping("/{lineId}")
    @Operation(summary = "Change the line's own fields (send them all, as in POST without allocations and links); "
            + "If-Match required")
    ResponseEntity<LineDetail> change(@PathVariable String lineId, @RequestBody ChangeLineRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        List<FieldProblem> problems = new ArrayList<>();
        LineFields fields = LineRequests.fields(body.code(), body.title(), body.currency(), body.holder(), body.source(),
                body.coFinancing(), body.grantId(), "", problems);
        LineRequests.requireValid(problems);
        return ok(commands.changeFields(lineId, expected, fields));
    }

    @PutMapping("/{lineId}/allocations/{year}")
    @Operation(summary = "Set the allocation of a fiscal year ({\"amount\": \"130000.00\", \"status\": \"indicative\"}, "
            + "or {\"status\": \"to_be_determined\"} without an amount); year 'undated' = an unknown amount without a year")
    ResponseEntity<LineDetail> setAllocation(@PathVariable String lineId, @PathVariable String year,
            @RequestBody AllocationRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer fiscalYear = year(year);
        BudgetLine line = queries.get(lineId);
        List<FieldProblem> problems = new ArrayList<>();
        if (body.year() != null && !body.year().equals(fiscalYear)) {
            problems.add(new FieldProblem("/year", "must be the year in the path (" + year + ") or left out"));
        }
        Allocation allocation = LineRequests.allocation("", new AllocationRequest(fiscalYear, body.amount(), body.status()),
                line.fields().currency(), problems);
        LineRequests.requireValid(problems);
        return ok(commands.setAllocation(lineId, optionalVersion(ifMatch), allocation));
    }

    @DeleteMapping("/{lineId}/allocations/{year}")
    @Operation(summary = "Remove the allocation of a year (entered by mistake); If-Match required")
    ResponseEntity<LineDetail> removeAllocation(@PathVariable String lineId, @PathVariable String year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        return ok(commands.removeAllocation(lineId, expected, year(year)));
    }

    @PostMapping("/{lineId}/links")
    @Operation(summary = "Link the line to an activity of this tenant or of a tenant below it ({\"code\": \"4.2.6\", "
            + "\"tenant\": \"ba-04\"} or {\"planId\", \"activityId\"}); optional sharePct")
    ResponseEntity<LineDetail> link(@PathVariable String lineId, @RequestBody LinkRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        queries.get(lineId);
        List<FieldProblem> problems = new ArrayList<>();
        LinkTarget target = LineRequests.link("", body, problems);
        var share = LineRequests.percent("/sharePct", body == null ? null : body.sharePct(), problems);
        LineRequests.requireValid(problems);
        ActivityRef activity = targets.resolve(target, "");
        return ok(commands.link(lineId, optionalVersion(ifMatch), new ActivityLink(activity, share, Origin.MANUAL, null)));
    }

    @DeleteMapping("/{lineId}/links")
    @Operation(summary = "Remove the link to an activity (tenant, planId, activityId as query parameters); the line "
            + "keeps its money; If-Match required")
    ResponseEntity<LineDetail> unlink(@PathVariable String lineId, @RequestParam(required = false) String tenant,
            @RequestParam String planId, @RequestParam String activityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        String activityTenant = tenant == null || tenant.isBlank() ? tenant() : tenant.strip();
        return ok(commands.unlink(lineId, expected, new ActivityRef(activityTenant, planId, activityId, null)));
    }

    @PostMapping("/{lineId}/transactions")
    @Operation(summary = "Record a commitment, disbursement, expenditure or incoming funds: amount (never negative) in "
            + "its own currency, date and value date (the date whose rate converts it; default: the date)")
    ResponseEntity<TransactionView> record(@PathVariable String lineId, @RequestBody TransactionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        queries.get(lineId);
        List<FieldProblem> problems = new ArrayList<>();
        TransactionInput input = LineRequests.transaction(body, problems);
        LineRequests.requireValid(problems);
        LineCommands.Recorded recorded = commands.record(lineId, optionalVersion(ifMatch), id -> new Transaction(id,
                input.type(), new Money(input.amount(), input.currency()), input.date(), input.valueDate(),
                input.provider(), input.receiver(), input.description(), input.evidence(), null));
        return ResponseEntity.created(URI.create(lineUri(lineId) + "/transactions/" + recorded.transaction().id()))
                .eTag(ETags.of(recorded.line().version())).body(TransactionView.of(recorded.transaction()));
    }

    @PostMapping("/{lineId}/transactions/{transactionId}/reversal")
    @Operation(summary = "Reverse a transaction (entered twice, wrong amount): it stays in the history and no total "
            + "counts it; record the correct one as a new transaction")
    ResponseEntity<LineDetail> reverse(@PathVariable String lineId, @PathVariable String transactionId,
            @RequestBody ReversalRequest body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<FieldProblem> problems = new ArrayList<>();
        LineRequests.text("/reason", body.reason(), 1000, true, problems);
        var on = body.reversedOn() == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                : LineRequests.date("/reversedOn", body.reversedOn(), true, problems);
        LineRequests.requireValid(problems);
        return ok(commands.reverse(lineId, optionalVersion(ifMatch), transactionId,
                new Transaction.Reversal(on, body.reason().strip())));
    }

    private ResponseEntity<LineDetail> ok(BudgetLine line) {
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(detail(line));
    }

    private LineDetail detail(BudgetLine line) {
        String here = tenant();
        return LineDetail.of(here, false, line, link -> link.activity().tenant().equals(here)
                ? planView.activity(link.activity().planId(), link.activity().activityId()).map(a -> a.removed()).orElse(true)
                : null);
    }

    private static List<FieldProblem> fieldProblems(ProblemException e) {
        Object errors = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FieldProblem) {
            return list.stream().map(FieldProblem.class::cast).toList();
        }
        throw e;
    }

    private static Integer year(String year) {
        if ("undated".equals(year)) {
            return null;
        }
        if (year == null || !year.matches("\\d{4}")) {
            throw ProblemException.validation(List.of(new FieldProblem("year", "must be a fiscal year such as 2023, or "
                    + "'undated'; got \"" + (year == null ? "" : year.length() > 10 ? year.substring(0, 10) : year) + "\"")));
        }
        return Integer.parseInt(year);
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }

    private static URI lineUri(String lineId) {
        return URI.create("/api/t/" + tenant() + "/funding/lines/" + lineId);
    }
}
