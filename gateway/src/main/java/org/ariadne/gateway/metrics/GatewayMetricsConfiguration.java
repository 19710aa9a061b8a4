package org.ariadne.gateway.metrics;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationFilter;
import org.ariadne.gateway.tenant.TenantResolutionFilter;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * A {@code tenant} tag on {@code spring.cloud.gateway.requests} and {@code http.server.requests}. Only tenants that
 * passed the registry check are tagged ({@code none} otherwise), so the values are bounded by the registry; the
 * {@code maximumAllowableTags} guards cap them anyway. The common tag {@code application} comes from
 * {@code management.metrics.tags.application}.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayMetricsConfiguration {

    public static final String TENANT_TAG = "tenant";
    static final int MAX_TENANTS = 300;

    @Bean
    GatewayTagsProvider tenantTagsProvider() {
        return exchange -> Tags.of(TENANT_TAG, tenantOf(exchange.getAttributes().get(TenantResolutionFilter.TENANT_ATTRIBUTE)));
    }

    @Bean
    ObservationFilter tenantObservationFilter() {
        return context -> {
            if (context instanceof ServerRequestObservationContext server) {
                server.addLowCardinalityKeyValue(KeyValue.of(TENANT_TAG,
                        tenantOf(server.getAttributes().get(TenantResolutionFilter.TENANT_ATTRIBUTE))));
            }
            return context;
        };
    }

    @Bean
    MeterFilter gatewayRequestsTenantGuard() {
        return MeterFilter.maximumAllowableTags("spring.cloud.gateway.requests", TENANT_TAG, MAX_TENANTS, MeterFilter.deny());
    }

    @Bean
    MeterFilter httpServerRequestsTenantGuard() {
        return MeterFilter.maximumAllowableTags("http.server.requests", TENANT_TAG, MAX_TENANTS, MeterFilter.deny());
    }

    private static String tenantOf(Object tenant) {
        return tenant == null ? "none" : tenant.toString();
    }
}
