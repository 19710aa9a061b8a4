package org.ariadne.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes catalogue problems as {@code application/problem+json} straight onto a reactive response. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.parseMediaType(Problems.MEDIA_TYPE);

    private ProblemResponses() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, Problems.of(type, detail));
    }

    public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail, Map<String, Object> properties) {
        return write(exchange, Problems.of(type, detail, properties));
    }

    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (problem.getInstance() == null) {
            problem.setInstance(instanceOf(exchange));
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] body = Problems.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static URI instanceOf(ServerWebExchange exchange) {
        try {
            return URI.create(exchange.getRequest().getPath().value());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
