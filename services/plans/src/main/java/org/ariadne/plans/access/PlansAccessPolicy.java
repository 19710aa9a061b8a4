package org.ariadne.plans.access;

import static org.ariadne.tenancy.access.AccessPolicy.writes;

import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may change plans: a tenant's plans, strategies, imports and saved column mappings are changed by its
 * coordinators only; every member of the tenant (viewer, focal point) may read them.
 */
@Configuration(proxyBeanMethods = false)
class PlansAccessPolicy {

    @Bean
    AccessPolicy plansAccess() {
        return AccessPolicy.of(
                writes("/api/t/{tenant}/plans", "Changing plans", TenantRole.COORDINATOR),
                writes("/api/t/{tenant}/plans/**", "Changing plans", TenantRole.COORDINATOR));
    }
}
