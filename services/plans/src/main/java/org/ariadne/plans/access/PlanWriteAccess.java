package org.ariadne.plans.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.ariadne.tenancy.servlet.TenantRoles;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may change plans: a tenant's plans, strategies, imports and saved column mappings are changed by its
 * coordinators only; every member of the tenant (viewer, focal point, donor) may read them. One rule for every
 * writing endpoint, checked before the handler runs, so no endpoint can forget it.
 */
@Configuration
class PlanWriteAccess implements WebMvcConfigurer {

    static final String WRITER_ROLE = "coordinator";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!READS.contains(request.getMethod())) {
                    TenantRoles.require("Changing plans", WRITER_ROLE);
                }
                return true;
            }
        }).addPathPatterns("/api/t/*/plans", "/api/t/*/plans/**");
    }
}
