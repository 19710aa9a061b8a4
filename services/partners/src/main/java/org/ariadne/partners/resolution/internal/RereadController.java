package org.ariadne.partners.resolution.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.Jobs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the platform administrator: read every tenant's printed names again (after a failed run, or to check). */
@RestController
@RequestMapping("/api/admin/partners")
@Tag(name = "Global registry", description = "International organisations and donors every tenant references (platform administrator)")
class RereadController {

    private final ReadingRefresh refresh;
    private final Jobs jobs;

    RereadController(ReadingRefresh refresh, Jobs jobs) {
        this.refresh = refresh;
        this.jobs = jobs;
    }

    @PostMapping("/readings/refresh")
    @Operation(summary = "Re-read every active tenant's printed names against the current aliases: 202 with the job "
            + "(partners.reread; progress = tenants done); the registry's changes start it by themselves")
    ResponseEntity<Job> refresh() {
        Job job = refresh.everyTenant("requested by the platform administrator");
        return ResponseEntity.accepted().location(URI.create(jobs.location(job))).body(job);
    }
}
