package org.ariadne.partners.resolution.internal;

import org.ariadne.partners.resolution.ResolutionCommands;
import org.ariadne.tenancy.TenantJobs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once after partners starts, publishes every active tenant's review queue count that a stop between a change and its
 * count left unpublished ({@link ResolutionCommands#settleUnpublishedCounts}). Once, not periodically: a count is left
 * behind only by a process that stopped, and that process starts again. Every replica does it on its start; it is
 * idempotent, and a tenant with nothing left costs two index lookups.
 */
@Component
class UncountedChangesAtStart {

    static final String JOB = "partners-review-queue-count";

    private final ResolutionCommands resolution;
    private final TenantJobs tenantJobs;

    UncountedChangesAtStart(ResolutionCommands resolution, TenantJobs tenantJobs) {
        this.resolution = resolution;
        this.tenantJobs = tenantJobs;
    }

    /** Off the start's own thread, so that readiness does not wait for a walk over every tenant. */
    @Scheduled(initialDelayString = "${ariadne.partners.review-queue.settle-after-start:PT5S}")
    void settle() {
        tenantJobs.forEachActiveTenant(JOB, tenant -> resolution.settleUnpublishedCounts());
    }
}
