package org.ariadne.monitoring.rounds;

/** A node of the plan's tree as it stood when the round opened. */
public record RoundNode(String nodeId, String parentId, int level, String code, String title) {
}
