package org.ariadne.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The one catalogue of problem types every Ariadne component answers with (RFC 9457).
 * The slug is part of the public API: it never changes meaning; each one is documented in docs/errors/SLUG.md.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    VALIDATION_FAILED("validation-failed", HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed"),
    EXCHANGE_RATE_MISSING("exchange-rate-missing", HttpStatus.UNPROCESSABLE_CONTENT, "Exchange rate missing"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long"),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    TENANT_MISSING("tenant-missing", HttpStatus.BAD_REQUEST, "Tenant missing"),
    TENANT_INVALID("tenant-invalid", HttpStatus.BAD_REQUEST, "Invalid tenant id"),
    TENANT_FORBIDDEN("tenant-forbidden", HttpStatus.FORBIDDEN, "Tenant not allowed"),
    TENANT_INACTIVE("tenant-inactive", HttpStatus.FORBIDDEN, "Tenant not active"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    GONE("gone", HttpStatus.GONE, "Gone"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    CONCURRENT_MODIFICATION("concurrent-modification", HttpStatus.CONFLICT, "Concurrent modification"),
    ALIAS_CONFLICT("alias-conflict", HttpStatus.CONFLICT, "Alias names another institution"),
    INSTITUTION_MERGED("institution-merged", HttpStatus.CONFLICT, "Institution was merged"),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match required"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    SIGN_IN_THROTTLED("sign-in-throttled", HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Prefix of every problem type URI; the slug after it names docs/errors/SLUG.md. */
    public static final String TYPE_PREFIX = "urn:ariadne:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() { return slug; }
    public HttpStatus status() { return status; }
    public String title() { return title; }
    public URI uri() { return URI.create(TYPE_PREFIX + slug); }

    /** The catalogue entry for an HTTP status that Spring raised without a domain exception. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_FAILED;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
