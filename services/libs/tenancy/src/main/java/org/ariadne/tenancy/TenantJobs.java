package org.ariadne.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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
        forEachActiveTenant(jobName, work, (done, total) -> { });
    }

    /**
     * The same, saying after each tenant how many of how many are done (a job's progress); returns the tenants whose
     * slice failed (each failure is logged).
     */
    public List<TenantId> forEachActiveTenant(String jobName, Consumer<TenantId> work, BiConsumer<Integer, Integer> progress) {
        List<TenantId> tenants = List.copyOf(directory.activeTenants());
        List<TenantId> failed = new ArrayList<>();
        progress.accept(0, tenants.size());
        for (int i = 0; i < tenants.size(); i++) {
            TenantId tenant = tenants.get(i);
            try {
                TenantContext.runAs(tenant, () -> work.accept(tenant));
            } catch (RuntimeException e) {
                log.error("Job {} failed for tenant {}", jobName, tenant, e);
                failed.add(tenant);
            }
            progress.accept(i + 1, tenants.size());
        }
        return failed;
    }
}
