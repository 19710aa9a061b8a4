package org.ariadne.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_ROUTE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.cloud.gateway.event.RefreshRoutesResultEvent;
import org.springframework.cloud.gateway.handler.AsyncPredicate;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.CachingRouteLocator;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link SynchronousRouteLookup} against Spring Cloud Gateway's own lookup over the same routes, with every kind of
 * answer a predicate can give: at once ({@code Mono.just}), later (a delayed one), combined with {@code and}/{@code or},
 * empty, an error, or an exception thrown while asked. Both must ask the same predicates in the same order, pick the
 * same route and fail the same way; and a refresh of the routes must reach the lookup.
 */
class SynchronousRouteLookupTest {

    private static final String ASKED = "test.asked";

    @Test
    void picksTheRouteSpringCloudGatewayPicksAskingTheSamePredicatesInTheSameOrder() {
        List<Route> routes = List.of(
                route("throws", path -> {
                    if (path.startsWith("/boom")) {
                        throw new IllegalStateException("predicate failed");
                    }
                    return Mono.just(false);
                }),
                route("fails", path -> path.contains("fail-now") ? Mono.error(new IllegalStateException("answered an error")) : Mono.just(false)),
                route("empty", path -> Mono.empty()),
                route("fails-later", path -> Mono.delay(Duration.ofMillis(1))
                        .flatMap(tick -> path.contains("fail-later") ? Mono.error(new IllegalStateException("answered an error later"))
                                : Mono.just(false))),
                route("now", path -> Mono.just(path.startsWith("/now"))),
                route("later", path -> Mono.delay(Duration.ofMillis(1)).map(tick -> path.startsWith("/later"))),
                Route.async().id("both").uri("http://both").asyncPredicate(asked("both-left", path -> Mono.just(path.startsWith("/both")))
                        .and(asked("both-right", path -> Mono.just(path.endsWith("/x"))))).build(),
                Route.async().id("either").uri("http://either").asyncPredicate(asked("either-left", path -> Mono.just(path.startsWith("/e1")))
                        .or(asked("either-right", path -> Mono.just(path.startsWith("/e2"))))).build(),
                route("after-async", path -> Mono.just(!path.startsWith("/none"))));
        RouteLocator locator = () -> Flux.fromIterable(routes);
        SynchronousRouteLookup ours = lookup(locator);
        RoutePredicateHandlerMapping springCloudGateways = new RoutePredicateHandlerMapping(
                new FilteringWebHandler(List.of(), false), locator, new GlobalCorsProperties(), new MockEnvironment());

        for (String path : List.of("/now/1", "/later/1", "/both/x", "/both/y", "/e1", "/e2", "/other", "/boom", "/fail-now", "/now",
                "/fail-later", "/none", "/none/fail-now", "/none/fail-later", "/none/fail-now/fail-later")) {
            // twice: the first lookup takes the routes, the second uses them
            for (int i = 0; i < 2; i++) {
                assertThat(lookUp(ours, path)).as(path).isEqualTo(lookUp(springCloudGateways, path));
            }
        }
        assertThat(lookUp(ours, "/later/1").routeId()).isEqualTo("later");
        assertThat(lookUp(ours, "/fail-now").routeId()).isEqualTo("after-async");
        assertThat(lookUp(ours, "/none/fail-now").failure()).startsWith("IllegalStateException: answered an error");
        assertThat(lookUp(ours, "/none/fail-now/fail-later").failure())
                .isEqualTo("CompositeException: Multiple exceptions [answered an error, answered an error later]");
        assertThat(lookUp(ours, "/boom").routeId()).isEqualTo("after-async");
    }

    @Test
    void routesChangedByARefreshAreLookedUpFromThenOn() {
        List<Route> current = new ArrayList<>(List.of(route("plans", path -> Mono.just(path.startsWith("/plans")))));
        CachingRouteLocator caching = new CachingRouteLocator(() -> Flux.fromIterable(List.copyOf(current)));
        SynchronousRouteLookup ours = lookup(caching);
        caching.setApplicationEventPublisher(event -> {
            if (event instanceof RefreshRoutesResultEvent result) {
                ours.onApplicationEvent(result);
            }
        });
        assertThat(lookUp(ours, "/plans/1").routeId()).isEqualTo("plans");
        assertThat(lookUp(ours, "/monitoring/1").routeId()).isNull();

        current.set(0, route("monitoring", path -> Mono.just(path.startsWith("/monitoring"))));
        caching.onApplicationEvent(new RefreshRoutesEvent(this));

        assertThat(lookUp(ours, "/plans/1").routeId()).isNull();
        assertThat(lookUp(ours, "/monitoring/1").routeId()).isEqualTo("monitoring");
    }

    private record Lookup(String routeId, List<String> asked, String failure, boolean predicateRouteLeftOver) {
    }

    private static Lookup lookUp(RoutePredicateHandlerMapping mapping, String path) {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        exchange.getAttributes().put(ASKED, new ArrayList<String>());
        String failure = null;
        try {
            mapping.getHandler(exchange).block(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage() + " " + Arrays.stream(e.getSuppressed())
                    .map(Throwable::getMessage).filter(message -> message.startsWith("answered")).toList();
        }
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        return new Lookup(route == null ? null : route.getId(), exchange.getAttribute(ASKED), failure,
                exchange.getAttributes().containsKey(GATEWAY_PREDICATE_ROUTE_ATTR));
    }

    private static SynchronousRouteLookup lookup(RouteLocator locator) {
        return new SynchronousRouteLookup(new FilteringWebHandler(List.of(), false), locator, new GlobalCorsProperties(), new MockEnvironment());
    }

    private static Route route(String id, Function<String, Publisher<Boolean>> answer) {
        return Route.async().id(id).uri("http://" + id).asyncPredicate(asked(id, answer)).build();
    }

    /** A predicate on the request's path that notes in the exchange that it was asked. */
    private static AsyncPredicate<ServerWebExchange> asked(String name, Function<String, Publisher<Boolean>> answer) {
        return exchange -> {
            List<String> asked = exchange.getAttribute(ASKED);
            asked.add(name + "@" + exchange.getAttribute(GATEWAY_PREDICATE_ROUTE_ATTR));
            return answer.apply(exchange.getRequest().getPath().value());
        };
    }
}
