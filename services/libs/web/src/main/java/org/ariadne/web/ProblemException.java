package org.ariadne.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A failure a client can act on; rendered as application/problem+json with the catalogue's type and status. */
public class ProblemException extends ErrorResponseException {

    private final ProblemType problemType;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, Object> properties) {
        super(type.status(), Problems.of(type, detail, properties), null);
        this.problemType = type;
    }

    /**
     * Tells the client when trying again makes sense: a {@code Retry-After} header (seconds) and the same figure as the
     * problem's {@code retryAfterSeconds}, for clients that read only the body.
     */
    public ProblemException retryAfter(int seconds) {
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        getBody().setProperty("retryAfterSeconds", seconds);
        return this;
    }

    public ProblemType problemType() {
        return problemType;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException validation(List<FieldProblem> errors) {
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are invalid",
                Map.of("errors", errors));
    }

    @Override
    public String getMessage() {
        ProblemDetail body = getBody();
        return problemType.slug() + ": " + body.getDetail();
    }
}
