package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.URI_TEMPLATE_VARIABLES_ATTRIBUTE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.gateway.routing.SynchronousRouteLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

/**
 * The deployed gateway looks its routes up with {@link SynchronousRouteLookup}, and routes every path as Spring Cloud
 * Gateway's own {@link RoutePredicateHandlerMapping} does over the same routes: the same route, the same URI template
 * variables (the tenant), and nothing where it finds nothing.
 */
class RouteLookupTest extends GatewayTestSupport {

    @Autowired
    RoutePredicateHandlerMapping handlerMapping;

    @Autowired
    FilteringWebHandler webHandler;

    @Autowired
    RouteLocator routeLocator;

    @Autowired
    GlobalCorsProperties cors;

    @Autowired
    Environment environment;

    @Test
    void theGatewayLooksItsRoutesUpSynchronously() {
        assertThat(handlerMapping).isInstanceOf(SynchronousRouteLookup.class);
    }

    @Test
    void everyPathGoesWhereSpringCloudGatewaysOwnLookupSendsIt() {
        RoutePredicateHandlerMapping springCloudGateways = new RoutePredicateHandlerMapping(webHandler, routeLocator, cors, environment);
        List<String> paths = new ArrayList<>(List.of(
                "/api/t/ba-04/plans", "/api/t/ba-04/plans/p1/nodes", "/api/t/me/monitoring/roll-ups", "/api/t/xk/funding/lines",
                "/api/t/si/partners/organisations", "/api/t/ba-04/identity/users", "/api/t/ba-04/unknown", "/api/t/ba-04",
                "/api/t//plans", "/api/t/ba-04/plansx", "/api/donor/funding/lines", "/api/admin/partners/organisations",
                "/api/admin/tenant-imports", "/api/admin/tenant-imports/1", "/api/admin/tenants", "/oauth2/token", "/login",
                "/logout", "/.well-known/openid-configuration", "/userinfo", "/connect/register", "/default-ui.css",
                "/invitations/abc", "/", "/t/ba-04", "/admin/tenants", "/donor", "/donor/x", "/sign-in/callback", "/sign-out",
                "/language", "/assets/app.css", "/favicon.ico", "/v3/api-docs/identity", "/v3/api-docs/plans",
                "/v3/api-docs/monitoring", "/v3/api-docs/funding", "/v3/api-docs/partners", "/v3/api-docs", "/swagger-ui.html",
                "/fallback/plans", "/actuator/health", "/nowhere", "/API/T/ba-04/plans", "/api/t/ba-04/plans/"));
        int matched = 0;
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE)) {
                Lookup ours = lookUp(handlerMapping, method, path);
                Lookup theirs = lookUp(springCloudGateways, method, path);
                assertThat(ours).as("%s %s", method, path).isEqualTo(theirs);
                matched += ours.routeId() == null ? 0 : 1;
            }
        }
        assertThat(matched).as("paths that found a route").isGreaterThan(paths.size() * 2);
    }

    private record Lookup(boolean handled, String routeId, Object uriVariables) {
    }

    private static Lookup lookUp(RoutePredicateHandlerMapping mapping, HttpMethod method, String path) {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
        Object handler = mapping.getHandler(exchange).block(Duration.ofSeconds(5));
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        return new Lookup(handler != null, route == null ? null : route.getId(), exchange.getAttribute(URI_TEMPLATE_VARIABLES_ATTRIBUTE));
    }
}
