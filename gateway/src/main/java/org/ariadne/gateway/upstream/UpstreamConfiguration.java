package org.ariadne.gateway.upstream;

import org.ariadne.gateway.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client that carries routed calls to the services. How long a service may take to answer is bounded by the
 * client's own response timeout ({@code ariadne.gateway.response-timeout}, 30 s): a read timeout on the connection, on
 * its event loop, reset by every read of the answer. Spring Cloud Gateway's {@code httpclient.response-timeout} bounded
 * the same wait with a Reactor {@code timeout} operator instead, which scheduled a timer on Reactor's parallel
 * scheduler for every request — another thread woken and a lock taken twice per request, for a timer that practically
 * never fires. Either way a service that does not answer in time fails the call, which the route's circuit breaker
 * counts and answers as 503 {@code upstream-unavailable}.
 */
@Configuration(proxyBeanMethods = false)
public class UpstreamConfiguration {

    @Bean
    HttpClientCustomizer upstreamResponseTimeout(GatewayProperties properties) {
        return client -> client.responseTimeout(properties.responseTimeout());
    }
}
