package org.ariadne.identity.consent;

import java.time.Instant;

/** Something done about a tenant that its coordinator may look back on (a consent granted or revoked). */
public record AuditEntry(String tenant, Instant at, String actor, String action, String detail) {
}
