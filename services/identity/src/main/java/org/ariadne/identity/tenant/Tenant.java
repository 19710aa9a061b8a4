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

    /** A BCP 47 language tag as the API accepts it ({@code bs}, {@code sr-Latn}). */
    public static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** The longest language tag accepted: the length RFC 5646 (4.4.1) asks every implementation to support. */
    public static final int MAX_LANGUAGE_TAG = 35;

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
