package org.ariadne.web.servlet;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.Optional;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database out of reach (a restart, a failover, a cut connection, no server to select) is not the client's fault
 * and not a bug: {@code 503 upstream-unavailable} with {@code Retry-After}, never {@code 500 internal-error}. Its own
 * advice, registered where the MongoDB driver is on the classpath.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MongoProblems {

    /** Seconds a client waits before it tries again: a restarted wire server or an elected primary answers by then. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(MongoProblems.class);

    @ExceptionHandler({MongoSocketException.class, MongoTimeoutException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, MongoServerUnavailableException.class,
            MongoConnectionPoolClearedException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return entity(problem());
    }

    /** The problem for a database out of reach anywhere in {@code error}'s causes, for callers outside MVC. */
    static Optional<ProblemException> find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException || t instanceof MongoNotPrimaryException
                    || t instanceof MongoNodeIsRecoveringException || t instanceof MongoServerUnavailableException
                    || t instanceof MongoConnectionPoolClearedException) {
                return Optional.of(problem());
            }
        }
        return Optional.empty();
    }

    static ProblemException problem() {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "The service's database did not answer; try again in "
                + RETRY_AFTER_SECONDS + " seconds. A change cut off this way may or may not have been saved: read the "
                + "resource before you repeat it (a change sent with If-Match is never applied twice).",
                java.util.Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
    }

    static ResponseEntity<ProblemDetail> entity(ProblemException problem) {
        return ResponseEntity.status(problem.getStatusCode()).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.ariadne.web.Problems.MEDIA_TYPE))
                .body(problem.getBody());
    }
}
