package org.ariadne.web.servlet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.DeserializationFeature;

/**
 * Problem details, strict JSON reading and the body size limit for every servlet service. Services must not set
 * {@code spring.mvc.problemdetails.enabled}: Boot's own handler would then answer before {@link ProblemHandler}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
public class WebProblemsAutoConfiguration {

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${ariadne.web.max-request-size:1MB}") DataSize maxRequestSize,
            @Value("${ariadne.web.max-request-size-by-path:}") java.util.List<String> byPath) {
        // "prefix=size" entries, e.g. identity's archive upload: /api/admin/tenant-imports=512MB
        java.util.Map<String, Long> limits = new java.util.LinkedHashMap<>();
        for (String entry : byPath) {
            int equals = entry.lastIndexOf('=');
            if (equals > 0) {
                limits.put(entry.substring(0, equals).strip(), DataSize.parse(entry.substring(equals + 1).strip()).toBytes());
            }
        }
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxRequestSize.toBytes(), limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "org.ariadne.messaging.OutboxFullException")
    static class Outbox {
        @Bean
        OutboxProblems outboxProblems() {
            return new OutboxProblems();
        }
    }

    /** Unknown or mistyped fields are refused at the boundary instead of being silently dropped. */
    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
