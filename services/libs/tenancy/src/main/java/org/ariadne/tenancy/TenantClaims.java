package org.ariadne.tenancy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * How Ariadne tokens say what a caller may do: {@code tenants} lists the tenants, {@code roles} holds
 * {@code <tenant>:<role>} entries ({@link TenantRole}) and {@code platform_admin}; {@code institutions} maps a
 * tenant to a focal point's institution; {@code donor_org} names the donor organisation (an institution id of the
 * partners' global registry) of a donor user, whose token carries no tenants and no tenant roles.
 */
public final class TenantClaims {

    public static final String TENANTS = "tenants";
    public static final String ROLES = "roles";
    public static final String PLATFORM_ADMIN = "platform_admin";
    /** Focal points' institutions: tenant → the institution the user reports for there. */
    public static final String INSTITUTIONS = "institutions";
    /** A donor user's organisation: the id of an institution of the partners' global registry (IOM …). */
    public static final String DONOR_ORGANISATION = "donor_org";

    private TenantClaims() {
    }

    public static Set<String> tenantsOf(Jwt jwt) {
        List<String> tenants = jwt.getClaimAsStringList(TENANTS);
        return tenants == null ? Set.of() : Set.copyOf(tenants);
    }

    /** The roles the caller holds in one tenant, without the tenant prefix. */
    public static Set<String> rolesIn(Jwt jwt, String tenant) {
        List<String> roles = jwt.getClaimAsStringList(ROLES);
        if (roles == null) {
            return Set.of();
        }
        String prefix = tenant + ":";
        return roles.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The institution a focal point reports for in one tenant; null when the token names none. */
    public static String institutionIn(Jwt jwt, String tenant) {
        Object institutions = jwt.getClaims().get(INSTITUTIONS);
        return institutions instanceof java.util.Map<?, ?> map && map.get(tenant) instanceof String s ? s : null;
    }

    /** The donor organisation the token speaks for; null for every token that is not a donor user's. */
    public static String donorOrganisationOf(Jwt jwt) {
        String organisation = jwt.getClaimAsString(DONOR_ORGANISATION);
        return organisation == null || organisation.isBlank() ? null : organisation;
    }

    public static boolean isPlatformAdmin(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES);
        return roles != null && roles.contains(PLATFORM_ADMIN);
    }
}
