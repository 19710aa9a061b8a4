package org.ariadne.monitoring.evidencefiles.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ariadne.monitoring.evidencefiles.EvidenceFile;
import org.ariadne.monitoring.evidencefiles.EvidenceFiles;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Files that support evidence: the coordinator or a focal point (the access policy) uploads one (the raw file as the request body, its
 * name in {@code X-File-Name}), then names it in an evidence item's {@code fileRef}. Anyone of the tenant downloads
 * it; it is always served as an attachment, never rendered by the browser.
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
@Tag(name = "Evidence files", description = "Files kept as evidence for a round's activities")
class EvidenceFilesController {

    private final EvidenceFiles files;

    EvidenceFilesController(EvidenceFiles files) {
        this.files = files;
    }

    @PostMapping("/rounds/{roundId}/evidence-files")
    @Operation(summary = "Upload an evidence file (raw body, at most 5 MB; name in X-File-Name, percent-encoded UTF-8)")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String roundId,
            @RequestHeader(value = "X-File-Name", required = false) String encodedName, HttpServletRequest request) throws IOException {
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes(EvidenceFiles.MAX_BYTES + 1);
        }
        if (content.length > EvidenceFiles.MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An evidence file may have at most 5 MB");
        }
        if (content.length == 0) {
            throw ProblemException.validation(java.util.List.of(new org.ariadne.web.FieldProblem("/", "the file is empty")));
        }
        String name = name(encodedName);
        String type = request.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : request.getContentType();
        if (type.length() > 200) {
            type = MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        EvidenceFile file = files.store(roundId, name, type, content, Caller.current().subject());
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/monitoring/" + file.fileRef()))
                .body(Map.of("fileId", file.fileId(), "fileRef", file.fileRef(), "name", name, "contentType", type,
                        "size", content.length));
    }

    @GetMapping("/evidence-files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable String fileId) {
        EvidenceFile file = files.find(fileId).orElseThrow(() -> ProblemException.notFound("Evidence file '" + fileId + "'"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The file's name as the uploader's computer called it, without any path; "evidence" when none was sent. */
    static String name(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return "evidence";
        }
        String name;
        try {
            name = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "X-File-Name must be percent-encoded UTF-8");
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
