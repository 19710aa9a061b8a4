package org.ariadne.webapp.shell;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;

/**
 * What is wrong with a form, field by field, shown next to each field after the form comes back: the key of a text
 * in the user's language (the page's own checks) or the service's own words (a field the service refused, named by
 * its JSON pointer). Field names are the pointers without the leading slash and with dots: {@code allocations.0.amount}.
 */
public record FieldErrors(Map<String, String> keys, Map<String, String> details) implements Serializable {

    public static final String FLASH = "errors";

    public FieldErrors {
        keys = new LinkedHashMap<>(keys);
        details = new LinkedHashMap<>(details);
    }

    public static FieldErrors of(Map<String, String> keys) {
        return new FieldErrors(keys, Map.of());
    }

    /** The fields of a {@code validation-failed} problem; a problem without fields gives none. */
    public static FieldErrors of(ApiProblemException problem) {
        Map<String, String> details = new LinkedHashMap<>();
        problem.fieldErrors().forEach(f -> details.merge(field(f.pointer()), f.detail(), (a, b) -> a + "; " + b));
        return new FieldErrors(Map.of(), details);
    }

    static String field(String pointer) {
        String name = pointer == null ? "" : pointer.strip();
        return (name.startsWith("/") ? name.substring(1) : name).replace('/', '.');
    }

    /** The same errors with every field below {@code field} ({@code links.0}, {@code links.1.code}) shown on it. */
    public FieldErrors collapsed(String field) {
        Map<String, String> merged = new LinkedHashMap<>();
        details.forEach((name, detail) -> merged.merge(name.startsWith(field + ".") ? field : name, detail, (a, b) -> a + "; " + b));
        return new FieldErrors(keys, merged);
    }

    public boolean has(String field) {
        return keys.containsKey(field) || details.containsKey(field);
    }

    public boolean isEmpty() {
        return keys.isEmpty() && details.isEmpty();
    }

    /** The text key of the page's own check on the field, or the generic "the service refused this value". */
    public String key(String field) {
        return keys.getOrDefault(field, details.containsKey(field) ? "form.refused" : null);
    }

    public String detail(String field) {
        return details.get(field);
    }
}
