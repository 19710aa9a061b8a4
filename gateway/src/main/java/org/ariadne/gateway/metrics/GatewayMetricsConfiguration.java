package org.ariadne.gateway.metrics;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationFilter;
import org.ariadne.gateway.tenant.TenantResolutionFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * One timer per request, {@code http.server.requests}, with a {@code route} tag (the route id, {@code none} for what the
 * gateway answers itself: refusals, fallbacks, its own endpoints) and a {@code tenant} tag. Spring Cloud Gateway's own
 * {@code spring.cloud.gateway.requests} timed the same routed calls a second time, at a second meter lookup per
 * request, and missed every request the gateway refused before routing; it is off ({@code application.yaml}).
 * Only tenants that passed the registry check are tagged ({@code none} otherwise), so the values are bounded by the
 * registry; the {@code maximumAllowableTags} guard caps them anyway. The common tag {@code application} comes from
 * {@code management.metrics.tags.application}.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayMetricsConfiguration {

    public static final String TENANT_TAG = "tenant";
    public static final String ROUTE_TAG = "route";
    static final int MAX_TENANTS = 300;

    @Bean
    ObservationFilter routeAndTenantObservationFilter() {
        return context -> {
            if (context instanceof ServerRequestObservationContext server) {
                Object route = server.getAttributes().get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                server.addLowCardinalityKeyValue(KeyValue.of(ROUTE_TAG, route instanceof Route r ? r.getId() : "none"));
                Object tenant = server.getAttributes().get(TenantResolutionFilter.TENANT_ATTRIBUTE);
                server.addLowCardinalityKeyValue(KeyValue.of(TENANT_TAG, tenant == null ? "none" : tenant.toString()));
            }
            return context;
        };
    }

    @Bean
    MeterFilter httpServerRequestsTenantGuard() {
        return MeterFilter.maximumAllowableTags("http.server.requests", TENANT_TAG, MAX_TENANTS, MeterFilter.deny());
    }
}
