package org.ariadne.e2e;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * A gateway assembled from parts, for {@link GatewayFilterBenchmark}: started from the gateway's own jar (its libraries,
 * its {@code application.yaml}) with this main class instead of {@code GatewayApplication}, so that it has Spring Cloud
 * Gateway and Boot's auto-configuration but only the gateway configurations named in the system property
 * {@code bench.gateway.configurations} (class names, comma-separated). The benchmark also narrows the routes and
 * excludes auto-configurations (security, the server observation) through system properties.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan("org.ariadne.gateway")
@Import(GatewayVariant.Configurations.class)
public class GatewayVariant {

    public static void main(String[] args) {
        SpringApplication.run(GatewayVariant.class, args);
    }

    /** The gateway's own configuration classes this variant has. */
    public static class Configurations implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            String named = System.getProperty("bench.gateway.configurations", "");
            return named.isBlank() ? new String[0] : named.split(",");
        }
    }
}
