package org.ariadne.identity.consent;

import java.time.Instant;

/**
 * Whether a child tenant lets its parent tenant read its frozen-round roll-ups and funding totals: decided by the
 * child's coordinator ({@code changedBy}, {@code changedAt}), revocable at any time. One small aggregate per child,
 * with its own outbox ({@code ParentConsentChanged}) and version.
 */
public record ParentConsent(String tenant, String parentId, boolean granted, String changedBy, Instant changedAt,
        long version) {
}
