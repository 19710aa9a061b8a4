package org.ariadne.webapp.signin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is signed in, as identity's access token says: the tenants, the roles in each, the institution a focal point
 * reports for, whether the user runs the platform, and the donor organisation a donor's programme officer speaks for
 * (a registry id; such a user belongs to no tenant). The token is what the services check; this is only what the pages
 * need to show the right buttons.
 */
public record SignedInUser(String username, String displayName, List<String> tenants,
        Map<String, Set<String>> roles, Map<String, String> institutions, boolean platformAdmin, String donorOrganisation) {

    /** A user of tenants (or the platform administrator): no donor organisation. */
    public SignedInUser(String username, String displayName, List<String> tenants, Map<String, Set<String>> roles,
            Map<String, String> institutions, boolean platformAdmin) {
        this(username, displayName, tenants, roles, institutions, platformAdmin, null);
    }

    /** A donor's programme officer: sees the donor pages only (every tenant route would refuse the token). */
    public boolean donor() {
        return donorOrganisation != null && tenants.isEmpty();
    }

    public static final String COORDINATOR = "coordinator";
    public static final String FOCAL_POINT = "focal_point";
    public static final String VIEWER = "viewer";

    public boolean isMemberOf(String tenant) {
        return tenants.contains(tenant);
    }

    public boolean isCoordinator(String tenant) {
        return roles.getOrDefault(tenant, Set.of()).contains(COORDINATOR);
    }

    public boolean isFocalPoint(String tenant) {
        return roles.getOrDefault(tenant, Set.of()).contains(FOCAL_POINT);
    }

    /** The institution the user reports for in this tenant, or null. */
    public String institutionIn(String tenant) {
        return institutions.get(tenant);
    }

    /** The role to show next to the tenant, the strongest one first. */
    public String mainRole(String tenant) {
        Set<String> held = roles.getOrDefault(tenant, Set.of());
        for (String role : List.of(COORDINATOR, FOCAL_POINT, VIEWER)) {
            if (held.contains(role)) {
                return role;
            }
        }
        return VIEWER;
    }
}
