package org.ariadne.gateway.upstream;

import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A service's answer of known, small length goes back to the client in one write: status line, headers and body.
 * Spring Cloud Gateway relays an answer's body as a stream, and Reactor Netty writes a stream's headers and each of
 * its parts separately, so even a 600-byte list left the gateway in two writes — two wake-ups of the client, the first
 * of which only told it to wait for the rest (docs/benchmarks.md, "The gateway's event loops"). An answer with a
 * {@code Content-Length} of at most {@link #MAX_BYTES} is now read whole from the service and written at once; a
 * longer one, one without a length (chunked, streamed) and a streaming media type are relayed as before. An answer
 * the service breaks off before its length is reached now fails before anything is sent, so the client gets the
 * gateway's error instead of a cut-off body under a 200.
 */
@Configuration(proxyBeanMethods = false)
public class AnswersInOneWrite {

    /** Read whole up to this size; a larger answer is relayed as it arrives rather than held in memory. */
    static final int MAX_BYTES = 64 * 1024;

    /** Spring Cloud Gateway's filter that writes the answer back, replaced by this one as it is made. */
    @Bean
    static BeanPostProcessor smallAnswersInOneWrite(ObjectProvider<GatewayProperties> gatewayProperties,
            ObjectProvider<List<HttpHeadersFilter>> headersFilters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof NettyWriteResponseFilter && !(bean instanceof Filter)
                        ? new Filter(gatewayProperties.getObject().getStreamingMediaTypes(), headersFilters)
                        : bean;
            }
        };
    }

    static final class Filter extends NettyWriteResponseFilter {

        Filter(List<MediaType> streamingMediaTypes, ObjectProvider<List<HttpHeadersFilter>> headersFilters) {
            super(streamingMediaTypes, headersFilters);
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return super.filter(exchange.mutate().response(new WholeWhenSmall(exchange.getResponse())).build(), chain);
        }
    }

    /** Writes a body of known length up to {@link #MAX_BYTES} as one buffer; any other as it comes. */
    static final class WholeWhenSmall extends ServerHttpResponseDecorator {

        WholeWhenSmall(ServerHttpResponse response) {
            super(response);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            long length = getHeaders().getContentLength();
            if (body instanceof Mono || length < 0 || length > MAX_BYTES) {
                return super.writeWith(body);
            }
            return super.writeWith(DataBufferUtils.join(body, MAX_BYTES));
        }
    }
}
