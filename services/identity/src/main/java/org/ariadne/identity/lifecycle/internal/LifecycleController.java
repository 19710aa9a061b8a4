package org.ariadne.identity.lifecycle.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ariadne.identity.lifecycle.TenantAuditLog;
import org.ariadne.identity.lifecycle.TenantLifecycle;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Platform admins export, offboard and import tenants (the security chain requires platform_admin on /api/admin/**). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Tenant lifecycle", description = "Export, two-step offboarding and import of a tenant (platform admins only)")
class LifecycleController {

    static final String TENANT_ID = "^[a-z]{2}(-[a-z0-9]{1,8})?$";

    private final TenantLifecycle lifecycle;

    LifecycleController(TenantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/tenants/{id}/exports")
    @Operation(summary = "Export the tenant's whole data (every service and identity) as a job; 202 with the job's Location",
            description = "The archive: services/<service>.ndjson per service, identity/memberships.json and manifest.json with"
                    + " each file's SHA-256. Suspend the tenant first for a consistent archive (offboarding requires that).")
    ResponseEntity<Job> export(@PathVariable String id, @AuthenticationPrincipal Jwt admin) {
        Job job = lifecycle.startExport(id, admin.getSubject());
        return ResponseEntity.accepted().location(URI.create("/api/admin/tenants/" + id + "/exports/" + job.id())).body(job);
    }

    @GetMapping("/tenants/{id}/exports/{jobId}")
    Job exportJob(@PathVariable String id, @PathVariable String jobId) {
        return lifecycle.exportJob(id, jobId);
    }

    @GetMapping("/tenants/{id}/exports/{jobId}/archive")
    @Operation(summary = "Download the export's archive (offboarding waits until it has been downloaded)")
    ResponseEntity<StreamingResponseBody> archive(@PathVariable String id, @PathVariable String jobId) {
        JobFiles.StoredFile file = lifecycle.archive(id, jobId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(out -> file.content().writeTo(out));
    }

    @PostMapping("/tenants/{id}/offboarding")
    @Operation(summary = "Request the offboarding of a suspended tenant whose export was downloaded; answers the phrase and"
            + " one-time token to confirm with within 15 minutes")
    ResponseEntity<TenantLifecycle.OffboardingConfirmation> requestOffboarding(@PathVariable String id,
            @Valid @RequestBody Offboarding body, @AuthenticationPrincipal Jwt admin) {
        return ResponseEntity.status(201).body(lifecycle.requestOffboarding(id, body.reason().strip(), admin.getSubject()));
    }

    @PostMapping("/tenants/{id}/offboarding/confirmation")
    @Operation(summary = "Confirm the offboarding: every service drops the tenant's database, its memberships are removed, an"
            + " audit entry remains (TenantOffboarded)")
    TenantAuditLog.Entry confirmOffboarding(@PathVariable String id, @Valid @RequestBody Confirmation body,
            @AuthenticationPrincipal Jwt admin) {
        return lifecycle.confirmOffboarding(id, body.token(), body.phrase(), admin.getSubject());
    }

    @GetMapping("/tenants/{id}/audit")
    @Operation(summary = "The audit entries of a tenant (what remains after offboarding)")
    List<TenantAuditLog.Entry> audit(@PathVariable String id) {
        return lifecycle.auditOf(id);
    }

    @PostMapping(value = "/tenant-imports", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import an export archive into a fresh tenant id as a job; 202 with the job's Location",
            description = "The body is the archive (application/zip). Every checksum is checked first; the new tenant is suspended"
                    + " until its data has arrived in every service. restoreMemberships gives the archive's people whose accounts"
                    + " still exist their roles in the new tenant.")
    ResponseEntity<Job> importArchive(
            @RequestParam @Pattern(regexp = TENANT_ID, message = "must be a tenant id such as 'ba-04'") String tenantId,
            @RequestParam(required = false) @Size(max = 200) String name,
            @RequestParam(required = false) @Pattern(regexp = TENANT_ID, message = "must be a tenant id such as 'ba'") String parentId,
            @RequestParam(defaultValue = "false") boolean restoreMemberships,
            HttpServletRequest request, @AuthenticationPrincipal Jwt admin) throws IOException {
        Path upload = Files.createTempFile("ariadne-import-", ".zip");
        try (InputStream in = request.getInputStream()) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
        Job job = lifecycle.startImport(upload, new TenantLifecycle.ImportRequest(tenantId,
                name == null || name.isBlank() ? null : name.strip(), parentId, restoreMemberships), admin.getSubject());
        return ResponseEntity.accepted().location(URI.create("/api/admin/tenant-imports/" + tenantId + "/" + job.id())).body(job);
    }

    @GetMapping("/tenant-imports/{tenantId}/{jobId}")
    Job importJob(@PathVariable String tenantId, @PathVariable String jobId) {
        return lifecycle.importJob(tenantId, jobId);
    }

    record Offboarding(@NotBlank @Size(max = 500) String reason) {
    }

    record Confirmation(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 100) String phrase) {
    }
}
