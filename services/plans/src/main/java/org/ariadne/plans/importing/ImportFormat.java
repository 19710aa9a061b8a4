package org.ariadne.plans.importing;

import java.util.List;

/** The file formats a plan can be imported from, with the media type a request body of that format carries. */
public enum ImportFormat {
    JSONL("jsonl", "application/x-ndjson"),
    JSON_BUNDLE("json-bundle", "application/json"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String id;
    private final String mediaType;

    ImportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() { return id; }
    public String mediaType() { return mediaType; }

    public static ImportFormat of(String id) {
        for (ImportFormat format : values()) {
            if (format.id.equalsIgnoreCase(id)) {
                return format;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(ImportFormat::id).toList();
    }
}
