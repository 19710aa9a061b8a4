package org.ariadne.plans.plan;

/**
 * A search over the tenant's activities; every criterion is optional. {@code text} and {@code institution} are
 * compared folded ({@link org.ariadne.text.TextFolding}); the deadline window keeps activities whose deadline reading overlaps it;
 * {@code level} keeps activities hanging under a node of that level (1 = top).
 */
public record ActivityQuery(String text, String institution, String deadlineFrom, String deadlineTo, Integer level,
        String planId, int limit) {
}
