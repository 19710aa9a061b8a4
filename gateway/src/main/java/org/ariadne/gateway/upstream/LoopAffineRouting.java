package org.ariadne.gateway.upstream;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.LoopResources;

/**
 * A routed call leaves on the event loop it arrived on. Reactor Netty keeps one pool of connections per service and
 * leases its idle connections first in, first out, whichever event loop they belong to. Once a gateway had served a
 * few clients and held connections on several of its four loops, most routed calls were handed to another loop to
 * send and their answers handed back — three to four thread wake-ups per call, each a few tens of microseconds on a
 * small virtual machine (docs/benchmarks.md, "The gateway's event loops"). Here every event loop gets its own pool
 * (Reactor Netty keys its pools by the client's loop resources, so a view of the same loops per event loop is a pool
 * per event loop), and a connection a pool opens is opened on the loop that asked for it (the loops are colocated,
 * as Reactor Netty's default ones are): the inbound connection, the upstream connection and every step of the call
 * stay on one thread.
 *
 * <p>What it costs: each pool holds its own connections, so a service may see up to {@code pool.max-connections}
 * connections per gateway event loop instead of per gateway, and an idle loop's connections close after
 * {@code pool.max-idle-time} like any other. Everything else the routing filter does (headers, timeouts, status, the
 * answer) is Spring Cloud Gateway's code, unchanged: only the choice of client is overridden.
 */
@Configuration(proxyBeanMethods = false)
public class LoopAffineRouting {

    /**
     * Spring Cloud Gateway's routing filter, replaced by this one as it is made. Not switched off by its property: the
     * filter that writes the service's answer back ({@code NettyWriteResponseFilter}) is switched off with it.
     */
    @Bean
    static BeanPostProcessor routedCallsStayOnTheirLoop(ObjectProvider<HttpClient> httpClient,
            ObjectProvider<List<HttpHeadersFilter>> headersFilters, ObjectProvider<HttpClientProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof NettyRoutingFilter && !(bean instanceof Filter)
                        ? new Filter(httpClient.getObject(), headersFilters, properties.getObject())
                        : bean;
            }
        };
    }

    static final class Filter extends NettyRoutingFilter {

        private final PoolsPerLoop pools;

        Filter(HttpClient httpClient, ObjectProvider<List<HttpHeadersFilter>> headersFilters, HttpClientProperties properties) {
            super(httpClient, headersFilters, properties);
            Integer connectTimeout = properties.getConnectTimeout();
            // the client as Spring Cloud Gateway's filter uses it for a route without a connect timeout of its own
            this.pools = new PoolsPerLoop(connectTimeout == null
                    ? httpClient
                    : httpClient.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeout));
        }

        @Override
        protected HttpClient getHttpClient(Route route, ServerWebExchange exchange) {
            EventLoop loop = inboundLoop(exchange);
            if (loop == null || !loop.inEventLoop() || route.getMetadata().containsKey(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR)) {
                // off the inbound connection's loop (no filter of ours moves a call), or a route with a connect timeout of
                // its own (none of ours has one): Spring Cloud Gateway's client, any pooled connection
                return super.getHttpClient(route, exchange);
            }
            return pools.clientOf(loop);
        }

        private static EventLoop inboundLoop(ServerWebExchange exchange) {
            Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            return nativeRequest instanceof Connection connection ? connection.channel().eventLoop() : null;
        }
    }

    /** One client per event loop, each with a pool of its own, made the first time the loop routes a call. */
    static final class PoolsPerLoop {

        private final HttpClient configured;
        private final Map<EventLoop, HttpClient> clientsByLoop = new ConcurrentHashMap<>();

        PoolsPerLoop(HttpClient configured) {
            this.configured = configured;
        }

        /** The client whose pool holds only connections of this event loop (called on that loop). */
        HttpClient clientOf(EventLoop loop) {
            return clientsByLoop.computeIfAbsent(loop, key -> configured.runOn(new SameLoopsOwnPool(configured.configuration().loopResources())));
        }
    }

    /**
     * The client's loop resources under a pool key of its own: Reactor Netty tells pools apart by (among others) the
     * identity of the loop resources, so each instance is a separate pool over the same, colocated event loops. It
     * never disposes the loops it shares.
     */
    static final class SameLoopsOwnPool implements LoopResources {

        private final LoopResources loops;

        SameLoopsOwnPool(LoopResources loops) {
            this.loops = loops;
        }

        @Override
        public EventLoopGroup onServer(boolean useNative) {
            return loops.onServer(useNative);
        }

        @Override
        public EventLoopGroup onClient(boolean useNative) {
            return loops.onClient(useNative);
        }

        @Override
        public EventLoopGroup onServerSelect(boolean useNative) {
            return loops.onServerSelect(useNative);
        }

        @Override
        public <C extends Channel> C onChannel(Class<C> channelType, EventLoopGroup group) {
            return loops.onChannel(channelType, group);
        }

        @Override
        public <C extends Channel> Class<? extends C> onChannelClass(Class<C> channelType, EventLoopGroup group) {
            return loops.onChannelClass(channelType, group);
        }

        @Override
        public boolean daemon() {
            return loops.daemon();
        }
    }
}
