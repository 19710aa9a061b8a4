package org.ariadne.monitoring.rounds.internal;

import java.util.Map;
import java.util.Set;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.servlet.TenantRoles;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, in the tenant in context: the coordinator runs rounds and may act on any institution's behalf; a
 * focal point ({@code institutions} claim: tenant → institution) works on its own institution's contribution only.
 */
record Caller(String subject, Set<String> roles, String institution) {

    static final String COORDINATOR = "coordinator";
    static final String FOCAL_POINT = "focal_point";

    static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            // Only HTTP requests (always with a token) act as someone; nothing else may borrow a coordinator's rights.
            throw new ProblemException(ProblemType.FORBIDDEN, "No authenticated caller.");
        }
        String tenant = TenantContext.require().toString();
        Object institutions = jwt.getClaims().get("institutions");
        String institution = institutions instanceof Map<?, ?> map && map.get(tenant) instanceof String s ? s : null;
        return new Caller(jwt.getSubject(), TenantRoles.ofCaller(), institution);
    }

    boolean isCoordinator() {
        return roles.contains(COORDINATOR);
    }

    void requireCoordinator() {
        TenantRoles.require("This action", COORDINATOR);
    }

    /**
     * Checks that the caller may work on an institution's contribution: the coordinator (then on the institution's
     * behalf, unless the coordinator belongs to it) or a focal point of that very institution.
     *
     * @return whether the caller acts on the institution's behalf
     */
    boolean actsOnBehalfOf(String contributionInstitution) {
        if (roles.contains(FOCAL_POINT) && contributionInstitution.equals(institution)) {
            return false;
        }
        if (isCoordinator()) {
            return !contributionInstitution.equals(institution);
        }
        throw new ProblemException(ProblemType.FORBIDDEN,
                "Only the coordinator or a focal point of " + contributionInstitution + " may work on this contribution.");
    }
}
