package org.ariadne.gateway.ratelimit;

import org.ariadne.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    TenantRateLimitFilter tenantRateLimitFilter(GatewayProperties properties) {
        return new TenantRateLimitFilter(properties.rateLimit());
    }
}
