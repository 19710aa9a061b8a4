package org.ariadne.contracts.funding.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A budget line's allocation for one fiscal year was set or changed. {@code status}: indicative, secured or
 * to_be_determined; {@code amount} (a plain decimal string, in {@code currency}) is null exactly when it is to be
 * determined — unknown, never 0. {@code year} is null only for a to-be-determined amount that names no year.
 */
public record AllocationSet(String tenantId, String lineId, Integer year, String amount, String currency,
        String status) implements DomainEvent {
}
