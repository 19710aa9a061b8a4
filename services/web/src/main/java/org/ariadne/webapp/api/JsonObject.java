package org.ariadne.webapp.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as the pages read it: a field the service left out reads as {@code null}, exactly like a field sent
 * as {@code null}. Templates navigate answers with {@code ${job.problem}}; Spring's expression language would fail on
 * a missing map key, and services leave empty fields out (jobs) or add fields over time (additive API changes).
 */
public final class JsonObject extends LinkedHashMap<String, Object> {

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    /** The same JSON with every object (at any depth) a {@link JsonObject}. */
    @SuppressWarnings("unchecked")
    public static Object wrap(Object json) {
        if (json instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, value) -> object.put(String.valueOf(key), wrap(value)));
            return object;
        }
        if (json instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(wrap(item)));
            return items;
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> wrapObject(Map<String, Object> json) {
        return json == null ? new JsonObject() : (Map<String, Object>) wrap(json);
    }
}
