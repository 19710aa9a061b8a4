package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The web filters Spring Security runs on every request of the gateway: only those a stateless resource server needs
 * (GatewaySecurity.IDLE_FILTERS are left out), and what they answer still as before.
 */
class GatewaySecurityChainTest extends GatewayTestSupport {

    @Autowired
    List<SecurityWebFilterChain> chains;

    @Autowired
    WebFilterChainProxy proxy;

    @Autowired
    ServerWebExchangeFirewall firewall;

    @Test
    void theChainHasOnlyTheFiltersAStatelessResourceServerNeeds() {
        assertThat(chains).hasSize(1);
        List<String> filters = chains.get(0).getWebFilters().map(filter -> filter.getClass().getSimpleName()).collectList().block();
        assertThat(filters).containsExactly("ServerWebExchangeReactorContextWebFilter", "HttpHeaderWriterWebFilter",
                "AuthenticationWebFilter", "SecurityContextServerWebExchangeWebFilter", "ExceptionTranslationWebFilter",
                "AuthorizationWebFilter");
    }

    /** Its answers are Spring Security's own (HeaderCharactersTest); here: it is the one the security filter chain uses. */
    @Test
    void theFirewallChecksHeadersWithTheGatewaysCharacterLoop() {
        assertThat(ReflectionTestUtils.getField(proxy, "firewall")).isSameAs(firewall);
    }

    @Test
    void theGatewaysOwnAnswersKeepTheSecurityHeaders() {
        client.get().uri("/api/t/ba-04/plans/strategies").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
        client.get().uri("/api/t/xk/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.forTenant("ba-04"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anAuthenticatedRequestReachesTheServiceWithItsTokenAndTenantWhileAPublicOneNeedsNone() {
        String token = TestJwts.forTenant("ba-04");
        client.get().uri("/api/t/ba-04/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tenant").isEqualTo("ba-04")
                .jsonPath("$.authorization").isEqualTo(bearer(token));
        client.get().uri("/readyz").exchange().expectStatus().isOk();
    }
}
