package org.ariadne.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Target of every route's circuit-breaker {@code fallbackUri: forward:/fallback/<service>}: a 503
 * {@code upstream-unavailable} problem naming the service, never an HTML page — unless the call failed because the
 * gateway refused the client's request on the way (a {@link ProblemException}, e.g. a body over the limit), which is
 * answered as that problem. The forward is dispatched inside
 * the gateway; a client calling {@code /fallback/**} directly is refused by GatewaySecurity.
 */
@Configuration(proxyBeanMethods = false)
public class FallbackRoutes {

    public static final String PATH = "/fallback";
    static final Set<String> SERVICES = Set.of("identity", "plans", "monitoring", "funding", "partners");
    private static final Logger log = LoggerFactory.getLogger(FallbackRoutes.class);

    @Bean
    RouterFunction<ServerResponse> fallbackRouter() {
        return RouterFunctions.route(RequestPredicates.path(PATH + "/{service}"), FallbackRoutes::fallback);
    }

    /** The path the client called, before the forward to /fallback. */
    private static String originalPath(ServerRequest request) {
        Set<URI> urls = request.exchange().getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (urls == null || urls.isEmpty()) {
            return null;
        }
        return urls.iterator().next().getRawPath();
    }

    static Mono<ServerResponse> fallback(ServerRequest request) {
        String service = request.pathVariable("service");
        if (!SERVICES.contains(service)) {
            service = "unknown";
        }
        Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String originalPath = originalPath(request);
        ProblemException refusal = refusalIn(cause);
        ProblemDetail problem;
        if (refusal != null) {
            // the gateway itself stopped the call because of the client's request (a body over the limit): that
            // problem, not a 503 that would send the client retrying
            problem = refusal.getBody();
        } else {
            log.warn("Service {} unavailable for {}: {}", service, originalPath, cause == null ? "no cause" : cause.toString());
            problem = Problems.of(ProblemType.UPSTREAM_UNAVAILABLE,
                    "The " + service + " service is not available right now; try again shortly", Map.of("service", service));
        }
        if (originalPath != null) {
            problem.setInstance(URI.create(originalPath));
        }
        ServerResponse.BodyBuilder response = ServerResponse.status(problem.getStatus()).contentType(ProblemResponses.PROBLEM_JSON);
        if (refusal == null) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(BodyInserters.fromValue(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8)));
    }

    /** A problem the gateway raised about the client's request, wherever it sits in the cause chain. */
    private static ProblemException refusalIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
