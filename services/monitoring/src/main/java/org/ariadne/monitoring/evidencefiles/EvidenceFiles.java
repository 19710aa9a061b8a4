package org.ariadne.monitoring.evidencefiles;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Evidence files of the tenant in context, one document each in {@code evidence_files} (at most
 * {@link #MAX_BYTES}, well under MongoDB's 16 MB document limit). A file is only referenced by evidence items
 * ({@code fileRef: "evidence-files/<id>"}); it cannot be changed.
 */
@Component
public class EvidenceFiles {

    /** 5 MB: a scanned decision or a participants list; the service's request limit is set to match. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String COLLECTION = "evidence_files";

    private final TenantDatabases databases;

    EvidenceFiles(TenantDatabases databases) {
        this.databases = databases;
    }

    public EvidenceFile store(String roundId, String name, String contentType, byte[] content, String uploadedBy) {
        EvidenceFile file = new EvidenceFile(UUID.randomUUID().toString(), roundId, name, contentType, content, uploadedBy,
                Instant.now());
        databases.current().getCollection(COLLECTION).insertOne(new Document("_id", file.fileId())
                .append("roundId", roundId).append("name", name).append("contentType", contentType)
                .append("size", content.length).append("content", new Binary(content))
                .append("uploadedBy", uploadedBy).append("uploadedAt", Date.from(file.uploadedAt())));
        return file;
    }

    public Optional<EvidenceFile> find(String fileId) {
        Document d = databases.current().getCollection(COLLECTION).find(eq("_id", fileId)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceFile(d.getString("_id"), d.getString("roundId"), d.getString("name"),
                d.getString("contentType"), d.get("content", Binary.class).getData(), d.getString("uploadedBy"),
                d.getDate("uploadedAt").toInstant()));
    }
}
