package org.ariadne.partners.jobs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ariadne.partners.jobs.Job;
import org.ariadne.partners.jobs.Jobs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HTTP ↔ jobs: poll a job until it succeeded (follow {@code result}) or failed (read {@code problem}). */
@RestController
@RequestMapping("/api/t/{tenant}/partners/jobs")
@Tag(name = "Jobs", description = "Long work such as exports")
class JobController {

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job's state, progress and result")
    Job get(@PathVariable String id) {
        return jobs.find(id);
    }
}
