package org.ariadne.funding.totals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PlannedNode;

/**
 * Where the viewer's activities sit in their plans: for an activity, its plan and the nodes from the top down to its
 * own. Activities of other tenants (a parent's line linked to a child's activity) are not in it.
 */
public final class NodeIndex {

    public static final NodeIndex EMPTY = new NodeIndex(Map.of(), Map.of());

    /** A node on an activity's path. */
    public record NodeRef(String planId, String nodeId, int level, String code, String title) {
    }

    private final Map<String, List<NodeRef>> pathByActivity;
    private final Map<String, String> planTitles;

    private NodeIndex(Map<String, List<NodeRef>> pathByActivity, Map<String, String> planTitles) {
        this.pathByActivity = pathByActivity;
        this.planTitles = planTitles;
    }

    /** @param tenant the viewer: activities are keyed as {@code tenant/plan/activity} like {@code ActivityRef.key()} */
    public static NodeIndex of(String tenant, List<PlannedActivity> activities, Map<String, List<PlannedNode>> nodesByPlan,
            Map<String, String> planTitles) {
        Map<String, PlannedNode> nodes = new HashMap<>();
        nodesByPlan.values().forEach(list -> list.forEach(n -> nodes.put(n.planId() + "/" + n.nodeId(), n)));
        Map<String, List<NodeRef>> paths = new HashMap<>();
        for (PlannedActivity a : activities) {
            List<NodeRef> path = new ArrayList<>();
            PlannedNode node = nodes.get(a.planId() + "/" + a.nodeId());
            for (int depth = 0; node != null && depth < 20; depth++) {
                path.add(0, new NodeRef(node.planId(), node.nodeId(), node.level(), node.code(), node.title()));
                node = node.parentId() == null ? null : nodes.get(node.planId() + "/" + node.parentId());
            }
            paths.put(tenant + "/" + a.planId() + "/" + a.activityId(), path);
        }
        return new NodeIndex(paths, Map.copyOf(planTitles));
    }

    /** Both indexes in one (a roll-up over several tenants). */
    public NodeIndex with(NodeIndex other) {
        Map<String, List<NodeRef>> paths = new HashMap<>(pathByActivity);
        paths.putAll(other.pathByActivity);
        Map<String, String> titles = new HashMap<>(planTitles);
        titles.putAll(other.planTitles);
        return new NodeIndex(paths, titles);
    }

    public List<NodeRef> pathOf(String activityKey) {
        return pathByActivity.getOrDefault(activityKey, List.of());
    }

    public String planTitle(String planId) {
        return planTitles.get(planId);
    }
}
