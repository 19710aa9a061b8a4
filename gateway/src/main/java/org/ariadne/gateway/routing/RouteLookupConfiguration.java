package org.ariadne.gateway.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.accept.ApiVersionStrategy;

/**
 * Routes are looked up by {@link SynchronousRouteLookup}. Spring Cloud Gateway's auto-configuration creates its own
 * {@link RoutePredicateHandlerMapping} only when there is none ({@code @ConditionalOnMissingBean}); this one is built
 * from the same parts the same way (the caching route locator, the global CORS settings, the API version strategy if
 * any), so its order, CORS handling and management-port check are Spring Cloud Gateway's.
 */
@Configuration(proxyBeanMethods = false)
public class RouteLookupConfiguration {

    @Bean
    RoutePredicateHandlerMapping routePredicateHandlerMapping(FilteringWebHandler webHandler, RouteLocator routeLocator,
            GlobalCorsProperties cors, Environment environment, ObjectProvider<ApiVersionStrategy> apiVersionStrategy) {
        SynchronousRouteLookup lookup = new SynchronousRouteLookup(webHandler, routeLocator, cors, environment);
        apiVersionStrategy.ifAvailable(lookup::setApiVersionStrategy);
        return lookup;
    }
}
