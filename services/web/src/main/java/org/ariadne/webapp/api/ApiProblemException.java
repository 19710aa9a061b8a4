package org.ariadne.webapp.api;

import java.util.List;
import java.util.Map;

/**
 * A service answered with an RFC 9457 problem (or could not be reached). {@code slug} is the stable part of the
 * problem's {@code type} ({@code urn:ariadne:problem:<slug>}): pages translate it into the user's language and show
 * the service's own {@code detail} (English) only as a detail.
 */
public class ApiProblemException extends RuntimeException {

    public static final String TYPE_PREFIX = "urn:ariadne:problem:";

    private final int status;
    private final String slug;
    private final String detail;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> body;

    public ApiProblemException(int status, String slug, String detail, List<FieldError> fieldErrors, Map<String, Object> body) {
        super(status + " " + slug + ": " + detail);
        this.status = status;
        this.slug = slug;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The stable code, e.g. {@code conflict}, {@code validation-failed}, {@code upstream-unavailable}. */
    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> body() {
        return body;
    }

    /** One failing field of a {@code validation-failed} problem: its JSON pointer and the service's words. */
    public record FieldError(String pointer, String detail) {
    }
}
