package org.ariadne.contracts.identity.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A child tenant's coordinator granted ({@code granted} true) or revoked its parent tenant's consent to read the
 * child's frozen-round roll-ups and funding totals — never its contributions, evidence, e-mail addresses or drafts.
 * The whole current state: consumers keep the latest by ce_aggversion. ce_subject is the child tenant's id.
 */
public record ParentConsentChanged(String tenantId, String parentId, boolean granted, String changedBy, String changedAt)
        implements DomainEvent {
}
