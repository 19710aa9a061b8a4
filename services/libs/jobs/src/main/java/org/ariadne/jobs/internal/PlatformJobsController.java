package org.ariadne.jobs.internal;

import org.ariadne.jobs.Job;
import org.ariadne.jobs.Jobs;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform jobs ({@link Jobs#startForPlatform}) for platform administrators: {@code /api/admin/{service}/jobs/{id}}.
 * Checked here as well as by the service's policy for {@code /api/admin/**}, so no service opens it by omission.
 */
@RestController
@RequestMapping("/api/admin/${ariadne.service-name:${spring.application.name}}/jobs")
public class PlatformJobsController {

    private static final String PLATFORM_ADMIN = "ROLE_" + TenantClaims.PLATFORM_ADMIN;

    private final Jobs jobs;

    public PlatformJobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{jobId}")
    Job job(@PathVariable String jobId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller.getAuthorities().stream().noneMatch(a -> PLATFORM_ADMIN.equals(a.getAuthority()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Platform jobs are for platform administrators");
        }
        return jobs.get(jobId);
    }
}
