package org.ariadne.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import org.ariadne.gateway.GatewayProperties;
import org.ariadne.gateway.problem.ProblemResponses;
import org.ariadne.gateway.tenant.TenantResolutionFilter;
import org.ariadne.tenancy.TenantId;
import org.ariadne.web.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A token bucket per tenant (Bucket4j, in memory) on tenant routes, after the tenant is resolved: when it is
 * empty the answer is 429 {@code rate-limited} with {@code Retry-After}. The buckets live in this gateway instance
 * only: with N replicas behind a load balancer a tenant can reach up to N times the configured rate. That is the
 * intended trade-off (no shared store on the request path); a cluster-wide limit would need a distributed
 * Bucket4j proxy manager.
 */
public class TenantRateLimitFilter implements GlobalFilter, Ordered {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final LoadingCache<TenantId, Bucket> buckets;

    public TenantRateLimitFilter(GatewayProperties.RateLimit limit) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterAccess(Duration.ofHours(1))
                .build(tenant -> Bucket.builder()
                        .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                                .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
                        .build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        TenantId tenant = exchange.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        if (tenant == null) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = buckets.get(tenant).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
            return chain.filter(exchange);
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        exchange.getResponse().getHeaders().set(REMAINING_HEADER, "0");
        return ProblemResponses.write(exchange, ProblemType.RATE_LIMITED,
                "Too many requests for tenant '" + tenant + "'; retry after " + retryAfterSeconds + " s",
                Map.of("tenant", tenant.value(), "retryAfterSeconds", retryAfterSeconds));
    }

    @Override
    public int getOrder() {
        return TenantResolutionFilter.ORDER + 10;
    }
}
