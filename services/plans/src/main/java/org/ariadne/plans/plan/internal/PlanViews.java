package org.ariadne.plans.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ActivityHit;
import org.ariadne.plans.plan.AuditEntry;
import org.ariadne.plans.plan.AuditTrail;
import org.ariadne.plans.plan.DeadlineReading;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanOutline;
import org.ariadne.plans.plan.PlanSummary;
import org.ariadne.plans.plan.VersionSummary;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanNode;

/** Response bodies of the plans API. */
final class PlanViews {

    private PlanViews() {
    }

    /** {@code version} = the stored revision (ETag); {@code versionNumber}/{@code status} = the plan version. */
    record PlanState(String id, String title, List<String> levelNames, PlanMetadata metadata, int versionNumber,
            String status, long version) {
        static PlanState of(Plan plan) {
            return new PlanState(plan.id(), plan.title(), plan.levelNames(), plan.metadata(), plan.versionNumber(),
                    plan.status(), plan.version());
        }
    }

    record VersionList(List<VersionSummary> items) {
    }

    /** A list entry: {@code nodes} and {@code activities} are counts; {@code counts} per level. */
    record PlanListItem(String id, String title, List<String> levelNames, PlanMetadata metadata, int nodes,
            int activities, PlanCounts counts, long version, Instant createdAt, Instant updatedAt) {
        static PlanListItem of(PlanSummary plan) {
            return new PlanListItem(plan.id(), plan.title(), plan.levelNames(), plan.metadata(), plan.nodeCount(),
                    plan.activityCount(), plan.counts(), plan.version(), plan.createdAt(), plan.updatedAt());
        }
    }

    record PlanList(List<PlanListItem> items) {
    }

    /** An audit entry with its number in the trail (1 = the plan's creation or import). */
    record AuditItem(long seq, @JsonUnwrapped AuditEntry entry) {
    }

    /** A page of the audit trail: {@code next} is the address of the following page, null on the last one. */
    record AuditPage(long total, List<AuditItem> items, String next) {
        static AuditPage of(AuditTrail trail, String path, int limit) {
            List<AuditItem> items = trail.items().stream().map(i -> new AuditItem(i.seq(), i.entry())).toList();
            long last = items.isEmpty() ? 0 : items.get(items.size() - 1).seq();
            return new AuditPage(trail.total(), items, last < trail.total() && !items.isEmpty()
                    ? path + "?after=" + last + "&limit=" + limit : null);
        }
    }

    record NodeView(String id, String parentId, int level, String levelName, String code, String title) {
        static NodeView of(PlanOutline plan, PlanNode node) {
            return new NodeView(node.id(), node.parentId(), node.level(), plan.levelName(node.level()), node.code(),
                    node.title());
        }
    }

    /** An activity: its core fields, the flags of its code, the deadline's reading, and every detail (flattened). */
    record ActivityView(String id, String nodeId, String code, List<String> codeFlags, String title, String deadline,
            DeadlineReading deadlineReading, List<String> leadInstitutions, @JsonUnwrapped ActivityDetails details) {
        static ActivityView of(PlanOutline plan, PlanActivity activity) {
            return new ActivityView(activity.id(), activity.nodeId(), activity.code(), plan.codeFlags(activity),
                    activity.title(), activity.deadline(), activity.deadlineReading(), activity.leadInstitutions(),
                    activity.details());
        }
    }

    record PathStep(int level, String levelName, String code, String title) {
    }

    record ActivityHitView(String planId, String planTitle, List<PathStep> path, ActivityView activity) {
    }

    record ActivitySearchResult(int count, List<ActivityHitView> items) {
        static ActivitySearchResult of(List<ActivityHit> hits) {
            List<ActivityHitView> items = new ArrayList<>();
            for (ActivityHit hit : hits) {
                List<PathStep> path = new ArrayList<>();
                PlanNode node = hit.plan().node(hit.activity().nodeId()).orElse(null);
                while (node != null) {
                    path.add(0, new PathStep(node.level(), hit.plan().levelName(node.level()), node.code(), node.title()));
                    node = node.parentId() == null ? null : hit.plan().node(node.parentId()).orElse(null);
                }
                items.add(new ActivityHitView(hit.plan().id(), hit.plan().title(), path,
                        ActivityView.of(hit.plan(), hit.activity())));
            }
            return new ActivitySearchResult(items.size(), items);
        }
    }

    record TreeNode(String id, String parentId, int level, String levelName, String code, String title,
            List<TreeNode> children, List<ActivityView> activities) {
    }

    /** The whole plan as a tree: nodes nested by parent, activities under their node, in stored order. */
    record PlanTree(String id, String title, List<String> levelNames, PlanMetadata metadata, int versionNumber,
            String status, long version,
            Instant createdAt, Instant updatedAt, int nodeCount, int activityCount, PlanCounts counts,
            List<TreeNode> nodes) {

        static PlanTree of(Plan plan) {
            Map<String, List<PlanNode>> children = new LinkedHashMap<>();
            plan.nodes().forEach(n -> children.computeIfAbsent(n.parentId() == null ? "" : n.parentId(),
                    k -> new ArrayList<>()).add(n));
            Map<String, List<ActivityView>> activities = new LinkedHashMap<>();
            PlanOutline outline = plan.outline();
            plan.activities().forEach(a -> activities.computeIfAbsent(a.nodeId(), k -> new ArrayList<>())
                    .add(ActivityView.of(outline, a)));
            return new PlanTree(plan.id(), plan.title(), plan.levelNames(), plan.metadata(), plan.versionNumber(),
                    plan.status(), plan.version(),
                    plan.createdAt(), plan.updatedAt(), plan.nodes().size(), plan.activities().size(),
                    PlanCounts.of(plan), level(plan, "", children, activities));
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
