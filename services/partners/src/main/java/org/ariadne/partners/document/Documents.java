package org.ariadne.partners.document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Files of the current tenant: minutes, evidence. Kept in the tenant database (one document per file, at most
 * {@value #MAX_BYTES} bytes, well inside MongoDB's document limit) so that backups and tenant isolation cover them.
 */
@Service
public class Documents {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_FILE_NAME = 200;
    static final Set<String> TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "text/plain", "image/png", "image/jpeg");

    private final DocumentStore store;

    public Documents(DocumentStore store) {
        this.store = store;
    }

    /** Where documents are kept; the adapter is Mongo. */
    public interface DocumentStore {
        void save(StoredDocument document, byte[] content);

        Optional<StoredDocument> find(String id);

        Optional<byte[]> content(String id);
    }

    public StoredDocument upload(String fileName, String contentType, byte[] content, String by) {
        String type = contentType == null ? null : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (content == null || content.length == 0) {
            throw ProblemException.validation(List.of(new FieldProblem("body", "the file is empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A document may have at most " + MAX_BYTES
                    + " bytes; this one has " + content.length, Map.of("maxBytes", MAX_BYTES));
        }
        if (type == null || !TYPES.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Documents are PDF, Word (DOCX, DOC), "
                    + "OpenDocument text, plain text, PNG or JPEG; got " + contentType, Map.of("supported", TYPES));
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        if (name.length() > MAX_FILE_NAME || name.chars().anyMatch(c -> c < 32 || c == '/' || c == '\\' || c == '"')) {
            throw ProblemException.validation(List.of(new FieldProblem("fileName",
                    "at most " + MAX_FILE_NAME + " characters, without control characters, slashes or quotes")));
        }
        StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), name, type, content.length,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), by);
        store.save(document, content);
        return document;
    }

    public Optional<StoredDocument> find(String id) {
        return store.find(id);
    }

    public boolean exists(String id) {
        return store.find(id).isPresent();
    }

    public byte[] content(String id) {
        return store.content(id).orElseThrow(() -> ProblemException.notFound("Document " + id));
    }
}
