package org.ariadne.gateway.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security's {@link WebFilterChainProxy} in the place of it, taking the tenant routes past its search for a
 * chain. For every request the proxy puts the exchange through its firewall, then asks each security chain in a
 * {@code Flux.filterWhen} (a 256-slot buffer and a handful of operators per request) whether it serves the request, and
 * hands the firewalled exchange on when none does. No chain serves the tenant routes — the gateway's one chain is for
 * every other path ({@link TenantRouteAuthentication#otherThanTenantRoutes()}), and {@link TenantRouteAuthentication},
 * right after, authenticates them — so for a tenant route this does what the proxy did without asking: the same
 * firewall, the firewalled exchange handed on, a refused exchange answered by the same rejected-exchange handler
 * (also when a header is refused later, as the firewalled request is read). Every other request goes to the proxy.
 */
final class TenantRoutesPastTheChains extends WebFilterChainProxy implements Ordered {

    private final WebFilterChainProxy proxy;
    private final ServerWebExchangeFirewall firewall;
    private final ServerExchangeRejectedHandler rejectedHandler;

    TenantRoutesPastTheChains(WebFilterChainProxy proxy, ServerWebExchangeFirewall firewall, ServerExchangeRejectedHandler rejectedHandler) {
        super(List.of()); // a proxy itself, for whoever asks for one by type; the chains are the wrapped proxy's
        this.proxy = proxy;
        this.firewall = firewall;
        this.rejectedHandler = rejectedHandler;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!TenantRouteAuthentication.isTenantRoute(exchange)) {
            return proxy.filter(exchange, chain);
        }
        return firewall.getFirewalledExchange(exchange)
                .flatMap(chain::filter)
                .onErrorResume(ServerExchangeRejectedException.class, rejected -> rejectedHandler.handle(exchange, rejected));
    }

    /** The proxy's own place among the web filters ({@code WebFluxSecurityConfiguration}: -100), right before {@link TenantRouteAuthentication}. */
    @Override
    public int getOrder() {
        return TenantRouteAuthentication.ORDER - 1;
    }
}
