package org.ariadne.gateway.upstream;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.headers.ForwardedHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveForwardedHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveXForwardedHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Cloud Gateway's three header filters that only ever remove headers — hop-by-hop headers (requests and
 * answers), a client's {@code Forwarded} and its {@code X-Forwarded-*} (no trusted proxies are configured) — copy every
 * header of every routed request into a new map whether or not there is anything to remove: together a seventh of the
 * bare hop's event-loop time (docs/benchmarks.md). Each is kept, and called exactly when one of the headers it removes
 * is there; a request without any of them goes on with its headers as they are, which is what the filter would have
 * returned (a copy of the same headers in the same order). {@code HeaderRemovalShortcutsTest} holds each to that.
 */
@Configuration(proxyBeanMethods = false)
public class HeaderRemovalShortcuts {

    @Bean
    static BeanPostProcessor headerRemovalOnlyWhenNeeded() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof HttpHeadersFilter filter ? shortcut(filter) : bean;
            }
        };
    }

    /** The filter, called only when it has something to remove; any other filter as it is. */
    public static HttpHeadersFilter shortcut(HttpHeadersFilter filter) {
        if (filter instanceof RemoveHopByHopHeadersFilter hopByHop) {
            return new WhenPresent(hopByHop, hopByHop, headers -> hasAnyOf(headers, hopByHop.getHeaders()));
        }
        if (filter instanceof RemoveForwardedHeadersFilter forwarded) {
            return new WhenPresent(forwarded, forwarded, headers -> headers.containsHeader(ForwardedHeadersFilter.FORWARDED_HEADER));
        }
        if (filter instanceof RemoveXForwardedHeadersFilter xForwarded) {
            return new WhenPresent(xForwarded, xForwarded, HeaderRemovalShortcuts::hasXForwarded);
        }
        return filter;
    }

    /**
     * Whether the hop-by-hop filter would remove anything: one of its headers, or a {@code Connection} header (which
     * it removes itself, with the headers it names).
     */
    static boolean hasAnyOf(HttpHeaders headers, Set<String> removed) {
        if (headers.containsHeader(HttpHeaders.CONNECTION)) {
            return true;
        }
        for (String name : removed) {
            if (headers.containsHeader(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasXForwarded(HttpHeaders headers) {
        for (String name : headers.headerNames()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-")) {
                return true;
            }
        }
        return false;
    }

    /** A removing filter behind the check whether there is anything for it to remove; same order, same types. */
    public record WhenPresent(HttpHeadersFilter filter, Ordered order, Predicate<HttpHeaders> needed) implements HttpHeadersFilter, Ordered {

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            return needed.test(input) ? filter.filter(input, exchange) : input;
        }

        @Override
        public boolean supports(Type type) {
            return filter.supports(type);
        }

        @Override
        public int getOrder() {
            return order.getOrder();
        }
    }
}
