package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Spring Security's chain proxy is the one that takes tenant routes past its search for a chain, and the one thing that
 * shortcut relies on holds: the gateway has a single security chain, the one for every path but the tenant routes
 * ({@code TenantRouteAuthenticationTest} checks what it matches, and that the firewall still refuses what it refused on
 * tenant routes — through this proxy).
 */
class TenantRoutesPastTheChainsTest extends GatewayTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void theChainProxyTakesTenantRoutesPastTheChainsAndThereIsOneChain() {
        assertThat(context.getBean(WebFilterChainProxy.class).getClass().getSimpleName()).isEqualTo("TenantRoutesPastTheChains");
        assertThat(context.getBeansOfType(SecurityWebFilterChain.class)).containsOnlyKeys("gatewaySecurityFilterChain");
    }
}
