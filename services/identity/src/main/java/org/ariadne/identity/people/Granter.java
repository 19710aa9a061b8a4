package org.ariadne.identity.people;

import java.util.Set;
import org.ariadne.tenancy.TenantRole;

/**
 * Who manages people, and so which roles they may give: a platform admin manages coordinators, focal points and
 * viewers; a tenant's coordinator manages its focal points and viewers. Nobody grants a role they do not hold or
 * cover: a coordinator's role covers a focal point's and a viewer's, not a second coordinator's (platform admins
 * appoint those).
 */
public record Granter(String username, boolean platformAdmin, Set<TenantRole> rolesInTenant) {

    public static Granter platformAdmin(String username) {
        return new Granter(username, true, Set.of());
    }

    public static Granter coordinator(String username) {
        return new Granter(username, false, Set.of(TenantRole.COORDINATOR));
    }

    /** The roles this granter may give, take away, or reset the password of. */
    public Set<TenantRole> manages() {
        if (platformAdmin) {
            return Set.of(TenantRole.COORDINATOR, TenantRole.FOCAL_POINT, TenantRole.VIEWER);
        }
        return rolesInTenant.contains(TenantRole.COORDINATOR) ? Set.of(TenantRole.FOCAL_POINT, TenantRole.VIEWER) : Set.of();
    }
}
