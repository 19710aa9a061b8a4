package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a plan's tree: nodes per level (with the plan's level names), activities, and the SI counts —
 * responsibility blocks (a task without blocks counts as one) and goals.
 */
public record PlanCounts(List<LevelCount> levels, int activities, int responsibilityBlocks, int goals) {

    public record LevelCount(int level, String name, int nodes) {
    }

    /** One node of a tree preview: where it is, and how many activities hang directly under it. */
    public record PreviewNode(int level, String levelName, String code, String title, int activities) {
    }

    /** The tree as a flat preview in document order (depth first), for a dry run to show what it understood. */
    public static List<PreviewNode> preview(Plan plan) {
        java.util.Map<String, Integer> held = new java.util.HashMap<>();
        plan.activities().forEach(a -> held.merge(a.nodeId(), 1, Integer::sum));
        java.util.Map<String, List<PlanNode>> children = new java.util.LinkedHashMap<>();
        plan.nodes().forEach(n -> children.computeIfAbsent(n.parentId() == null ? "" : n.parentId(),
                k -> new ArrayList<>()).add(n));
        List<PreviewNode> preview = new ArrayList<>();
        addPreview(plan, "", children, held, preview);
        return preview;
    }

    private static void addPreview(Plan plan, String parent, java.util.Map<String, List<PlanNode>> children,
            java.util.Map<String, Integer> held, List<PreviewNode> preview) {
        for (PlanNode n : children.getOrDefault(parent, List.of())) {
            preview.add(new PreviewNode(n.level(), plan.levelName(n.level()), n.code(), n.title(),
                    held.getOrDefault(n.id(), 0)));
            addPreview(plan, n.id(), children, held, preview);
        }
    }

    public static PlanCounts of(Plan plan) {
        List<LevelCount> levels = new ArrayList<>();
        for (int level = 1; level <= plan.levelNames().size(); level++) {
            int depth = level;
            levels.add(new LevelCount(level, plan.levelName(level),
                    (int) plan.nodes().stream().filter(n -> n.level() == depth).count()));
        }
        int blocks = 0;
        int goals = 0;
        for (PlanActivity activity : plan.activities()) {
            blocks += Math.max(1, activity.details().responsibilities().size());
            goals += activity.details().goals().size();
        }
        return new PlanCounts(levels, plan.activities().size(), blocks, goals);
    }
}
