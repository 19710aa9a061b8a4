package org.ariadne.plans.plan;

/**
 * A node of a plan's tree (an area, a strategic programme, a chapter …). {@code level} is 1 for a top-level node and
 * the parent's level + 1 below it; its name is the plan's {@code levelNames[level - 1]}. Codes are kept as printed.
 */
public record PlanNode(String id, String parentId, int level, String code, String title) {

    public boolean isTopLevel() {
        return parentId == null;
    }
}
