package org.ariadne.plans.plan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCommands;
import org.ariadne.plans.plan.PlanEdit;
import org.ariadne.plans.plan.PlanNode;
import org.ariadne.plans.plan.PlanQueries;
import org.ariadne.plans.plan.internal.PlanRequests.AddActivityRequest;
import org.ariadne.plans.plan.internal.PlanRequests.AddNodeRequest;
import org.ariadne.plans.plan.internal.PlanRequests.ChangeActivityRequest;
import org.ariadne.plans.plan.internal.PlanRequests.ChangeNodeRequest;
import org.ariadne.plans.plan.internal.PlanRequests.CreatePlanRequest;
import org.ariadne.plans.plan.internal.PlanViews.ActivityView;
import org.ariadne.plans.plan.internal.PlanViews.NodeView;
import org.ariadne.plans.plan.internal.PlanViews.PlanList;
import org.ariadne.plans.plan.internal.PlanViews.PlanListItem;
import org.ariadne.plans.plan.internal.PlanViews.PlanSummary;
import org.ariadne.plans.plan.internal.PlanViews.PlanTree;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
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

    private final PlanCommands commands;
    private final PlanQueries queries;

    PlanController(PlanCommands commands, PlanQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Create a plan with the names of its tree levels, top first")
    ResponseEntity<PlanSummary> create(@Valid @RequestBody CreatePlanRequest body) {
        Plan plan = commands.createPlan(body.toCommand());
        return ResponseEntity.created(planUri(plan.id())).eTag(ETags.of(plan.version())).body(PlanSummary.of(plan));
    }

    @GetMapping
    @Operation(summary = "List the tenant's plans (node and activity counts, no tree)")
    PlanList list() {
        List<PlanListItem> items = queries.all().stream().map(PlanListItem::of).toList();
        return new PlanList(items);
    }

    @GetMapping("/{planId}")
    @Operation(summary = "Read a plan as a tree: nodes nested by parent, activities under their node")
    ResponseEntity<PlanTree> get(@PathVariable String planId) {
        Plan plan = queries.get(planId);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(PlanTree.of(plan));
    }

    // ---------------------------------------------------------------- nodes

    @PostMapping("/{planId}/nodes")
    @Operation(summary = "Add a node (top level without parentId); If-Match optional")
    ResponseEntity<NodeView> addNode(@PathVariable String planId, @Valid @RequestBody AddNodeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanNode> edit = commands.addNode(planId, optionalVersion(ifMatch), body.toCommand());
        return ResponseEntity.created(planUri(planId, "nodes", edit.item().id())).eTag(ETags.of(edit.plan().version()))
                .body(NodeView.of(edit.plan(), edit.item()));
    }

    @GetMapping("/{planId}/nodes/{nodeId}")
    @Operation(summary = "Read one node (without its subtree)")
    ResponseEntity<NodeView> getNode(@PathVariable String planId, @PathVariable String nodeId) {
        Plan plan = queries.get(planId);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(NodeView.of(plan, plan.requireNode(nodeId)));
    }

    @PatchMapping("/{planId}/nodes/{nodeId}")
    @Operation(summary = "Change a node's code or title, or move it (parentId; \"\" or null = top level); If-Match required")
    ResponseEntity<NodeView> changeNode(@PathVariable String planId, @PathVariable String nodeId,
            @Valid @RequestBody ChangeNodeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanNode> edit = commands.changeNode(planId, ETags.requiredVersion(ifMatch), nodeId, body.toCommand());
        return ResponseEntity.ok().eTag(ETags.of(edit.plan().version())).body(NodeView.of(edit.plan(), edit.item()));
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
                .eTag(ETags.of(edit.plan().version())).body(ActivityView.of(edit.item()));
    }

    @GetMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "Read one activity")
    ResponseEntity<ActivityView> getActivity(@PathVariable String planId, @PathVariable String activityId) {
        Plan plan = queries.get(planId);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(ActivityView.of(plan.requireActivity(activityId)));
    }

    @PatchMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "Change any field of an activity; a new nodeId moves it; If-Match required")
    ResponseEntity<ActivityView> changeActivity(@PathVariable String planId, @PathVariable String activityId,
            @Valid @RequestBody ChangeActivityRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanEdit<PlanActivity> edit = commands.changeActivity(planId, ETags.requiredVersion(ifMatch), activityId,
                body.toCommand());
        return ResponseEntity.ok().eTag(ETags.of(edit.plan().version())).body(ActivityView.of(edit.item()));
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
