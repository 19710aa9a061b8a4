package org.ariadne.gateway.security;

import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Authentication of the tenant routes ({@code /api/t/**}), nearly every request the gateway serves, in one web filter
 * instead of Spring Security's reactive filter chain, which runs for every other path.
 *
 * <p>The chain's rule for these routes is only "a valid bearer token" (the tenant itself is TenantResolutionFilter's
 * check), and its six filters spent about 170 µs of event-loop time per routed request (docs/benchmarks.md, "What each
 * filter adds") mostly in their own Reactor operators and exchange decorations. This filter does what they did for such
 * a request, with their own parts wherever that costs nothing:
 * <ul>
 * <li>Spring Security's firewall has already run: {@code WebFilterChainProxy} checks every exchange, routed or not, and
 *     hands the firewalled one on when no chain matches; this filter sits right after it ({@link #ORDER});</li>
 * <li>the chain's security headers, written by the chain's own {@link HttpHeaderWriterWebFilter} (also on 401s);</li>
 * <li>the bearer token read by {@link BearerTokenHeader}; none (or another scheme) → 401 {@code unauthenticated},
 *     {@code WWW-Authenticate: Bearer}, as the chain's authorization rule and entry point answered;</li>
 * <li>a token already validated answers from the {@link ValidatedTokenCache} without a Reactor operator; any other token
 *     goes through the same {@link ReactiveAuthenticationManager} and failure handler the chain's
 *     {@link AuthenticationWebFilter} used (401 {@code invalid_token}; a key set that cannot be fetched is an error, as
 *     before);</li>
 * <li>the principal on the exchange and the security context in the Reactor context, as the chain left them.</li>
 * </ul>
 * TenantRouteAuthenticationTest holds it to the chain's answers.
 */
public final class TenantRouteAuthentication implements WebFilter, Ordered {

    /** Right after Spring Security's {@code WebFilterChainProxy} (its order is -100), where the chain ran. */
    public static final int ORDER = -99;
    static final String PATTERN = "/api/t/**";
    private static final PathPattern TENANT_ROUTES = PathPatternParser.defaultInstance.parse(PATTERN);

    private final HttpHeaderWriterWebFilter securityHeaders;
    private final ValidatedTokenCache tokens;
    private final ReactiveAuthenticationManager authenticationManager;
    private final ServerAuthenticationFailureHandler failureHandler;
    private final BearerTokenHeader bearerToken = new BearerTokenHeader();

    TenantRouteAuthentication(HttpHeaderWriterWebFilter securityHeaders, ValidatedTokenCache tokens,
            ReactiveAuthenticationManager authenticationManager, ServerAuthenticationFailureHandler failureHandler) {
        this.securityHeaders = securityHeaders;
        this.tokens = tokens;
        this.authenticationManager = authenticationManager;
        this.failureHandler = failureHandler;
    }

    /** Every request but those of the tenant routes: the ones Spring Security's chain still serves. */
    static ServerWebExchangeMatcher otherThanTenantRoutes() {
        return new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(PATTERN));
    }

    static boolean isTenantRoute(ServerWebExchange exchange) {
        return TENANT_ROUTES.matches(exchange.getRequest().getPath().pathWithinApplication());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isTenantRoute(exchange)) {
            return chain.filter(exchange);
        }
        return securityHeaders.filter(exchange, withHeaders -> authenticate(withHeaders, chain));
    }

    private Mono<Void> authenticate(ServerWebExchange exchange, WebFilterChain chain) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String token = authorization == null ? null : BearerTokenHeader.tokenOf(authorization);
        if (token != null) {
            Jwt validated = tokens.validated(token);
            if (validated != null) {
                return authenticated(exchange, chain, GatewaySecurity.principal(validated));
            }
        }
        // no token, another scheme, a malformed header or a token not validated yet: as the chain's filters did
        return bearerToken.convert(exchange)
                .flatMap(authenticationManager::authenticate)
                // what AuthorizationWebFilter raised for an anonymous request to an authenticated route: the entry point
                // answers it with WWW-Authenticate: Bearer
                .switchIfEmpty(Mono.defer(() -> Mono.error(new AuthenticationCredentialsNotFoundException("Not Authenticated"))))
                .flatMap(authentication -> authenticated(exchange, chain, authentication))
                .onErrorResume(AuthenticationException.class,
                        e -> failureHandler.onAuthenticationFailure(new WebFilterExchange(exchange, chain), e));
    }

    private static Mono<Void> authenticated(ServerWebExchange exchange, WebFilterChain chain, Authentication authentication) {
        SecurityContextImpl context = new SecurityContextImpl(authentication);
        return chain.filter(exchange.mutate().principal(Mono.<Principal>just(authentication)).build())
                .contextWrite(ReactiveSecurityContextHolder.withSecurityContext(Mono.just(context)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
