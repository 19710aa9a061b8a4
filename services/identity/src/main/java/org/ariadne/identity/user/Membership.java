package org.ariadne.identity.user;

import java.util.List;
import org.ariadne.tenancy.TenantRole;

/**
 * A user's roles in one tenant. A focal point reports for an institution: {@code institution} is its name as the
 * tenant writes it (required for a focal point), {@code institutionId} its id in the partners registry once known.
 * A deactivated membership ({@code active} false) stays on record but grants nothing: the tenant is left out of the
 * user's tokens.
 */
public record Membership(String tenant, List<TenantRole> roles, String institution, String institutionId, boolean active) {

    public Membership {
        roles = List.copyOf(roles);
    }

    /** An active membership without a registry institution id. */
    public Membership(String tenant, List<TenantRole> roles, String institution) {
        this(tenant, roles, institution, null, true);
    }
}
