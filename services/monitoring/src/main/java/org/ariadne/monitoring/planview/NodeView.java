package org.ariadne.monitoring.planview;

/** A node of a plan's tree; {@code parentId} is null for a top-level node. */
public record NodeView(String nodeId, String planId, String parentId, int level, String code, String title) {
}
