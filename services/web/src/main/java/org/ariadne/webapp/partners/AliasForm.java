package org.ariadne.webapp.partners;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One more way the plans print an institution's name: the spelling exactly as printed, and what kind of spelling it is. */
public record AliasForm(String text, String kind) implements Serializable {

    /** The kinds a spelling of an institution can be (partners' AliasKind without "generic", which names no institution). */
    public static final List<String> KINDS = List.of("variant", "acronym", "typo", "ocr", "truncated", "translation", "name");

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.strip().length() > 500) {
            problems.put("alias.text", "partners.alias.textRequired");
        }
        if (kind == null || !KINDS.contains(kind)) {
            problems.put("alias.kind", "partners.alias.kindRequired");
        }
        return problems;
    }

    /** The body of {@code POST /partners/aliases}: one alias of the institution. */
    public Map<String, Object> body(String institutionId) {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("text", text.strip());
        alias.put("kind", kind);
        alias.put("institutionId", institutionId);
        return Map.of("aliases", List.of(alias));
    }
}
