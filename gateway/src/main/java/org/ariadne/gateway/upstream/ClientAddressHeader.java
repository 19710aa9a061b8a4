package org.ariadne.gateway.upstream;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services which address a routed request came from: {@code X-Forwarded-For} as the client (or the ingress
 * in front of the gateway) sent it, with the address the gateway received the request from appended. Identity's
 * sign-in throttle counts failures per source by the entry its configured number of trusted proxies from the right
 * ({@code ariadne.identity.sign-in.trusted-proxies}: 1, the gateway; 2 behind an ingress), so entries a
 * client writes itself further left prove nothing. Without it every client's failures counted against the gateway's
 * own address: one client failing often enough paused everybody's sign-in.
 *
 * <p>Spring Cloud Gateway appends this header only for peers matching {@code trusted-proxies}, and then passes a
 * client's other {@code X-Forwarded-*} headers (host, proto, port, prefix) on as sent, which a service behind it must
 * not believe; with no trusted proxies its own filter removes every {@code X-Forwarded-*} header, and this one runs
 * after it and adds only the address.
 */
@Configuration(proxyBeanMethods = false)
public class ClientAddressHeader {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    @Bean
    HttpHeadersFilter clientAddressForwarded() {
        return new Filter();
    }

    static final class Filter implements HttpHeadersFilter, Ordered {

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
            if (peer == null) {
                return input;
            }
            String address = peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
            List<String> received = exchange.getRequest().getHeaders().getOrEmpty(X_FORWARDED_FOR);
            HttpHeaders forwarded = new HttpHeaders();
            forwarded.putAll(input);
            forwarded.set(X_FORWARDED_FOR, received.isEmpty() ? address : String.join(", ", received) + ", " + address);
            return forwarded;
        }

        /** After Spring Cloud Gateway's filters, which remove every {@code X-Forwarded-*} header a client sent. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
