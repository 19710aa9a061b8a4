package org.ariadne.tenancy.servlet;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ariadne.tenancy.MissingRoleException;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller's roles in the tenant of the request, for the checks a service makes on top of tenant membership (which
 * {@link TenantFilter} has already enforced): e.g. only a coordinator changes a plan.
 */
public final class TenantRoles {

    private TenantRoles() {
    }

    /** The roles the caller's token grants in the current tenant (empty without a token). */
    public static Set<String> ofCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return Set.of();
        }
        return TenantClaims.rolesIn(jwt, TenantContext.require().toString());
    }

    /** 403 problem unless the caller holds one of {@code anyOf} in the current tenant; {@code action} says what was refused. */
    public static void require(String action, String... anyOf) {
        Set<String> held = ofCaller();
        if (Arrays.stream(anyOf).anyMatch(held::contains)) {
            return;
        }
        throw new MissingRoleException(action, List.of(anyOf), TenantContext.require(), held);
    }
}
