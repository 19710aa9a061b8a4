package org.ariadne.monitoring.planview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** The read side of the plan view for the tenant in context. */
@Service
public class PlanViewQueries {

    static final String UNASSIGNED = "(unassigned)";

    private static final Comparator<PlanView> PLAN_ORDER = Comparator
            .comparing(PlanView::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(PlanView::planId);

    private final PlanViewRepository repository;

    public PlanViewQueries(PlanViewRepository repository) {
        this.repository = repository;
    }

    /**
     * Every plan with its activities counted under their top-level ancestor, including plans whose creation has not
     * arrived yet (title null). Three reads whatever the size of the plans: the plans, their nodes, and the activities
     * counted per node by the database.
     */
    public PlanOverview overview() {
        Map<String, List<NodeView>> nodesOf = new HashMap<>();
        repository.allNodes().forEach(n -> nodesOf.computeIfAbsent(n.planId(), k -> new ArrayList<>()).add(n));
        Map<String, Map<String, Integer>> counts = repository.activityCounts();
        List<PlanView> known = new ArrayList<>(repository.plans());
        Set<String> seen = new HashSet<>();
        known.forEach(p -> seen.add(p.planId()));
        // Nodes or activities whose PlanCreated has not arrived yet still show (order-safety: nothing is lost).
        Set<String> orphans = new java.util.TreeSet<>(nodesOf.keySet());
        orphans.addAll(counts.keySet());
        for (String planId : orphans) {
            if (planId != null && !seen.contains(planId)) {
                known.add(new PlanView(planId, null, List.of()));
            }
        }
        known.sort(PLAN_ORDER);
        List<PlanOverview.Plan> plans = new ArrayList<>();
        for (PlanView plan : known) {
            plans.add(overviewOf(plan, nodesOf.getOrDefault(plan.planId(), List.of()),
                    counts.getOrDefault(plan.planId(), Map.of())));
        }
        return new PlanOverview(plans);
    }

    /** The plan as the view knows it; 404 when it knows nothing of it. */
    public PlanView plan(String planId) {
        return repository.plan(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** The plan's nodes (not removed). */
    public List<NodeView> nodes(String planId) {
        return repository.nodes(planId);
    }

    /** The plan's activities (not removed), by code; 404 when the view knows nothing of the plan. */
    public List<ActivityView> activities(String planId) {
        List<ActivityView> activities = new ArrayList<>(repository.activities(planId));
        if (activities.isEmpty() && repository.plan(planId).isEmpty()) {
            throw ProblemException.notFound("Plan " + planId);
        }
        activities.sort(Comparator.comparing(ActivityView::code, NaturalOrder.CODES).thenComparing(ActivityView::activityId));
        return activities;
    }

    private static PlanOverview.Plan overviewOf(PlanView plan, List<NodeView> planNodes, Map<String, Integer> perNode) {
        Map<String, NodeView> nodes = new HashMap<>();
        for (NodeView node : planNodes) {
            nodes.put(node.nodeId(), node);
        }
        List<NodeView> topLevel = new ArrayList<>();
        for (NodeView node : nodes.values()) {
            if (node.parentId() == null) {
                topLevel.add(node);
            }
        }
        topLevel.sort(Comparator.comparing(NodeView::code, NaturalOrder.CODES).thenComparing(NodeView::nodeId));
        Map<String, Integer> counts = new LinkedHashMap<>();
        topLevel.forEach(node -> counts.put(node.nodeId(), 0));
        int unassigned = 0;
        int total = 0;
        for (Map.Entry<String, Integer> held : perNode.entrySet()) {
            total += held.getValue();
            String top = held.getKey() == null ? null : topLevelAncestor(held.getKey(), nodes);
            if (top == null || !counts.containsKey(top)) {
                unassigned += held.getValue();
            } else {
                counts.merge(top, held.getValue(), Integer::sum);
            }
        }
        List<PlanOverview.TopLevel> buckets = new ArrayList<>();
        for (NodeView node : topLevel) {
            buckets.add(new PlanOverview.TopLevel(node.nodeId(), node.code(), node.title(), counts.get(node.nodeId())));
        }
        if (unassigned > 0) {
            buckets.add(new PlanOverview.TopLevel(null, null, UNASSIGNED, unassigned));
        }
        return new PlanOverview.Plan(plan.planId(), plan.title(), plan.levelNames() == null ? List.of() : plan.levelNames(),
                plan.adoptionDate(), total, buckets);
    }

    /** Walks up through the known nodes; null when the chain is broken (a node not known yet) or loops. */
    private static String topLevelAncestor(String nodeId, Map<String, NodeView> nodes) {
        Set<String> seen = new HashSet<>();
        NodeView current = nodes.get(nodeId);
        while (current != null && seen.add(current.nodeId())) {
            if (current.parentId() == null) {
                return current.nodeId();
            }
            current = nodes.get(current.parentId());
        }
        return null;
    }
}
