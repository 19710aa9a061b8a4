package org.ariadne.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Every service keeps the gateway's pooled connections open for many requests, unless it says otherwise. */
class ServletDefaultsTest {

    @Test
    void everyServiceRegistersTheDefaultsAndKeepsAConnectionOpenFor10000Requests() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getEnvironment().getProperty("server.tomcat.max-keep-alive-requests", Integer.class)).isEqualTo(10_000);
        }
    }

    @Test
    void aServiceOrItsEnvironmentOverridesTheDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("server.tomcat.max-keep-alive-requests", "500")));
        new ServletDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.tomcat.max-keep-alive-requests", Integer.class)).isEqualTo(500);
    }

    /** An application with nothing in it: what the environment holds comes from the registered post-processors. */
    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
