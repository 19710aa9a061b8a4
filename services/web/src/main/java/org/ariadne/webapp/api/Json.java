package org.ariadne.webapp.api;

import java.util.List;
import java.util.Map;

/** Safe reads of the API's JSON (maps and lists) for the pages' own logic; templates read the maps directly. */
public final class Json {

    private Json() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object map, String field) {
        if (map instanceof Map<?, ?> m && m.get(field) instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object map, String field) {
        if (map instanceof Map<?, ?> m && m.get(field) instanceof Map<?, ?> value) {
            return (Map<String, Object>) value;
        }
        return Map.of();
    }

    public static String text(Object map, String field) {
        if (map instanceof Map<?, ?> m && m.get(field) != null) {
            return String.valueOf(m.get(field));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object map, String field) {
        if (map instanceof Map<?, ?> m && m.get(field) instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
