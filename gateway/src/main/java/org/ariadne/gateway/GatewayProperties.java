package org.ariadne.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.gateway.*}: how often the tenant registry snapshot is refreshed, and the per-tenant token bucket.
 *
 * @param registryRefresh delay between two reads of {@code platform__registry.tenants}
 * @param rateLimit the token bucket every tenant gets, per gateway instance
 */
@ConfigurationProperties("ariadne.gateway")
public record GatewayProperties(@DefaultValue("2s") Duration registryRefresh, @DefaultValue RateLimit rateLimit) {

    public GatewayProperties {
        if (registryRefresh.isNegative() || registryRefresh.isZero()) {
            throw new IllegalArgumentException("ariadne.gateway.registry-refresh must be positive");
        }
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
}
