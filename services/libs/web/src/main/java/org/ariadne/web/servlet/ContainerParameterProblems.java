package org.ariadne.web.servlet;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Tomcat refuses to decode a form body or query string that is not valid percent-encoded text (a JSON body sent as
 * {@code application/x-www-form-urlencoded} with a {@code %} in it, for instance) by throwing where Spring first reads
 * the parameters. It is the client's error: 400, not the 500 the catch-all would give.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContainerParameterProblems {

    static ProblemException problem() {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The form body or query string is not valid "
                + "percent-encoded UTF-8 (a % sign is written %25); this API reads JSON bodies sent as application/json");
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
        return ProblemResponses.entity(problem());
    }
}
