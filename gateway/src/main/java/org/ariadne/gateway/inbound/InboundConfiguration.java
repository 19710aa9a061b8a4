package org.ariadne.gateway.inbound;

import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.gateway.GatewayProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;

/** What the gateway accepts from a client before any route runs: a readable request line and head, a bounded body. */
@Configuration(proxyBeanMethods = false)
public class InboundConfiguration {

    static final String GUARD = "ariadne.requestLineGuard";

    /** Puts a {@link RequestLineGuard} on every HTTP/1.1 connection, between Netty's decoder and Reactor Netty. */
    @Bean
    NettyServerCustomizer requestLineGuard(@Value("${server.netty.max-initial-line-length:4KB}") DataSize maxInitialLine,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        int maxLineBytes = (int) maxInitialLine.toBytes();
        long maxHeaderBytes = maxHeaders.toBytes();
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, GUARD, new RequestLineGuard(maxLineBytes, maxHeaderBytes));
            }
        });
    }

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(GatewayProperties properties) {
        Map<String, Long> byRoute = properties.maxRequestSizeByRoute().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toBytes()));
        return new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), byRoute);
    }
}
