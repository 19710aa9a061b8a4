package org.ariadne.gateway;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ariadne.gateway.*}: how often the tenant registry snapshot is refreshed, the per-tenant token bucket, and
 * the cache of validated tokens.
 *
 * @param registryRefresh delay between two reads of {@code platform__registry.tenants}
 * @param rateLimit the token bucket every tenant gets, per gateway instance
 * @param tokenCache how many validated tokens are kept, and for how long at most
 * @param maxRequestSize the largest request body a route accepts unless named in {@code maxRequestSizeByRoute}: the
 *     services' {@code ariadne.web.max-request-size} default
 * @param maxRequestSizeByRoute route id → largest request body, for services with another limit (plans: 10 MB)
 * @param responseTimeout how long a service may leave a routed call without an answer (between two reads of it) before
 *     the call fails (a 503 through the route's circuit breaker)
 */
@ConfigurationProperties("ariadne.gateway")
public record GatewayProperties(@DefaultValue("10s") Duration registryRefresh, @DefaultValue RateLimit rateLimit,
        @DefaultValue TokenCache tokenCache, @DefaultValue("1MB") DataSize maxRequestSize,
        Map<String, DataSize> maxRequestSizeByRoute, @DefaultValue("30s") Duration responseTimeout) {

    public GatewayProperties {
        if (registryRefresh.isNegative() || registryRefresh.isZero()) {
            throw new IllegalArgumentException("ariadne.gateway.registry-refresh must be positive");
        }
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("ariadne.gateway.response-timeout must be positive");
        }
        maxRequestSizeByRoute = maxRequestSizeByRoute == null ? Map.of() : Map.copyOf(maxRequestSizeByRoute);
    }

    /**
     * A token bucket per tenant and gateway instance: {@code capacity} requests at once, refilled at
     * {@code perSecond}. With N gateway replicas a tenant gets up to N times this.
     */
    public record RateLimit(@DefaultValue("200") long capacity, @DefaultValue("100") long perSecond) {
        public RateLimit {
            if (capacity < 1 || perSecond < 1) {
                throw new IllegalArgumentException("ariadne.gateway.rate-limit.capacity and per-second must be at least 1");
            }
        }
    }

    /**
     * Validated tokens, each kept until its {@code exp} and never longer than {@code maxAge} (a key withdrawn from the
     * JWKS is no longer honoured after that).
     */
    public record TokenCache(@DefaultValue("10000") long maxSize, @DefaultValue("5m") Duration maxAge) {
        public TokenCache {
            if (maxSize < 1 || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("ariadne.gateway.token-cache.max-size and max-age must be positive");
            }
        }
    }
}
