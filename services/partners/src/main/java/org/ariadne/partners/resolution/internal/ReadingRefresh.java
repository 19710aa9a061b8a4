package org.ariadne.partners.resolution.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.partners.institution.AliasesChanged;
import org.ariadne.partners.resolution.ResolutionCommands;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantJobs;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When aliases change, the names already read are read again. A tenant's own change is re-read in the request that
 * made it (one tenant's activities), so its answer reflects the new reading. A change of the global registry concerns
 * every active tenant: that walk grows with the number of tenants, so it runs as a platform job
 * ({@value #KIND}, progress = tenants done of all), never inside the administrator's request.
 */
@Component
class ReadingRefresh {

    static final String KIND = "partners.reread";

    private static final Logger log = LoggerFactory.getLogger(ReadingRefresh.class);

    private final ResolutionCommands resolution;
    private final TenantJobs tenantJobs;
    private final Jobs jobs;

    ReadingRefresh(ResolutionCommands resolution, TenantJobs tenantJobs, Jobs jobs) {
        this.resolution = resolution;
        this.tenantJobs = tenantJobs;
        this.jobs = jobs;
    }

    @EventListener
    void on(AliasesChanged changed) {
        if (changed.global() || TenantContext.current().isEmpty()) {
            Job job = everyTenant("the global registry changed");
            log.info("The global registry's aliases changed: every tenant's names are re-read by job {}", job.id());
        } else {
            resolution.rereadAll();
        }
    }

    /** Starts the platform job that reads every active tenant's activities again; outside any tenant. */
    Job everyTenant(String reason) {
        return jobs.startForPlatform(KIND, Map.of("reason", reason), job -> {
            AtomicInteger changed = new AtomicInteger();
            List<TenantId> failed = tenantJobs.forEachActiveTenant(KIND, tenant -> changed.addAndGet(resolution.rereadAll()),
                    job::progress);
            Map<String, Object> details = Map.of("readingsChanged", changed.get(),
                    "failedTenants", failed.stream().map(TenantId::value).toList());
            if (!failed.isEmpty()) {
                return JobOutcome.failed(new ProblemException(ProblemType.INTERNAL_ERROR, "The names of tenants " + failed
                        + " could not be re-read (logged); the other tenants are done. Start the re-reading again.")).withDetails(details);
            }
            return JobOutcome.completed().withDetails(details);
        });
    }
}
