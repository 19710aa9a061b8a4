package org.ariadne.web.servlet;

import org.ariadne.messaging.OutboxFullException;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A full outbox is not the client's fault and loses nothing: 503 {@code upstream-unavailable}, retry shortly. Its
 * own advice, registered only where lib-messaging is on the classpath.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutboxProblems {

    @ExceptionHandler(OutboxFullException.class)
    ResponseEntity<ProblemDetail> outboxFull(OutboxFullException e) {
        return ProblemResponses.entity(new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, e.getMessage()));
    }
}
