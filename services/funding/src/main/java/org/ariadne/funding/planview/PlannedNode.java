package org.ariadne.funding.planview;

/** A node of a plan's tree as funding knows it (for totals by node). */
public record PlannedNode(String planId, String nodeId, String parentId, int level, String code, String title,
        boolean removed) {
}
