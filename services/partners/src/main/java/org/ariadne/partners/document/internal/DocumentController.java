package org.ariadne.partners.document.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.ariadne.partners.document.Documents;
import org.ariadne.partners.document.StoredDocument;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HTTP ↔ the tenant's documents: upload the file as the request body, download it by id. */
@RestController
@RequestMapping("/api/t/{tenant}/partners/documents")
@Tag(name = "Documents", description = "Minutes and evidence files (PDF, Word, OpenDocument, text, images; at most 8 MB)")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload a document (the file is the body; name it with ?fileName=)")
    ResponseEntity<StoredDocument> upload(
            @Parameter(schema = @Schema(maxLength = Documents.MAX_FILE_NAME, example = "zapisnik.pdf")) @RequestParam(required = false)
            String fileName,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] content) {
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getName();
        StoredDocument stored = documents.upload(fileName, contentType, content, by);
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/partners/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download a document")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        StoredDocument meta = documents.find(id).orElseThrow(() -> ProblemException.notFound("Document " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(documents.content(id));
    }
}
