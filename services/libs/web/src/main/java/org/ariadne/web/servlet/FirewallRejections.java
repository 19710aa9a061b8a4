package org.ariadne.web.servlet;

import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring Security's firewall checks header values when they are read, i.e. possibly inside a controller: a value
 * with control bytes (raw UTF-8 letters, for instance) then throws from our own code. It is the client's error, so a
 * 400 problem, not the 500 the catch-all handler would give.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirewallRejections {

    /** The one problem for a refused request, wherever the firewall refused it. */
    static ProblemException problem(RequestRejectedException e) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The request was refused: " + e.getMessage()
                + ". Header values must be printable ASCII; send other text percent-encoded (UTF-8).");
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ProblemResponses.entity(problem(e));
    }
}
