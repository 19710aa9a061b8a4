package org.ariadne.webapp.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.ariadne.webapp.api.ApiProblemException;

/**
 * A message shown once at the top of the next page (after a form was sent): {@code key} names the text in the
 * user's language; for a refused request the problem's stable code, the service's own detail and the failing fields.
 */
public record Notice(String kind, String key, String detail, List<String> fields) implements Serializable {

    public static final String FLASH = "notice";

    /** The problem codes the pages have a text for; any other code shows the generic one. */
    private static final Set<String> KNOWN = Set.of("malformed-request", "validation-failed", "payload-too-large",
            "unsupported-media-type", "tenant-missing", "tenant-invalid", "tenant-forbidden", "tenant-inactive", "unauthenticated",
            "forbidden", "not-found", "method-not-allowed", "conflict", "concurrent-modification", "precondition-failed",
            "precondition-required", "rate-limited", "upstream-unavailable", "internal-error");

    public static Notice success(String key) {
        return new Notice("success", key, null, List.of());
    }

    public static Notice of(ApiProblemException problem) {
        return new Notice("error", messageKey(problem.slug()), problem.detail(),
                problem.fieldErrors().stream().map(f -> f.pointer() + ": " + f.detail()).toList());
    }

    public static String messageKey(String slug) {
        return "problem." + (KNOWN.contains(slug) ? slug : "other");
    }
}
