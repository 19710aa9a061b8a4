package org.ariadne.plans.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanNode;

/** Response bodies of the plans API. */
final class PlanViews {

    private PlanViews() {
    }

    record PlanSummary(String id, String title, List<String> levelNames, long version) {
        static PlanSummary of(Plan plan) {
            return new PlanSummary(plan.id(), plan.title(), plan.levelNames(), plan.version());
        }
    }

    /** A list entry: {@code nodes} and {@code activities} are counts. */
    record PlanListItem(String id, String title, List<String> levelNames, int nodes, int activities, long version,
            Instant createdAt, Instant updatedAt) {
        static PlanListItem of(Plan plan) {
            return new PlanListItem(plan.id(), plan.title(), plan.levelNames(), plan.nodes().size(),
                    plan.activities().size(), plan.version(), plan.createdAt(), plan.updatedAt());
        }
    }

    record PlanList(List<PlanListItem> items) {
    }

    record NodeView(String id, String parentId, int level, String levelName, String code, String title) {
        static NodeView of(Plan plan, PlanNode node) {
            return new NodeView(node.id(), node.parentId(), node.level(), plan.levelName(node.level()), node.code(),
                    node.title());
        }
    }

    record ActivityView(String id, String nodeId, String code, String title, String deadline,
            List<String> leadInstitutions) {
        static ActivityView of(PlanActivity activity) {
            return new ActivityView(activity.id(), activity.nodeId(), activity.code(), activity.title(),
                    activity.deadline(), activity.leadInstitutions());
        }
    }

    record TreeNode(String id, String parentId, int level, String levelName, String code, String title,
            List<TreeNode> children, List<ActivityView> activities) {
    }

    /** The whole plan as a tree: nodes nested by parent, activities under their node, in stored order. */
    record PlanTree(String id, String title, List<String> levelNames, long version, Instant createdAt,
            Instant updatedAt, int nodeCount, int activityCount, List<TreeNode> nodes) {

        static PlanTree of(Plan plan) {
            Map<String, List<PlanNode>> children = new LinkedHashMap<>();
            plan.nodes().forEach(n -> children.computeIfAbsent(n.parentId() == null ? "" : n.parentId(),
                    k -> new ArrayList<>()).add(n));
            Map<String, List<ActivityView>> activities = new LinkedHashMap<>();
            plan.activities().forEach(a -> activities.computeIfAbsent(a.nodeId(), k -> new ArrayList<>())
                    .add(ActivityView.of(a)));
            return new PlanTree(plan.id(), plan.title(), plan.levelNames(), plan.version(), plan.createdAt(),
                    plan.updatedAt(), plan.nodes().size(), plan.activities().size(),
                    level(plan, "", children, activities));
        }

        private static List<TreeNode> level(Plan plan, String parentKey, Map<String, List<PlanNode>> children,
                Map<String, List<ActivityView>> activities) {
            List<TreeNode> result = new ArrayList<>();
            for (PlanNode n : children.getOrDefault(parentKey, List.of())) {
                result.add(new TreeNode(n.id(), n.parentId(), n.level(), plan.levelName(n.level()), n.code(), n.title(),
                        level(plan, n.id(), children, activities), activities.getOrDefault(n.id(), List.of())));
            }
            return result;
        }
    }
}
