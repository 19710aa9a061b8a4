package org.ariadne.gateway.inbound;

import java.util.Map;
import org.ariadne.gateway.problem.ProblemResponses;
import org.ariadne.gateway.tenant.TenantResolutionFilter;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than the service behind the route accepts, with 413 {@code payload-too-large}, before
 * that service is sent more than its limit. A declared {@code Content-Length} above the limit is refused before a byte
 * is read; a chunked body is counted while it streams through (nothing is buffered) and cut off at the limit. The
 * limits match the services' {@code ariadne.web.max-request-size} ({@code ariadne.gateway.max-request-size} and
 * {@code ariadne.gateway.max-request-size-by-route}).
 *
 * <p>A body cut off in the middle of the upstream call surfaces as a {@link ProblemException} through the route's
 * circuit breaker, which ignores it (the client's fault, not the service's) and whose fallback answers that problem
 * instead of 503.
 */
public class RequestSizeLimitFilter implements GlobalFilter, Ordered {

    /** After the tenant check (a caller learns nothing about a tenant it may not use), before the rate limit. */
    public static final int ORDER = TenantResolutionFilter.ORDER + 5;

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByRoute;

    public RequestSizeLimitFilter(long defaultMaxBytes, Map<String, Long> maxBytesByRoute) {
        this.defaultMaxBytes = defaultMaxBytes;
        this.maxBytesByRoute = Map.copyOf(maxBytesByRoute);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        boolean chunked = declared < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return chain.filter(exchange);
        }
        long maxBytes = maxBytesOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
        if (declared > maxBytes) {
            // The client may still be sending: close the connection rather than read what it sends.
            exchange.getResponse().getHeaders().setConnection("close");
            return ProblemResponses.write(exchange, tooLarge(maxBytes).getBody());
        }
        if (!chunked) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limited(super.getBody(), maxBytes);
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    long maxBytesOf(Route route) {
        return route == null ? defaultMaxBytes : maxBytesByRoute.getOrDefault(route.getId(), defaultMaxBytes);
    }

    /** The body as it streams, failing with 413 on the first buffer past the limit (which is released, never sent). */
    static Flux<DataBuffer> limited(Flux<DataBuffer> body, long maxBytes) {
        return Flux.defer(() -> {
            long[] seen = {0};
            return body.handle((buffer, sink) -> {
                seen[0] += buffer.readableByteCount();
                if (seen[0] > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the " + maxBytes
                + " bytes this endpoint accepts; large files go through the import endpoints", Map.of("maxBytes", maxBytes));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
