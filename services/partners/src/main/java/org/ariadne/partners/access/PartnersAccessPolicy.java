package org.ariadne.partners.access;

import static org.ariadne.tenancy.access.AccessPolicy.on;
import static org.ariadne.tenancy.access.AccessPolicy.writes;

import java.util.Set;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.AccessPolicy;
import org.ariadne.web.servlet.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may change what. In a tenant, the coordinator changes the registry, the bodies and the tracker, and every member
 * reads; matching printed names is a read, though it is a POST. The global registry under {@code /api/admin/partners}
 * is the platform administrator's alone, for reading and writing: its own security chain requires
 * {@code platform_admin} before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
class PartnersAccessPolicy {

    private static final String CHANGING = "Changing the institution registry, bodies and recommendations";

    @Bean
    AccessPolicy partnersAccess() {
        return AccessPolicy.of(
                on(Set.of("POST"), "/api/t/{tenant}/partners/resolve", "Matching printed names", TenantRole.values()),
                writes("/api/t/{tenant}/partners/**", CHANGING, TenantRole.COORDINATOR));
    }

    @Bean
    @Order(0)
    SecurityFilterChain globalRegistryAdministration(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/admin/**").hasRole(TenantClaims.PLATFORM_ADMIN));
        return ServiceSecurity.resourceServer(http);
    }

    @Bean
    @Order(1)
    SecurityFilterChain service(HttpSecurity http) throws Exception {
        return ServiceSecurity.resourceServer(http);
    }
}
