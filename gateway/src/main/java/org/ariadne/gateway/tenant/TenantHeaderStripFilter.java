package org.ariadne.gateway.tenant;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Before anything else on every route: drop any {@code X-Tenant-Id} the client sent. Only
 * {@link TenantResolutionFilter} sets it, from the path, after checking the token and the registry; on tenant routes
 * it replaces whatever the client sent (or refuses the request), so the header is not removed here first (a copy of
 * every header less per request). Also records the client's URL as the exchange's original request URL (used by the
 * circuit-breaker fallback's problem).
 */
public class TenantHeaderStripFilter implements GlobalFilter, Ordered {

    public static final String TENANT_HEADER = "X-Tenant-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // The client's URL, first in the gateway's original-URL set, so a circuit-breaker fallback can name it.
        ServerWebExchangeUtils.addOriginalRequestUrl(exchange, exchange.getRequest().getURI());
        if (!exchange.getRequest().getHeaders().containsHeader(TENANT_HEADER)
                || exchange.getRequest().getPath().pathWithinApplication().value().startsWith(TenantResolutionFilter.TENANT_PREFIX)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(h -> h.remove(TENANT_HEADER))).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
