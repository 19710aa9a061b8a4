package org.ariadne.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Operational defaults every service shares (lowest precedence): health with probes, Prometheus, log lines that
 * carry trace id, span id and tenant, traces sampled but exported only when an OTLP endpoint is configured.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("management.opentelemetry.logging.export.otlp.enabled", "false");
        defaults.put("logging.pattern.correlation", "[%X{traceId:-},%X{spanId:-},%X{tenant:-}] ");
        defaults.put("spring.main.banner-mode", "off");
        environment.getPropertySources().addLast(new MapPropertySource("ariadneObservabilityDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
