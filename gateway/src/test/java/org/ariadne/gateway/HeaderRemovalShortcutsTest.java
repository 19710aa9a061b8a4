package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.gateway.upstream.HeaderRemovalShortcuts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.headers.GRPCRequestHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.GRPCResponseHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveForwardedHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveXForwardedHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Cloud Gateway's header-removing filters behind {@link HeaderRemovalShortcuts}: for every set of headers, what
 * reaches the service (and the client) is what the filter alone makes of it, and the gateway's routing uses them so.
 */
class HeaderRemovalShortcutsTest extends GatewayTestSupport {

    private static final List<List<String[]>> HEADER_SETS = List.of(
            List.of(h("Host", "gateway"), h("Accept", "application/json"), h("Authorization", "Bearer abc"), h("X-Tenant-Id", "ba-04")),
            List.of(h("Host", "gateway"), h("Connection", "keep-alive"), h("Keep-Alive", "timeout=20")),
            List.of(h("Connection", "close, X-Secret"), h("X-Secret", "1"), h("Accept", "*/*")),
            List.of(h("Accept", "*/*"), h("TE", "trailers"), h("Upgrade", "h2c"), h("Trailer", "Expires")),
            List.of(h("Transfer-Encoding", "chunked"), h("Content-Type", "text/plain")),
            List.of(h("Proxy-Authorization", "Basic x"), h("X-Application-Context", "app")),
            List.of(h("Forwarded", "for=192.0.2.60;proto=http"), h("Accept", "*/*")),
            List.of(h("X-Forwarded-For", "192.0.2.60"), h("x-forwarded-host", "evil.example"), h("X-FORWARDED-PROTO", "https"),
                    h("Accept", "*/*")),
            List.of(h("X-Forwarded", "not one of them"), h("X-Forwardedfor", "nor this"), h("Accept", "*/*")),
            List.of());

    @Autowired
    List<HttpHeadersFilter> headersFilters;

    @Test
    void eachFilterAnswersAsItWouldAloneForEverySetOfHeaders() {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/t/ba-04/plans"));
        for (HttpHeadersFilter filter : List.of(new RemoveHopByHopHeadersFilter(), new RemoveForwardedHeadersFilter(),
                new RemoveXForwardedHeadersFilter())) {
            HttpHeadersFilter shortcut = HeaderRemovalShortcuts.shortcut(filter);
            assertThat(shortcut).isInstanceOf(HeaderRemovalShortcuts.WhenPresent.class);
            for (HttpHeadersFilter.Type type : HttpHeadersFilter.Type.values()) {
                assertThat(shortcut.supports(type)).isEqualTo(filter.supports(type));
            }
            assertThat(((Ordered) shortcut).getOrder()).isEqualTo(((Ordered) filter).getOrder());
            for (List<String[]> set : HEADER_SETS) {
                assertThat(entries(shortcut.filter(headers(set), exchange)))
                        .as(filter.getClass().getSimpleName() + " on " + entries(headers(set)))
                        .isEqualTo(entries(filter.filter(headers(set), exchange)));
            }
        }
    }

    @Test
    void theGatewayRoutesThroughTheShortcutsAndWithoutTheGrpcFilters() {
        assertThat(headersFilters).filteredOn(HeaderRemovalShortcuts.WhenPresent.class::isInstance).hasSize(3);
        assertThat(headersFilters).noneMatch(filter -> filter instanceof RemoveHopByHopHeadersFilter
                || filter instanceof RemoveForwardedHeadersFilter || filter instanceof RemoveXForwardedHeadersFilter
                || filter instanceof GRPCRequestHeadersFilter || filter instanceof GRPCResponseHeadersFilter);
    }

    private static String[] h(String name, String value) {
        return new String[] {name, value};
    }

    private static HttpHeaders headers(List<String[]> set) {
        HttpHeaders headers = new HttpHeaders();
        set.forEach(header -> headers.add(header[0], header[1]));
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }

    private static List<Map.Entry<String, List<String>>> entries(HttpHeaders headers) {
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>();
        headers.headerSet().forEach(entry -> entries.add(Map.entry(entry.getKey(), List.copyOf(entry.getValue()))));
        return entries;
    }
}
