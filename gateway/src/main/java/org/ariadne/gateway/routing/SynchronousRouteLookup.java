package org.ariadne.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_ROUTE_ATTR;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.cloud.gateway.event.RefreshRoutesResultEvent;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.Exceptions;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's route lookup, without subscribing a {@code Flux.filterWhen} over the routes for every request.
 * Spring Cloud Gateway asks each route's predicate in order and takes the first that answers {@code true}; its
 * {@code filterWhen} allocated a 256-slot buffer per request to do so, two thirds of every byte the bare hop allocated
 * (docs/benchmarks.md). This lookup asks the same predicates in the same order, with the same
 * {@code GATEWAY_PREDICATE_ROUTE_ATTR} set while each is asked, and the same {@link #validateRoute}; what differs is how
 * it waits for an answer: the predicates built from synchronous ones (Path, Method, Host, … — every predicate this
 * gateway configures) answer with {@code Mono.just}, which it reads in place. A predicate that answers later (an
 * asynchronous one, or a combination of several with {@code and}/{@code or}) is subscribed to, and the lookup goes on
 * from the next route once it answers, as before. Errors are treated as Spring Cloud Gateway's lookup treats them: a
 * predicate that throws is logged and skipped, one that answers with an error is skipped and its error kept, and the
 * lookup fails with the kept errors only if no later route matches. {@code SynchronousRouteLookupTest} holds it to
 * Spring Cloud Gateway's lookup for each kind of answer.
 * <p>
 * The routes are the ones Spring Cloud Gateway's caching route locator holds, taken again whenever it reports a
 * refresh ({@link RefreshRoutesResultEvent}), so routes added or changed at run time are looked up as before. Until
 * the first list is taken, every lookup is Spring Cloud Gateway's own.
 */
public class SynchronousRouteLookup extends RoutePredicateHandlerMapping implements ApplicationListener<RefreshRoutesResultEvent> {

    private final RouteLocator routeLocator;
    private final AtomicReference<List<Route>> routes = new AtomicReference<>();

    public SynchronousRouteLookup(FilteringWebHandler webHandler, RouteLocator routeLocator, GlobalCorsProperties cors,
            Environment environment) {
        super(webHandler, routeLocator, cors, environment);
        this.routeLocator = routeLocator;
    }

    @Override
    public void onApplicationEvent(RefreshRoutesResultEvent event) {
        if (event.isSuccess()) {
            routeLocator.getRoutes().collectList().subscribe(routes::set, this::logRefreshFailure);
        }
    }

    @Override
    protected Mono<Route> lookupRoute(ServerWebExchange exchange) {
        List<Route> current = routes.get();
        if (current == null) {
            // before the first refresh: take the locator's routes (once they are there) and look this one up as SCG does
            routeLocator.getRoutes().collectList().subscribe(list -> routes.compareAndSet(null, list), this::logRefreshFailure);
            return super.lookupRoute(exchange);
        }
        return lookupFrom(current, 0, exchange, null);
    }

    /**
     * The first route from {@code first} on whose predicate answers {@code true}. A predicate that answers with an error
     * does not stop the lookup: as in {@code filterWhen}, the error is kept, and the lookup fails with it only if no
     * later route matches ({@code failed}: the errors so far, or null).
     */
    private Mono<Route> lookupFrom(List<Route> candidates, int first, ServerWebExchange exchange, Throwable failed) {
        Throwable failures = failed;
        for (int i = first; i < candidates.size(); i++) {
            Route route = candidates.get(i);
            exchange.getAttributes().put(GATEWAY_PREDICATE_ROUTE_ATTR, route.getId());
            Publisher<Boolean> answer;
            try {
                answer = route.getPredicate().apply(exchange);
            } catch (Exception e) {
                logger.error("Error applying predicate for route: " + route.getId(), e);
                continue;
            }
            if (answer instanceof Fuseable.ScalarCallable<?> scalar) {
                Object matches;
                try {
                    matches = scalar.call();
                } catch (Exception e) {
                    failures = withFailure(failures, e);
                    continue;
                }
                if (Boolean.TRUE.equals(matches)) { // an empty answer (null) is no match, as in filterWhen
                    return Mono.just(matched(route, exchange));
                }
                continue;
            }
            int next = i + 1;
            Throwable before = failures;
            return Mono.from(answer).materialize().flatMap(signal -> {
                if (signal.isOnError()) {
                    return lookupFrom(candidates, next, exchange, withFailure(before, signal.getThrowable()));
                }
                return Boolean.TRUE.equals(signal.get()) ? Mono.just(matched(route, exchange)) : lookupFrom(candidates, next, exchange, before);
            });
        }
        return failures == null ? Mono.empty() : Mono.error(failures);
    }

    /** The errors so far with one more, as {@code Exceptions.addThrowable} collects them. */
    private static Throwable withFailure(Throwable failures, Throwable failure) {
        if (failures == null) {
            return failure;
        }
        if (Exceptions.isMultiple(failures)) {
            failures.addSuppressed(failure);
            return failures;
        }
        return Exceptions.multiple(failures, failure);
    }

    private Route matched(Route route, ServerWebExchange exchange) {
        if (logger.isDebugEnabled()) {
            logger.debug("Route matched: " + route.getId());
        }
        validateRoute(route, exchange);
        return route;
    }

    private void logRefreshFailure(Throwable failure) {
        logger.error("Could not take the refreshed routes; looking them up as before", failure);
    }
}
