package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

/**
 * The tenant routes are authenticated by {@link TenantRouteAuthentication}, every other path by Spring Security's chain:
 * for every way a request can fail authentication the two answer alike (status, problem, {@code WWW-Authenticate},
 * security headers), a routed answer keeps the security headers the chain wrote on it, and Spring Security's firewall
 * still checks what a tenant route's request carries.
 */
class TenantRouteAuthenticationTest extends GatewayTestSupport {

    private static final String TOKEN = TestJwts.forTenant("ba-04");
    /** A path the chain serves and requires a token for (anyExchange().authenticated()): the reference answers. */
    private static final String CHAIN_PATH = "/api/elsewhere/strategies";
    private static final String TENANT_PATH = "/api/t/ba-04/plans/strategies";
    /** Requested only by requests that must not reach the service. */
    private static final String UNREACHED_PATH = "/api/t/ba-04/plans/unreached";
    private static final List<String> SECURITY_HEADERS = List.of("cache-control", "pragma", "expires", "x-content-type-options",
            "x-frame-options", "x-xss-protection", "www-authenticate", "content-type");

    @Autowired
    SecurityWebFilterChain chain;

    @Test
    void aRequestThatFailsAuthenticationIsAnsweredAsTheChainAnswersIt() {
        List<String[]> cases = List.of(
                new String[] {},
                new String[] {"Authorization: Basic dXNlcjpwYXNz"},
                new String[] {"Authorization: Bearer"},
                new String[] {"Authorization: Bearer "},
                new String[] {"Authorization: Bearer two tokens"},
                new String[] {"Authorization: Bearer a%b"},
                new String[] {"Authorization: Bearer " + TestJwts.expired("ba-04")},
                new String[] {"Authorization: Bearer " + TOKEN.substring(0, TOKEN.length() - 4) + "AAAA"},
                new String[] {"Authorization: Bearer " + TOKEN.substring(0, TOKEN.length() - 4) + "AAAA", "X-Tenant-Id: ba-04"});
        for (String[] headers : cases) {
            RawHttp.Response reference = RawHttp.get(port, CHAIN_PATH, headers);
            RawHttp.Response tenantRoute = RawHttp.get(port, UNREACHED_PATH, headers);
            assertThat(reference.status()).as(String.join(" | ", headers)).isEqualTo(401);
            assertThat(tenantRoute.status()).as(String.join(" | ", headers)).isEqualTo(401);
            assertThat(securityHeadersOf(tenantRoute)).as(String.join(" | ", headers)).isEqualTo(securityHeadersOf(reference));
            for (String field : List.of("$.type", "$.title", "$.status", "$.detail")) {
                assertThat((Object) JsonPath.read(tenantRoute.body(), field)).as(field + " for " + String.join(" | ", headers))
                        .isEqualTo(JsonPath.read(reference.body(), field));
            }
        }
        assertThat(RawHttp.get(port, UNREACHED_PATH).header("www-authenticate")).isEqualTo("Bearer");
        assertThat(RawHttp.get(port, UNREACHED_PATH, "Authorization: Bearer a%b").header("www-authenticate"))
                .isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(RECEIVED).doesNotContain(UNREACHED_PATH);
    }

    @Test
    void aRoutedAnswerCarriesTheSecurityHeadersTheChainWrote() {
        RawHttp.Response routed = RawHttp.get(port, TENANT_PATH, "Authorization: Bearer " + TOKEN);
        assertThat(routed.status()).isEqualTo(200);
        assertThat((String) JsonPath.read(routed.body(), "$.tenant")).isEqualTo("ba-04");
        assertThat(routed.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(routed.header("x-frame-options")).isEqualTo("DENY");
        assertThat(routed.header("x-xss-protection")).isEqualTo("0");
        assertThat(routed.header("cache-control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(routed.header("pragma")).isEqualTo("no-cache");
        assertThat(routed.header("expires")).isEqualTo("0");
        // the scheme in any case, as the chain's converter accepted it; and a second request answers from the token cache
        assertThat(RawHttp.get(port, TENANT_PATH, "Authorization: bearer " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void theFirewallStillChecksTheRequestsOfTenantRoutes() {
        for (String target : List.of("/api/t/ba-04/plans/a%2Fb", "/api/t/ba-04/plans;jsessionid=1/strategies",
                "/api/t/ba-04/plans/%2e%2e/strategies", "/api/t/ba-04/plans//strategies")) {
            RawHttp.Response response = RawHttp.get(port, target, "Authorization: Bearer " + TOKEN);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat((String) JsonPath.read(response.body(), "$.type")).as(target).isEqualTo("urn:ariadne:problem:malformed-request");
        }
        // a header value the firewall refuses (a C1 control character), read for the bearer token
        RawHttp.Response header = RawHttp.get(port, UNREACHED_PATH, "Authorization: Bearer " + TOKEN + "\u0085");
        assertThat(header.status()).isEqualTo(400);
        assertThat((String) JsonPath.read(header.body(), "$.type")).isEqualTo("urn:ariadne:problem:malformed-request");
        assertThat(RECEIVED).noneMatch(path -> path.contains("a%2Fb") || path.contains("jsessionid") || path.contains("unreached"));
    }

    @Test
    void theChainServesEveryPathButTheTenantRoutes() {
        assertThat(chain.matches(exchange(TENANT_PATH)).block()).isFalse();
        assertThat(chain.matches(exchange("/api/t/")).block()).isFalse();
        for (String path : List.of("/api/admin/tenants", "/api/donor/funding/lines", "/oauth2/token", "/readyz", "/t/ba-04",
                "/api/tenants", "/error", "/fallback/plans")) {
            assertThat(chain.matches(exchange(path)).block()).as(path).isTrue();
        }
    }

    private static ServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

    private static Map<String, String> securityHeadersOf(RawHttp.Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        SECURITY_HEADERS.forEach(name -> headers.put(name, response.header(name)));
        return headers;
    }
}
