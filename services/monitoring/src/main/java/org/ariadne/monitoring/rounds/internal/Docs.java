package org.ariadne.monitoring.rounds.internal;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/** Records ↔ BSON documents through their JSON form (the records are the API's shapes too, so both stay in step). */
final class Docs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Docs() {
    }

    static Document of(Object value) {
        return Document.parse(JSON.writeValueAsString(value));
    }

    static List<Document> ofAll(List<?> values) {
        List<Document> documents = new ArrayList<>(values.size());
        values.forEach(v -> documents.add(of(v)));
        return documents;
    }

    static <T> T read(Document document, Class<T> type) {
        return JSON.readValue(document.toJson(), type);
    }

    static <T> List<T> readAll(List<Document> documents, Class<T> type) {
        List<T> values = new ArrayList<>(documents == null ? 0 : documents.size());
        if (documents != null) {
            documents.forEach(d -> values.add(read(d, type)));
        }
        return values;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
