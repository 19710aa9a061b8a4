package org.ariadne.jobs.internal;

import java.net.URI;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobFiles;
import org.ariadne.jobs.JobResult;
import org.ariadne.jobs.Jobs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The one URL pattern of jobs in every service: {@code /api/t/{tenant}/{service}/jobs/{id}} is the job,
 * {@code …/{id}/result} its result (the file, or a 303 to the resource it created).
 */
@RestController
@RequestMapping("/api/t/{tenant}/${ariadne.service-name:${spring.application.name}}/jobs")
public class JobsController {

    private final Jobs jobs;

    public JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{jobId}")
    Job job(@PathVariable String jobId) {
        return jobs.get(jobId);
    }

    @GetMapping("/{jobId}/result")
    ResponseEntity<StreamingResponseBody> result(@PathVariable String jobId) {
        Job job = jobs.get(jobId);
        if (job.result() != null && JobResult.RESOURCE.equals(job.result().type())) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(job.result().href())).build();
        }
        JobFiles.StoredFile file = jobs.file(jobId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out -> file.content().writeTo(out));
    }
}
