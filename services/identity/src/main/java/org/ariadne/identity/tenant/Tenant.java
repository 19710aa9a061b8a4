package org.ariadne.identity.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A jurisdiction in the platform registry. {@code parentId} is null for a top-level jurisdiction; {@code languages}
 * are BCP 47 tags, the first the default; {@code suspendedReason} is set while the tenant is suspended; {@code template}
 * names the onboarding template it came from (null without one).
 */
public record Tenant(String id, String name, String parentId, TenantStatus status, String suspendedReason,
        List<String> languages, String currency, String timeZone, List<String> levelNames, String template, Instant createdAt,
        long version) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
