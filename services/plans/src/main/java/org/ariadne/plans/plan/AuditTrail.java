package org.ariadne.plans.plan;

import java.util.List;

/**
 * A page of a plan's audit trail, oldest first: the entries after {@code seq} {@code after}, and how many the trail
 * holds in all. Entries are numbered 1, 2, 3 … in the order the changes were stored.
 */
public record AuditTrail(long total, List<Item> items) {

    public record Item(long seq, AuditEntry entry) {
    }

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE = 1000;
}
