package org.ariadne.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.ariadne.gateway.GatewayProperties;
import org.ariadne.gateway.problem.FallbackRoutes;
import org.ariadne.gateway.problem.ProblemResponses;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.web.ProblemType;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.MatcherSecurityWebFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.ReactorContextWebFilter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.savedrequest.ServerRequestCacheWebFilter;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The gateway is a stateless OAuth2 resource server (JWTs from identity's JWKS). Public: {@code /livez} and
 * {@code /readyz}, identity's sign-in and token endpoints and the pages of its invitation links (identity checks those
 * credentials itself) and the API docs.
 * Tenant routes need a valid token (the tenant itself is checked by TenantResolutionFilter), which
 * {@link TenantRouteAuthentication} checks outside this chain: it serves every other path; {@code /api/admin/**}
 * needs {@code platform_admin} in the {@code roles} claim, {@code /api/donor/**} a donor organisation
 * ({@code donor_org}: a donor user's token, which no tenant route admits). Everything else needs a token too, so a route added without
 * a rule here is not public by accident. 401 and 403 are problem+json ({@code unauthenticated}, {@code forbidden}).
 *
 * <p>The actuator endpoints (health, prometheus) exist only on the management port, which is not published (see
 * application.yaml); there they need no token. On the public port {@code /actuator/**} is an unknown path.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    static final String[] PUBLIC_PATHS = {
        "/livez", "/readyz",
        "/oauth2/**", "/login", "/logout", "/.well-known/**", "/userinfo", "/connect/**", "/default-ui.css", "/invitations/**",
        "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
    };

    /**
     * The web application's own paths: it signs its users in itself (a session cookie, no bearer token) and calls
     * the API through this gateway with their tokens, so the gateway lets its pages through.
     */
    static final String[] WEB_PATHS = {
        "/", "/t/**", "/admin/**", "/donor", "/donor/**", "/sign-in/**", "/sign-out", "/language", "/assets/**", "/favicon.ico",
    };

    /**
     * Boot's JWT decoder behind the cache of validated tokens, shared by the chain and {@link TenantRouteAuthentication}
     * (a bean of its own type: a {@code ReactiveJwtDecoder} bean would replace Boot's).
     */
    @Bean
    ValidatedTokens validatedTokens(ReactiveJwtDecoder bootJwtDecoder, GatewayProperties properties, MeterRegistry meters) {
        return new ValidatedTokens(new ValidatedTokenCache(bootJwtDecoder, properties.tokenCache().maxSize(),
                properties.tokenCache().maxAge(), Clock.systemUTC()).monitoredBy(meters));
    }

    /** The one cache of validated tokens ({@link ValidatedTokenCache}). */
    record ValidatedTokens(ValidatedTokenCache cache) {
    }

    /**
     * Every path but the tenant routes, which {@link TenantRouteAuthentication} authenticates (its rule there was only
     * "authenticated"); the firewall of Spring Security's {@code WebFilterChainProxy} still checks every request.
     */
    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ValidatedTokens tokens) {
        ServerAuthenticationEntryPoint unauthenticated = unauthenticated();
        ServerAccessDeniedHandler forbidden = forbidden();
        return statelessFiltersOnly(http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        // circuit-breaker fallbacks are forwarded inside the gateway, never called from outside
                        .pathMatchers(FallbackRoutes.PATH + "/**").denyAll()
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers(WEB_PATHS).permitAll()
                        // matches on the management port only (which is not published), never on the public one
                        .matchers(EndpointRequest.toAnyEndpoint()).permitAll()
                        .pathMatchers("/api/admin/**").access(platformAdmin())
                        .pathMatchers("/api/donor/**").access(donorOrganisation())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtDecoder(tokens.cache()).jwtAuthenticationConverter(GatewaySecurity::authentication))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build());
    }

    /** The tenant routes' authentication, with the chain's own security headers, decoder and failure handling. */
    @Bean
    TenantRouteAuthentication tenantRouteAuthentication(SecurityWebFilterChain gatewaySecurityFilterChain, ValidatedTokens tokens) {
        HttpHeaderWriterWebFilter securityHeaders = gatewaySecurityFilterChain.getWebFilters()
                .filter(HttpHeaderWriterWebFilter.class::isInstance).cast(HttpHeaderWriterWebFilter.class).blockFirst();
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(tokens.cache());
        manager.setJwtAuthenticationConverter(GatewaySecurity::authentication);
        return new TenantRouteAuthentication(securityHeaders, tokens.cache(), manager,
                new ServerAuthenticationEntryPointFailureHandler(unauthenticated()));
    }

    /**
     * Filters Spring Security adds to every chain that have nothing to do in a stateless resource server, each a few
     * more Reactor operators (and an exchange copy) on every request: the request cache's (disabled above, its filter
     * stays and asks a cache that never holds anything), the security context repository's (a no-op repository: the
     * context comes from the bearer token on each request, which the authentication filter puts in the Reactor context
     * itself).
     */
    static final Set<Class<? extends WebFilter>> IDLE_FILTERS = Set.of(ServerRequestCacheWebFilter.class, ReactorContextWebFilter.class);

    static SecurityWebFilterChain statelessFiltersOnly(SecurityWebFilterChain built) {
        List<WebFilter> filters = built.getWebFilters().filter(filter -> !IDLE_FILTERS.contains(filter.getClass()))
                .collectList().block();
        return new MatcherSecurityWebFilterChain(TenantRouteAuthentication.otherThanTenantRoutes(), filters);
    }

    /**
     * The gateway decides by claims ({@code tenants}, {@code roles}), never by granted authorities: no conversion of the
     * scope claim into authorities on every request, as Spring's default converter does.
     */
    static Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
        return Mono.just(principal(jwt));
    }

    static JwtAuthenticationToken principal(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, List.of());
    }

    /**
     * Tenant routes past the chain proxy's search for a chain that serves them, since none does
     * ({@link TenantRoutesPastTheChains}); the firewall and rejected-exchange handler are this class's.
     */
    @Bean
    static BeanPostProcessor tenantRoutesPastTheChains(ObjectProvider<ServerWebExchangeFirewall> firewall,
            ObjectProvider<ServerExchangeRejectedHandler> rejectedHandler) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof WebFilterChainProxy proxy && !(bean instanceof TenantRoutesPastTheChains)
                        ? new TenantRoutesPastTheChains(proxy, firewall.getObject(), rejectedHandler.getObject()) : bean;
            }
        };
    }

    /** No observation per security filter on every request (http.server.requests still measures each request). */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall with its defaults, its header checks as a loop instead of a regular expression
     * ({@link HeaderCharacters}: the same answers).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return firewall;
    }

    /**
     * Spring Security's firewall refuses suspicious URLs (matrix parameters, encoded slashes, ...) before any route
     * runs; it answers with the catalogue's {@code malformed-request} instead of an empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
        return (exchange, rejected) -> ProblemResponses.write(exchange, ProblemType.MALFORMED_REQUEST,
                "The request URL is not acceptable");
    }

    static ReactiveAuthorizationManager<AuthorizationContext> platformAdmin() {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(auth -> new AuthorizationDecision(auth instanceof JwtAuthenticationToken jwt
                        && auth.isAuthenticated() && TenantClaims.isPlatformAdmin(jwt.getToken())))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static ReactiveAuthorizationManager<AuthorizationContext> donorOrganisation() {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(auth -> new AuthorizationDecision(auth instanceof JwtAuthenticationToken jwt
                        && auth.isAuthenticated() && TenantClaims.donorOrganisationOf(jwt.getToken()) != null))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, ex) -> {
            boolean invalidToken = ex instanceof OAuth2AuthenticationException;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            return ProblemResponses.write(exchange, ProblemType.UNAUTHENTICATED, invalidToken
                    ? "The bearer token is invalid or expired"
                    : "A bearer token is required");
        };
    }

    static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            String detail = path.startsWith("/api/admin/") ? "This route requires the platform_admin role"
                    : path.startsWith("/api/donor/") ? "The donor API is for users of a donor organisation (donor_org)"
                    : "Your token does not allow this request";
            return ProblemResponses.write(exchange, ProblemType.FORBIDDEN, detail);
        };
    }
}
