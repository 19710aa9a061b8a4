package org.ariadne.funding.donor.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.tenancy.TenantClaims;
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
 * Zero trust inside the cluster, for the donor API: every {@code /api/donor/**} request must carry a token with a
 * donor organisation ({@code donor_org}), whatever the gateway already checked; any other token (a tenant member's,
 * a platform administrator's) is refused with 403 before a handler runs. The organisation is handed to the handler
 * as a request attribute, so no handler reads the token itself.
 */
@Configuration(proxyBeanMethods = false)
class DonorAccess implements WebMvcConfigurer {

    static final String ORGANISATION = "org.ariadne.funding.donor.organisation";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute(ORGANISATION, organisationOfCaller());
                return true;
            }
        }).addPathPatterns("/api/donor/**");
    }

    private static String organisationOfCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String organisation = authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? TenantClaims.donorOrganisationOf(jwt) : null;
        if (organisation == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The donor API is for donor organisations' users: your token "
                    + "names no donor organisation (" + TenantClaims.DONOR_ORGANISATION + ")");
        }
        return organisation;
    }
}
