package org.ariadne.identity.access;

import static org.ariadne.tenancy.access.AccessPolicy.on;

import java.util.Set;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's tenant endpoints: a tenant's people and its onboarding checklist are its coordinators' business. */
@Configuration(proxyBeanMethods = false)
class IdentityAccessPolicy {

    private static final Set<String> ALL = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.of(
                on(ALL, "/api/t/{tenant}/identity/people/**", "Managing the tenant's people", TenantRole.COORDINATOR),
                on(ALL, "/api/t/{tenant}/identity/checklist/**", "Reading the onboarding checklist", TenantRole.COORDINATOR));
    }
}
