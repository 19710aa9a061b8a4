package org.ariadne.monitoring.jobs.internal;

import org.ariadne.monitoring.jobs.Job;
import org.ariadne.monitoring.jobs.Jobs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The state of a job of the tenant in context. */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring/jobs")
class JobsController {

    private final Jobs jobs;

    JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{jobId}")
    Job job(@PathVariable String jobId) {
        return jobs.job(jobId);
    }
}
