package org.ariadne.identity.tenant;

import org.ariadne.tenancy.TenantStanding;
import org.springframework.stereotype.Component;

/** Identity owns the registry: a suspended tenant's people and checklist are read, not changed, as in every service. */
@Component
class RegistryStanding implements TenantStanding {

    private final TenantRegistry registry;

    RegistryStanding(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean acceptsWrites(org.ariadne.tenancy.TenantId tenant) {
        return registry.find(tenant.value()).map(Tenant::active).orElse(true);
    }
}
