package org.ariadne.gateway.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.gateway.problem.ProblemResponses;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.web.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tenant routes ({@code /api/t/{tenant}/...}): the tenant is the path segment after {@code /api/t/}, never a
 * default. It must be a valid id (400 {@code tenant-invalid}), one of the token's {@code tenants}
 * (403 {@code tenant-forbidden}, always for a donor user's token; a tenant unknown to the registry answers the same,
 * so existence is not revealed) and, for a request that changes something, ACTIVE in the registry
 * (403 {@code tenant-inactive}: a suspended tenant is read, not changed). Then the request is forwarded with
 * {@code X-Tenant-Id: <tenant>} and its {@code Authorization} header, and the tenant is kept in the
 * {@link #TENANT_ATTRIBUTE} exchange attribute for the rate limiter and the metrics.
 */
public class TenantResolutionFilter implements GlobalFilter, Ordered {

    public static final String TENANT_PREFIX = "/api/t/";
    public static final String TENANT_ATTRIBUTE = TenantResolutionFilter.class.getName() + ".tenant";
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    /** A suspended tenant is still read (and exported); the services refuse its changes as well. */
    private static final java.util.Set<org.springframework.http.HttpMethod> READS = java.util.Set.of(
            org.springframework.http.HttpMethod.GET, org.springframework.http.HttpMethod.HEAD, org.springframework.http.HttpMethod.OPTIONS);

    private final TenantRegistry registry;

    public TenantResolutionFilter(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith(TENANT_PREFIX)) {
            return chain.filter(exchange);
        }
        String raw = tenantSegment(exchange);
        if (!TenantId.isValid(raw)) {
            return ProblemResponses.write(exchange, ProblemType.TENANT_INVALID, "'" + abbreviate(raw)
                    + "' is not a tenant id: expected a lower-case country code such as 'me' or a subdivision such as 'ba-04'");
        }
        TenantId tenant = TenantId.of(raw);
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> Optional.of(((JwtAuthenticationToken) principal).getToken()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(jwt -> jwt.isEmpty()
                        ? ProblemResponses.write(exchange, ProblemType.UNAUTHENTICATED, "A bearer token is required")
                        : resolve(exchange, chain, tenant, jwt.get()));
    }

    private Mono<Void> resolve(ServerWebExchange exchange, GatewayFilterChain chain, TenantId tenant, Jwt jwt) {
        if (!grants(jwt, tenant)) {
            return forbidden(exchange, tenant);
        }
        TenantRegistry.Standing standing = registry.standingOf(tenant.value());
        if (standing == TenantRegistry.Standing.UNKNOWN) {
            // onboarded since the last refresh, or no such tenant: the registry is read again before the answer
            return registry.recheck(tenant.value()).flatMap(rechecked -> decide(exchange, chain, tenant, rechecked));
        }
        return decide(exchange, chain, tenant, standing);
    }

    private Mono<Void> decide(ServerWebExchange exchange, GatewayFilterChain chain, TenantId tenant, TenantRegistry.Standing standing) {
        switch (standing) {
            case UNKNOWN:
                return forbidden(exchange, tenant);
            case INACTIVE:
                if (!READS.contains(exchange.getRequest().getMethod())) {
                    return ProblemResponses.write(exchange, ProblemType.TENANT_INACTIVE, "Tenant '" + tenant
                            + "' is suspended: its data can be read, not changed", Map.of("tenant", tenant.value()));
                }
                break;
            case NOT_LOADED:
                return ProblemResponses.write(exchange, ProblemType.UPSTREAM_UNAVAILABLE,
                        "The tenant registry is not loaded yet; try again shortly", Map.of("service", "registry"));
            case ACTIVE:
            default:
                break;
        }
        exchange.getAttributes().put(TENANT_ATTRIBUTE, tenant);
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> h.set(TenantHeaderStripFilter.TENANT_HEADER, tenant.value())))
                .build());
    }

    /**
     * Whether the token's {@code tenants} claim names the tenant. The decoded claim is a list already: looking into it
     * spares the conversion and copy of {@link TenantClaims#tenantsOf} on every request (same claim, same answer).
     */
    static boolean grants(Jwt jwt, TenantId tenant) {
        if (TenantClaims.donorOrganisationOf(jwt) != null) {
            return false; // a donor user belongs to its organisation, never to a tenant (ADR 0010)
        }
        Object tenants = jwt.getClaims().get(TenantClaims.TENANTS);
        if (tenants instanceof java.util.Collection<?> listed) {
            return listed.contains(tenant.value());
        }
        return TenantClaims.tenantsOf(jwt).contains(tenant.value());
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange, TenantId tenant) {
        return ProblemResponses.write(exchange, ProblemType.TENANT_FORBIDDEN,
                "Your token does not grant access to tenant '" + tenant + "'", Map.of("tenant", tenant.value()));
    }

    /** The raw (still encoded) segment after /api/t/, so encoded or matrix-parameter tricks fail validation. */
    private static String tenantSegment(ServerWebExchange exchange) {
        List<PathContainer.Element> elements = exchange.getRequest().getPath().pathWithinApplication().elements();
        int segment = 0;
        for (PathContainer.Element element : elements) {
            if (element instanceof PathContainer.PathSegment) {
                if (segment == 2) {
                    return element.value();
                }
                segment++;
            }
        }
        return "";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
