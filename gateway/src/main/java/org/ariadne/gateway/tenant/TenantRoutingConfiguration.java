package org.ariadne.gateway.tenant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.ariadne.gateway.GatewayProperties;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry snapshot, its gauges, and the two tenant filters. */
@Configuration(proxyBeanMethods = false)
public class TenantRoutingConfiguration {

    @Bean
    TenantRegistry tenantRegistry(TenantDatabases databases, GatewayProperties properties, MeterRegistry meters) {
        TenantRegistry registry = new TenantRegistry(databases, properties.registryRefresh());
        Gauge.builder("ariadne.gateway.registry.age", registry, TenantRegistry::ageSeconds)
                .description("Seconds since the tenant registry snapshot was last read")
                .baseUnit("seconds").register(meters);
        Gauge.builder("ariadne.gateway.registry.tenants", registry, TenantRegistry::size)
                .description("Tenants in the registry snapshot").register(meters);
        return registry;
    }

    @Bean
    TenantHeaderStripFilter tenantHeaderStripFilter() {
        return new TenantHeaderStripFilter();
    }

    @Bean
    TenantResolutionFilter tenantResolutionFilter(TenantRegistry registry) {
        return new TenantResolutionFilter(registry);
    }
}
