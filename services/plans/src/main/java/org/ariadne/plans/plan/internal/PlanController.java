package org.ariadne.plans.plan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.ArrayList;
import org.ariadne.plans.plan.ActivityHit;
import org.ariadne.plans.plan.AuditTrail;
import org.ariadne.plans.plan.ActivityQuery;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCommands;
import org.ariadne.plans.plan.PlanDiff;
import org.ariadne.plans.plan.PlanEdit;
import org.ariadne.plans.plan.PlanNode;
import org.ariadne.plans.plan.PlanOutline;
import org.ariadne.plans.plan.PlanQueries;
import org.ariadne.plans.plan.internal.PlanRequests.AddActivityRequest;
import org.ariadne.plans.plan.internal.PlanRequests.AddNodeRequest;
import org.ariadne.plans.plan.internal.PlanRequests.AdoptPlanRequest;
import org.ariadne.plans.plan.internal.PlanRequests.ChangeActivityRequest;
import org.ariadne.plans.plan.internal.PlanRequests.ChangeNodeRequest;
import org.ariadne.plans.plan.internal.PlanRequests.ChangePlanRequest;
import org.ariadne.plans.plan.internal.PlanRequests.CreatePlanRequest;
import org.ariadne.plans.plan.internal.PlanViews.ActivitySearchResult;
import org.ariadne.plans.plan.internal.PlanViews.ActivityView;
import org.ariadne.plans.plan.internal.PlanViews.AuditPage;
import org.ariadne.plans.plan.internal.PlanViews.NodeView;
import org.ariadne.plans.plan.internal.PlanViews.PlanList;
import org.ariadne.plans.plan.internal.PlanViews.PlanListItem;
import org.ariadne.plans.plan.internal.PlanViews.PlanState;
import org.ariadne.plans.plan.internal.PlanViews.PlanTree;
import org.ariadne.plans.plan.internal.PlanViews.VersionList;
import org.ariadne.plans.strategy.Strategies;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ↔ plan commands and queries. The tenant in the path has already been checked against the header and the token
 * by the TenantFilter; everything here runs inside that tenant's context. ETag = the plan's version.
 */
@RestController
@RequestMapping("/api/t/{tenant}/plans")
@Tag(name = "Plans", description = "Action plans, their tree of nodes and their activities")
class PlanController {

    static final int DEFAULT_AUDIT_PAGE = 100;

    private final PlanCommands commands;
    private final PlanQueries queries;
    private final Strategies strategies;

    PlanController(PlanCommands commands, PlanQueries queries, Strategies strategies) {
        this.commands = commands;
        this.queries = queries;
        this.strategies = strategies;
    }

    @PostMapping
    @Operation(summary = "Create a plan with the names of its tree levels, top first")
    ResponseEntity<PlanState> create(@Valid @RequestBody CreatePlanRequest body) {
        if (body.strategyId() != null && strategies.find(body.strategyId()).isEmpty()) {
            throw ProblemException.validation(List.of(new FieldProblem("/strategyId",
                    "There is no strategy " + body.strategyId() + " in this tenant")));
        }
        Plan plan = commands.createPlan(body.toCommand());
        return ResponseEntity.created(planUri(plan.id())).eTag(ETags.of(plan.version())).body(PlanState.of(plan));
    }

    @GetMapping
    @Operation(summary = "List the tenant's plans (node and activity counts, no tree)")
    PlanList list() {
        List<PlanListItem> items = queries.all().stream().map(PlanListItem::of).toList();
        return new PlanList(items);
    }

