package org.ariadne.tenancy;

import java.util.function.Consumer;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way scheduled or background work reaches tenant data: each active tenant's slice runs inside that
 * tenant's context, and one tenant's failure does not stop the others.
 */
public class TenantJobs {

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final TenantDirectory directory;

    public TenantJobs(TenantDirectory directory) {
        this.directory = directory;
    }

    public void forEachActiveTenant(String jobName, Consumer<TenantId> work) {
        for (TenantId tenant : directory.activeTenants()) {
            try {
                TenantContext.runAs(tenant, () -> work.accept(tenant));
            } catch (RuntimeException e) {
                log.error("Job {} failed for tenant {}", jobName, tenant, e);
            }
        }
    }
}
