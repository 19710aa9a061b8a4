package org.ariadne.identity.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's audit trail in {@code platform__registry.tenant_audit}: its own decisions (parent consents granted and
 * revoked) and what remains of an offboarded tenant: one entry (who, when, why, the export it was taken from, which
 * databases were dropped and how many memberships removed), written with the {@code TenantOffboarded} event it
 * publishes.
 */
public interface TenantAuditLog {

    record Entry(String id, String tenant, String action, String reason, String by, Instant at, Map<String, Object> details) {
    }

    void offboarded(Entry entry, String exportSha256);

    /** An entry of a tenant's own decisions (a parent consent granted or revoked), without an event of its own. */
    void record(Entry entry);

    List<Entry> entries(String tenant);
}
