package org.ariadne.tenancy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a user holds inside one tenant; tokens carry them as {@code <tenant>:<wireName>}. The one place the role
 * names live: identity grants them, every service's access policy requires them. A donor is no tenant role: a donor
 * user belongs to a donor organisation ({@link TenantClaims#DONOR_ORGANISATION}) and holds no role in any tenant.
 */
public enum TenantRole {
    COORDINATOR("coordinator"),
    FOCAL_POINT("focal_point"),
    VIEWER("viewer");

    /** The wire names, for request validation. */
    public static final String PATTERN = "^(coordinator|focal_point|viewer)$";

    private final String wireName;

    TenantRole(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TenantRole> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
