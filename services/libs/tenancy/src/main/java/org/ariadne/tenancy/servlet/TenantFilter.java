package org.ariadne.tenancy.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ariadne.tenancy.InvalidTenantIdException;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantRefusedException;
import org.ariadne.tenancy.TenantStanding;
import org.ariadne.tenancy.TenantRefusedException.Reason;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Zero trust inside the cluster: on every {@code /api/t/{tenant}/…} request the service re-checks the gateway's
 * {@code X-Tenant-Id} against the path and the caller's token, refuses changes to a suspended tenant
 * ({@link TenantStanding}), then runs the request inside that tenant's context.
 * A refusal is handed to the application's exception resolvers, so it gets the same problem answer as an exception
 * thrown by a controller (lib-web maps the tenancy exceptions).
 */
public class TenantFilter extends OncePerRequestFilter {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    /** Request attribute holding the verified tenant id, for metrics that are recorded after the filter has returned. */
    public static final String TENANT_ATTRIBUTE = "org.ariadne.tenancy.tenant";
    static final String TENANT_PATH_PREFIX = "/api/t/";

    private static final java.util.Set<String> WRITES = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");

    private final HandlerExceptionResolver refusals;
    private final TenantStanding standing;

    public TenantFilter(HandlerExceptionResolver refusals, TenantStanding standing) {
        this.refusals = refusals;
        this.standing = standing;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathWithinApplication(request).startsWith(TENANT_PATH_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantId tenant;
        try {
            tenant = resolve(request);
        } catch (TenantRefusedException | InvalidTenantIdException refused) {
            if (refusals.resolveException(request, response, null, refused) == null) {
                boolean forbidden = refused instanceof TenantRefusedException r
                        && (r.reason() == Reason.FORBIDDEN || r.reason() == Reason.INACTIVE);
                response.sendError(forbidden ? 403 : 400,
                        refused.getMessage());
            }
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.value());
        try {
            TenantContext.callAsChecked(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private TenantId resolve(HttpServletRequest request) {
        String header = request.getHeader(TENANT_HEADER);
        if (header == null || header.isBlank()) {
            throw new TenantRefusedException(Reason.MISSING, "The request carries no " + TENANT_HEADER + " header");
        }
        TenantId tenant = TenantId.of(header.trim());
        TenantId pathTenant = TenantId.of(pathTenant(request));
        if (!tenant.equals(pathTenant)) {
            throw new TenantRefusedException(Reason.FORBIDDEN,
                    "The tenant header '" + tenant + "' does not match the path tenant '" + pathTenant + "'");
        }
        if (!TenantClaims.tenantsOf(currentJwt()).contains(tenant.value())) {
            throw new TenantRefusedException(Reason.FORBIDDEN, "Your token does not grant access to tenant '" + tenant + "'");
        }
        if (WRITES.contains(request.getMethod()) && !standing.acceptsWrites(tenant)) {
            throw new TenantRefusedException(Reason.INACTIVE, "Tenant '" + tenant + "' is suspended: its data can be read,"
                    + " not changed, until a platform admin reactivates it");
        }
        return tenant;
    }

    private static Jwt currentJwt() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return jwt;
        }
        throw new TenantRefusedException(Reason.UNAUTHENTICATED, "A bearer token is required");
    }

    private static String pathTenant(HttpServletRequest request) {
        String rest = pathWithinApplication(request).substring(TENANT_PATH_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
