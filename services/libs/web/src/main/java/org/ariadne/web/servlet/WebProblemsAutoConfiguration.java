package org.ariadne.web.servlet;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.ariadne.web.json.StrictJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Problem details for every error a servlet service can answer — from controllers, filters, {@code /error} and the
 * servlet container itself — strict JSON reading, the text rule for paths and query parameters, and the body size
 * limit. Services must not set {@code spring.mvc.problemdetails.enabled}: Boot's own handler would then answer before
 * {@link ProblemHandler}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
public class WebProblemsAutoConfiguration {

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    /** Replaces Boot's error controller (whose answers are not problems) for everything forwarded to /error. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
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

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Unknown, mistyped, coerced, unbounded or control-character input is refused at the boundary (StrictJson). */
    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return StrictJson::apply;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.ariadne.messaging.OutboxFullException")
    static class Outbox {
        @Bean
        OutboxProblems outboxProblems() {
            return new OutboxProblems();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.mongodb.MongoException")
    static class Mongo {
        @Bean
        MongoProblems mongoProblems() {
            return new MongoProblems();
        }
    }

    /** The OpenAPI document states our constraints that springdoc does not read itself (dates, maps and their values). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.PropertyCustomizer")
    static class OpenApi {
        @Bean
        org.springdoc.core.customizers.PropertyCustomizer constraintProperties() {
            return org.ariadne.web.openapi.ConstraintDocumentation.properties();
        }

        @Bean
        org.springdoc.core.customizers.ParameterCustomizer constraintParameters() {
            return org.ariadne.web.openapi.ConstraintDocumentation.parameters();
        }

        @Bean
        org.ariadne.web.openapi.RequestModelConstraints requestModelConstraints() {
            return new org.ariadne.web.openapi.RequestModelConstraints();
        }
    }

    /** Tomcat's own refusals (bad request targets, long request lines) as problems instead of its HTML page. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class Container {
        @Bean
        ContainerParameterProblems containerParameterProblems() {
            return new ContainerParameterProblems();
        }

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        useProblemErrorReports(host);
                    }
                });
            });
        }

        /** Whatever error report valves others added (Boot adds one), ours is the only one left. */
        private static void useProblemErrorReports(Host host) {
            boolean ours = false;
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ContainerErrors) {
                    ours = true;
                } else if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ContainerErrors.class.getName());
            }
            if (!ours) {
                host.getPipeline().addValve(new ContainerErrors());
            }
        }
    }
}
