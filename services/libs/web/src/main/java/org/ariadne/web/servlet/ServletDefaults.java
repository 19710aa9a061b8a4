package org.ariadne.web.servlet;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Web server defaults every service shares (lowest precedence, a service or the environment overrides them).
 * <p>
 * Tomcat closes a keep-alive connection after 100 requests by default. Every request reaches a service through the
 * gateway's connection pool, so that default made the gateway open a new connection every 100 requests per pooled
 * connection, and the request that met the close paid the reconnection. 10,000 keeps the connections in use (the
 * pool's idle limit, below Tomcat's keep-alive timeout, still retires quiet ones) while still recycling each
 * connection now and then, so that connections spread again over the replicas after a scale-out.
 */
public class ServletDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ariadneServletDefaults",
                Map.of("server.tomcat.max-keep-alive-requests", "10000")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
