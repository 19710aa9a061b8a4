package org.ariadne.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.ariadne.messaging.MessagingAutoConfiguration.TraceparentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * What every service reports the same way: common tags, a bounded {@code tenant} tag on HTTP server metrics, and the
 * W3C trace context that the outbox stores so a trace continues across Kafka.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration"})
public class ObservabilityAutoConfiguration {

    /** Tenants are a bounded set (a few hundred at most); the guard keeps a bug from exploding the series. */
    static final int MAX_TENANT_TAGS = 300;

    /** No batch span or log record processor, each with a thread that wakes on its schedule, while nothing is exported. */
    @Bean
    static UnexportedBatchProcessors unexportedBatchProcessors() {
        return new UnexportedBatchProcessors();
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> ariadneCommonTags(@Value("${spring.application.name}") String service,
            @Value("${ariadne.environment:local}") String environment) {
        return registry -> registry.config()
                .commonTags("application", "ariadne", "service", service, "env", environment)
                .meterFilter(MeterFilter.maximumAllowableTags("http.server.requests", "tenant", MAX_TENANT_TAGS, MeterFilter.deny()))
                .meterFilter(MeterFilter.maximumAllowableTags("outbox.pending", "tenant", MAX_TENANT_TAGS, MeterFilter.deny()))
                .meterFilter(MeterFilter.maximumAllowableTags("dlt.records", "tenant", MAX_TENANT_TAGS, MeterFilter.deny()));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"jakarta.servlet.http.HttpServletRequest",
            "org.springframework.http.server.observation.ServerRequestObservationContext"})
    static class ServletTenantTag {

        /** Adds the verified tenant (set by lib-tenancy's filter) to HTTP server observations, "none" outside tenants. */
        @Bean
        ObservationFilter tenantObservationFilter() {
            return context -> {
                if (context instanceof ServerRequestObservationContext request) {
                    Object tenant = request.getCarrier().getAttribute("org.ariadne.tenancy.tenant");
                    context.addLowCardinalityKeyValue(KeyValue.of("tenant", tenant == null ? "none" : tenant.toString()));
                }
                return context;
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.tracing.Tracer", "org.ariadne.messaging.MessagingAutoConfiguration"})
    static class OutboxTraceContext {

        /** The current span as a W3C traceparent, stored with each outbox event and sent as its Kafka header. */
        @Bean
        TraceparentSource traceparentSource(ObjectProvider<Tracer> tracers) {
            return () -> {
                Tracer tracer = tracers.getIfAvailable();
                Span span = tracer == null ? null : tracer.currentSpan();
                if (span == null) {
                    return null;
                }
                return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-"
                        + (Boolean.TRUE.equals(span.context().sampled()) ? "01" : "00");
            };
        }
    }
}