    @GetMapping("/activities")
    @Operation(summary = "Search activities of every plan: q (text; diacritics, Cyrillic look-alikes and OCR slips "
            + "ignored), institution (lead or partner), deadlineFrom/deadlineTo (ISO dates; the deadline's reading "
            + "overlaps the window), level (of the activity's node), planId, limit (≤ 500)")
    ActivitySearchResult searchActivities(@Parameter(schema = @Schema(maxLength = 200)) @RequestParam(required = false) String q,
            @Parameter(schema = @Schema(maxLength = 300)) @RequestParam(required = false) String institution,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String deadlineFrom,
            @Parameter(schema = @Schema(format = "date")) @RequestParam(required = false) String deadlineTo,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "" + Plan.MAX_LEVELS))
            @RequestParam(required = false) String level,
            @Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String planId,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "500")) @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        checkDate("deadlineFrom", deadlineFrom, problems);
        checkDate("deadlineTo", deadlineTo, problems);
        Integer levelNumber = number("level", level, 1, Plan.MAX_LEVELS, problems);
        Integer max = number("limit", limit, 1, 500, problems);
        if (q != null && q.length() > 200) {
            problems.add(new FieldProblem("q", "at most 200 characters"));
        }
        if (institution != null && institution.length() > 300) {
            problems.add(new FieldProblem("institution", "at most 300 characters"));
        }
        if (planId != null && planId.length() > 100) {
            problems.add(new FieldProblem("planId", "at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        List<ActivityHit> hits = queries.search(new ActivityQuery(q, institution, blank(deadlineFrom), blank(deadlineTo),
                levelNumber, blank(planId), max == null ? 100 : max));
        return ActivitySearchResult.of(hits);
    }

    private static void checkDate(String name, String value, List<FieldProblem> problems) {
        if (value != null && !value.isBlank()) {
            try {
                java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new FieldProblem(name, "must be an ISO date (2020-01-31); got \"" + value + "\""));
            }
        }
    }

    private static Integer number(String name, String value, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max + "; got \"" + value + "\""));
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "Read a plan as a tree: nodes nested by parent, activities under their node")
    ResponseEntity<PlanTree> get(@PathVariable String planId) {
        Plan plan = queries.get(planId);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(PlanTree.of(plan));
    }

    @GetMapping("/{planId}/audit")
    @Operation(summary = "Who changed the plan, when, what (the events caused) and why (X-Change-Reason), oldest first, "
            + "a page at a time: after (the seq of the last entry seen, default 0), limit (1–1000, default 100); "
            + "total and the next page's address")
    AuditPage audit(@PathVariable String planId,
            @Parameter(schema = @Schema(type = "integer", minimum = "0", maximum = "2147483647")) @RequestParam(required = false) String after,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "" + AuditTrail.MAX_PAGE))
            @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer afterSeq = number("after", after, 0, Integer.MAX_VALUE, problems);
        Integer pageSize = number("limit", limit, 1, AuditTrail.MAX_PAGE, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        int size = pageSize == null ? DEFAULT_AUDIT_PAGE : pageSize;
        return AuditPage.of(queries.audit(planId, afterSeq == null ? 0 : afterSeq, size), planUri(planId, "audit").toString(),
                size);
    }

    @PatchMapping("/{planId}")
    @Operation(summary = "Change the plan's title, level names (rename only), period or strategy on a draft; If-Match required")
    ResponseEntity<PlanState> changePlan(@PathVariable String planId, @Valid @RequestBody ChangePlanRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        if (body.getStrategyId() != null && !body.getStrategyId().isBlank()
                && strategies.find(body.getStrategyId().strip()).isEmpty()) {
            throw ProblemException.validation(List.of(new FieldProblem("/strategyId",
                    "There is no strategy " + body.getStrategyId() + " in this tenant")));
        }
        Plan plan = commands.changePlan(planId, expected, body.toCommand());
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(PlanState.of(plan));
    }

    // ---------------------------------------------------------------- versions

    @PostMapping("/{planId}/adopt")
    @Operation(summary = "Adopt the current version by a legal act; it is immutable afterwards (409 on any change)")
    ResponseEntity<PlanState> adopt(@PathVariable String planId, @Valid @RequestBody AdoptPlanRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Plan plan = commands.adopt(planId, optionalVersion(ifMatch), body.legalAct(), body.adoptionDate());
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(PlanState.of(plan));
    }

    @PostMapping("/{planId}/revisions")
    @Operation(summary = "Start a revision of the adopted version: a new draft version with a copy of the tree")
    ResponseEntity<PlanState> revise(@PathVariable String planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Plan plan = commands.revise(planId, optionalVersion(ifMatch));
        return ResponseEntity.created(planUri(planId, "versions", String.valueOf(plan.versionNumber())))
                .eTag(ETags.of(plan.version())).body(PlanState.of(plan));
    }

    @GetMapping("/{planId}/versions")
    @Operation(summary = "The plan's versions, oldest first (number, status, legal act, counts)")
    VersionList versions(@PathVariable String planId) {
        return new VersionList(queries.versions(planId));
    }

    @GetMapping("/{planId}/versions/{number}")
    @Operation(summary = "One version's whole tree as it was (adopted versions) or is (the current draft)")
    PlanTree version(@PathVariable String planId, @PathVariable int number) {
        PlanOutline plan = queries.outline(planId);
        return PlanTree.of(Plan.ofVersion(plan, queries.version(planId, number)));
    }

    @GetMapping("/{planId}/versions/{from}/diff/{to}")
    @Operation(summary = "What changed from one version to another: nodes and activities added, removed, changed (field by field)")
    PlanDiff diff(@PathVariable String planId, @PathVariable int from, @PathVariable int to) {
        return PlanDiff.between(queries.version(planId, from), queries.version(planId, to));
    }

    // ---------------------------------------------------------------- nodes

    @PostMapping("/{planId}/nodes")
    @Operation(summary = "Add a node (top level without parentId); If-Match optional")
    ResponseEntity<NodeView> addNode(@PathVariable String planId, @Valid @RequestBody AddNodeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanNode> edit = commands.addNode(planId, optionalVersion(ifMatch), body.toCommand());
        return ResponseEntity.created(planUri(planId, "nodes", edit.item().id())).eTag(ETags.of(edit.plan().version()))
                .body(NodeView.of(edit.plan().outline(), edit.item()));
    }

    @GetMapping("/{planId}/nodes/{nodeId}")
    @Operation(summary = "Read one node (without its subtree)")
    ResponseEntity<NodeView> getNode(@PathVariable String planId, @PathVariable String nodeId) {
        PlanOutline plan = queries.outline(planId);
        PlanNode node = plan.node(nodeId).orElseThrow(() -> ProblemException.notFound("Node " + nodeId + " of plan " + planId));
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(NodeView.of(plan, node));
    }

    @PatchMapping("/{planId}/nodes/{nodeId}")
    @Operation(summary = "Change a node's code or title, or move it (parentId; \"\" or null = top level); If-Match required")
    ResponseEntity<NodeView> changeNode(@PathVariable String planId, @PathVariable String nodeId,
            @Valid @RequestBody ChangeNodeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanNode> edit = commands.changeNode(planId, ETags.requiredVersion(ifMatch), nodeId, body.toCommand());
        return ResponseEntity.ok().eTag(ETags.of(edit.plan().version())).body(NodeView.of(edit.plan().outline(), edit.item()));
    }

    @DeleteMapping("/{planId}/nodes/{nodeId}")
    @Operation(summary = "Remove an empty node (409 while it has child nodes or activities); If-Match required")
    ResponseEntity<Void> removeNode(@PathVariable String planId, @PathVariable String nodeId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Plan plan = commands.removeNode(planId, ETags.requiredVersion(ifMatch), nodeId);
        return ResponseEntity.noContent().eTag(ETags.of(plan.version())).build();
    }

    // ---------------------------------------------------------------- activities

    @PostMapping("/{planId}/activities")
    @Operation(summary = "Add an activity under a node (code and deadline as printed); If-Match optional")
    ResponseEntity<ActivityView> addActivity(@PathVariable String planId, @Valid @RequestBody AddActivityRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanActivity> edit = commands.addActivity(planId, optionalVersion(ifMatch), body.toCommand());
        return ResponseEntity.created(planUri(planId, "activities", edit.item().id()))
                .eTag(ETags.of(edit.plan().version())).body(ActivityView.of(edit.plan().outline(), edit.item()));
    }

    @GetMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "Read one activity")
    ResponseEntity<ActivityView> getActivity(@PathVariable String planId, @PathVariable String activityId) {
        ActivityHit read = queries.activity(planId, activityId);
        return ResponseEntity.ok().eTag(ETags.of(read.plan().version())).body(ActivityView.of(read.plan(), read.activity()));
    }

    @PatchMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "Change any field of an activity; a new nodeId moves it; If-Match required")
    ResponseEntity<ActivityView> changeActivity(@PathVariable String planId, @PathVariable String activityId,
            @Valid @RequestBody ChangeActivityRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanActivity> edit = commands.changeActivity(planId, ETags.requiredVersion(ifMatch), activityId,
                body.toCommand());
        return ResponseEntity.ok().eTag(ETags.of(edit.plan().version())).body(ActivityView.of(edit.plan().outline(),
                edit.item()));
    }

    @DeleteMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "Remove an activity; If-Match required")
    ResponseEntity<Void> removeActivity(@PathVariable String planId, @PathVariable String activityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Plan plan = commands.removeActivity(planId, ETags.requiredVersion(ifMatch), activityId);
        return ResponseEntity.noContent().eTag(ETags.of(plan.version())).build();
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch);
    }

    private static URI planUri(String planId, String... rest) {
        StringBuilder path = new StringBuilder("/api/t/").append(TenantContext.require().value()).append("/plans/")
                .append(planId);
        for (String segment : rest) {
            path.append('/').append(segment);
        }
        return URI.create(path.toString());
    }
}
