package org.ariadne.plans.plan;

/** Change a node's code or title, or move it under another parent (present null or empty: to the top level). */
public record ChangeNode(Patch<String> code, Patch<String> title, Patch<String> parentId) {
}
