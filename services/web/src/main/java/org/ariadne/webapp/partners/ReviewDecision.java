package org.ariadne.webapp.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coordinator's decision on a printed name from the review queue, as the form sends it, turned into the partners
 * API's request. A form that cannot be a decision (no action, nothing chosen, a kind the registry does not know) is
 * refused here, with the text key the page shows, before anything is sent.
 */
public record ReviewDecision(String key, String action, String institutionId, String name, String kind) {

    /** The institution kinds the registry knows (partners' InstitutionKind), in the order the form offers them. */
    public static final List<String> KINDS = List.of("government", "ministry", "police", "prosecution", "judiciary", "agency",
            "coordination_office", "coordination_body", "independent_body", "local_government", "public_service", "ngo",
            "international_org", "donor", "collective", "other");

    static final int MAX_NAME = 500;

    /** The message key of what is missing or wrong, when the form is not a decision. */
    public Optional<String> problem() {
        if (blank(key) || key.length() > 1000) {
            return Optional.of("partners.review.invalid");
        }
        if ("resolve".equals(action)) {
            return blank(institutionId) || institutionId.length() > 100 ? Optional.of("partners.review.chooseInstitution")
                    : Optional.empty();
        }
        if ("create".equals(action)) {
            if (blank(name) || name.strip().length() > MAX_NAME) {
                return Optional.of("partners.review.nameRequired");
            }
            return kind == null || !KINDS.contains(kind) ? Optional.of("partners.review.kindRequired") : Optional.empty();
        }
        return "generic".equals(action) ? Optional.empty() : Optional.of("partners.review.invalid");
    }

    /** The body of {@code POST /partners/review/decisions}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("action", action);
        if ("resolve".equals(action)) {
            body.put("institutionId", institutionId.strip());
        } else if ("create".equals(action)) {
            body.put("institution", Map.of("name", name.strip(), "kind", kind));
        }
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
