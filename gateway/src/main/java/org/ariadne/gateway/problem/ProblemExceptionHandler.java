package org.ariadne.gateway.problem;

import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises (no route → 404, method not allowed, upstream timeouts outside a breaker,
 * unexpected failures) becomes a catalogue problem; runs before Boot's HTML/JSON error handler (order -1).
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return ProblemResponses.write(exchange, problemFor(exchange, ex));
    }

    private static ProblemDetail problemFor(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof ProblemException problem) {
            return problem.getBody();
        }
        if (ex instanceof ResponseStatusException status) {
            int code = status.getStatusCode().value();
            if (code == 404) {
                return Problems.of(ProblemType.NOT_FOUND, "No route for " + exchange.getRequest().getPath().value());
            }
            if (code == 502 || code == 503 || code == 504) {
                return Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, "The service behind this route did not answer in time");
            }
            ProblemType type = ProblemType.forStatus(code);
            if (type == ProblemType.INTERNAL_ERROR) {
                log.error("Gateway error on {}", exchange.getRequest().getPath(), ex);
                return Problems.of(type, "Internal error");
            }
            return Problems.of(type, status.getReason() != null ? status.getReason() : type.title());
        }
        log.error("Unexpected gateway error on {}", exchange.getRequest().getPath(), ex);
        return Problems.of(ProblemType.INTERNAL_ERROR, "Internal error");
    }
}
