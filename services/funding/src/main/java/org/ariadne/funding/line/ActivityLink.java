package org.ariadne.funding.line;

import java.math.BigDecimal;

/**
 * A line serving an activity. Without a share the line is shared: every linked activity shows the line's full amount
 * as "shared (n)" and every total counts the line once. With shares (all of a line's links have one, together at most
 * 100 %) each activity shows its share. {@code confidence} is the mapping's (high, medium, low) where a proposal or an
 * annex inferred it.
 */
public record ActivityLink(ActivityRef activity, BigDecimal sharePct, Origin origin, String confidence) {

    public ActivityLink {
        if (activity == null || origin == null) {
            throw new IllegalArgumentException("a link needs its activity and origin");
        }
    }
}
