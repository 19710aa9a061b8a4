package org.ariadne.partners.document;

import java.time.Instant;

/** A file kept for a body: approved minutes, evidence of a task done. The bytes are read separately. */
public record StoredDocument(String id, String fileName, String contentType, long size, Instant uploadedAt,
        String uploadedBy) {
}
