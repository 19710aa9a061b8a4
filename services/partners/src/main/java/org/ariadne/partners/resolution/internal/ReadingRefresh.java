package org.ariadne.partners.resolution.internal;

import org.ariadne.partners.institution.AliasesChanged;
import org.ariadne.partners.resolution.ResolutionCommands;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantJobs;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When aliases change, the names already read are read again: in the tenant whose aliases changed, or, for the global
 * registry, in every active tenant. Runs in the request that changed them, so the answer reflects the new reading.
 */
@Component
class ReadingRefresh {

    private final ResolutionCommands resolution;
    private final TenantJobs tenantJobs;

    ReadingRefresh(ResolutionCommands resolution, TenantJobs tenantJobs) {
        this.resolution = resolution;
        this.tenantJobs = tenantJobs;
    }

    @EventListener
    void on(AliasesChanged changed) {
        if (changed.global() || TenantContext.current().isEmpty()) {
            tenantJobs.forEachActiveTenant("partners-reread-after-registry-change", tenant -> resolution.rereadAll());
        } else {
            resolution.rereadAll();
        }
    }
}
