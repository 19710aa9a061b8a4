package org.ariadne.tenancy.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ariadne.tenancy.MissingRoleException;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantRefusedException;
import org.ariadne.tenancy.TenantRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, in the tenant in context: the token's subject, the roles it grants in this tenant and, for a focal
 * point, the institution it reports for. The one way a service asks about the caller; declarative checks live in the
 * service's {@link AccessPolicy}, finer ones (a focal point works on its own institution only) in its commands.
 */
public record Caller(String subject, TenantId tenant, Set<TenantRole> roles, String institution) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The caller of the current request. Only requests with a token act as someone: work without one (a listener, a
     * scheduled job) cannot borrow anybody's rights.
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new TenantRefusedException(TenantRefusedException.Reason.UNAUTHENTICATED, "No authenticated caller");
        }
        TenantId tenant = TenantContext.require();
        Set<TenantRole> roles = TenantClaims.rolesIn(jwt, tenant.value()).stream()
                .map(TenantRole::fromWireName).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TenantRole.class)));
        return new Caller(jwt.getSubject(), tenant, roles, TenantClaims.institutionIn(jwt, tenant.value()));
    }

    public boolean has(TenantRole role) {
        return roles.contains(role);
    }

    /** Refuses ({@link MissingRoleException}, a 403 naming the role) unless the caller holds one of {@code anyOf}. */
    public Caller require(String action, TenantRole... anyOf) {
        if (Arrays.stream(anyOf).anyMatch(roles::contains)) {
            return this;
        }
        List<String> required = Arrays.stream(anyOf).map(TenantRole::wireName).toList();
        Set<String> held = roles.stream().map(TenantRole::wireName).collect(Collectors.toSet());
        throw new MissingRoleException(action, required, tenant, held);
    }
}
