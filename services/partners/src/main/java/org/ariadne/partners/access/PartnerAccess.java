package org.ariadne.partners.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.ariadne.tenancy.servlet.TenantClaims;
import org.ariadne.tenancy.servlet.TenantRoles;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may change what, one rule per path, checked before any handler runs: in a tenant, the coordinator changes the
 * registry, bodies and the tracker, and every member reads (matching printed names is a read, though it is a POST);
 * the global registry is the platform administrator's alone, for reading and writing.
 */
@Configuration
class PartnerAccess implements WebMvcConfigurer {

    static final String WRITER_ROLE = "coordinator";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!READS.contains(request.getMethod()) && !request.getRequestURI().endsWith("/partners/resolve")) {
                    TenantRoles.require("Changing the institution registry, bodies and recommendations", WRITER_ROLE);
                }
                return true;
            }
        }).addPathPatterns("/api/t/*/partners/**");
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)
                        || !TenantClaims.isPlatformAdmin(jwt)) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "The global registry is kept by the platform "
                            + "administrator (role platform_admin); tenants read it through /api/t/{tenant}/partners");
                }
                return true;
            }
        }).addPathPatterns("/api/admin/partners/**");
    }
}
