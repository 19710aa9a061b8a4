package org.ariadne.plans.plan;

/** Add a node under {@code parentId} (null or empty: at the top level). */
public record AddNode(String parentId, String code, String title) {
}
