package org.ariadne.monitoring.evidencefiles;

import java.time.Instant;

/** A file kept as evidence (a decision, a list of participants, a photo): its bytes and what the uploader said of it. */
public record EvidenceFile(String fileId, String roundId, String name, String contentType, byte[] content, String uploadedBy,
        Instant uploadedAt) {

    /** How an evidence item names a stored file in its {@code fileRef}. */
    public static final String REF_PREFIX = "evidence-files/";

    public String fileRef() {
        return REF_PREFIX + fileId;
    }
}
