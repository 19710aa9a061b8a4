package org.ariadne.contracts.identity.v1;

import org.ariadne.contracts.DomainEvent;

/**
 * A tenant was offboarded: identity's offboarding dropped its database in every service and removed its people's
 * memberships, after an export of it ({@code exportSha256}, the archive's checksum) had been taken. Services forget
 * the tenant and apply no further event of it; what remains is identity's audit entry.
 */
public record TenantOffboarded(String tenantId, String reason, String exportSha256, String offboardedBy) implements DomainEvent {
}
