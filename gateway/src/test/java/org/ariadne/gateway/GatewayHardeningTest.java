package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.List;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the gateway itself answers to hostile or broken requests (issue 14): always an RFC 9457 problem with a type
 * from docs/errors/, never an empty or HTML body and never an internal detail; and operations endpoints that are not
 * public. Requests an HTTP client library would encode or refuse go over a raw socket.
 */
class GatewayHardeningTest extends GatewayTestSupport {

    private static final String BA04 = TestJwts.forTenant("ba-04");
    private static final String AUTH = "Authorization: Bearer " + BA04;
    private static final long PLANS_LIMIT = 10L * 1024 * 1024;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void rawBackslashAndAngleBracketsInThePathAreMalformedRequests() {
        for (String target : List.of("/api/t/ba-04/plans/a\\b", "/api/t/ba-04/plans/%3Cok%3E/<script>", "/api/t/ba-04/plans/a>b",
                "/api/t/ba-04/plans/a\"b", "/api/t/ba-04/plans/a{b}", "/api/t/ba-04/plans/100%")) {
            RawHttp.Response response = RawHttp.get(port, target, AUTH);
            assertProblem(response, 400, "malformed-request");
            assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("percent-encoded");
        }
        assertThat(RECEIVED).noneMatch(path -> path.contains("script") || path.contains("a%5Cb"));
    }

    @Test
    void bracketsInAQueryAreMalformedRequestsAndTheirEncodedFormIsForwarded() {
        assertProblem(RawHttp.get(port, "/api/t/ba-04/plans/activities?q[$ne]=x", AUTH), 400, "malformed-request");
        // without a token the answer is a problem too (the URL is refused before anything else)
        assertProblem(RawHttp.get(port, "/api/t/ba-04/plans/activities?q[$ne]=x"), 400, "malformed-request");

        RawHttp.Response encoded = RawHttp.get(port, "/api/t/ba-04/plans/activities?q%5B%24ne%5D=x", AUTH);
        assertThat(encoded.status()).isEqualTo(200);
        assertThat((String) JsonPath.read(encoded.body(), "$.path")).isEqualTo("/api/t/ba-04/plans/activities");
    }

    @Test
    void aVeryLongUriIsUriTooLong() {
        RawHttp.Response response = RawHttp.get(port, "/api/t/ba-04/plans/" + "a".repeat(10_000), AUTH);
        assertProblem(response, 414, "uri-too-long");
        assertThat((Integer) JsonPath.read(response.body(), "$.maxBytes")).isEqualTo(4096);
    }

    @Test
    void oversizedHeadersAreHeadersTooLarge() {
        RawHttp.Response response = RawHttp.get(port, "/api/t/ba-04/plans/strategies", AUTH, "X-Padding: " + "p".repeat(20_000));
        assertProblem(response, 431, "headers-too-large");
    }

    @Test
    void errorPathIsAProblemWithOrWithoutToken() {
        expectProblem(client.get().uri("/error").exchange(), 401, "unauthenticated");
        expectProblem(client.get().uri("/error?message=%3Cscript%3E").exchange(), 401, "unauthenticated");
        expectProblem(client.get().uri("/error").header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 404, "not-found");
        expectProblem(client.get().uri("/error?message=%3Cscript%3E").header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(),
                404, "not-found");
        assertThat(RECEIVED).doesNotContain("/error");
    }

    @Test
    void declaredBodyOverTheRouteLimitIsRefusedBeforeItIsRead() {
        RawHttp.Response response = RawHttp.send(port, "POST /api/t/ba-04/plans/imports HTTP/1.1",
                new String[] {AUTH, "Content-Type: application/x-ndjson", "Content-Length: " + (PLANS_LIMIT + 1)}, out -> { });
        assertProblem(response, 413, "payload-too-large");
        assertThat(((Number) JsonPath.read(response.body(), "$.maxBytes")).longValue()).isEqualTo(PLANS_LIMIT);
        assertThat(response.header("Connection")).isEqualTo("close");
        assertThat(RECEIVED).doesNotContain("/api/t/ba-04/plans/imports");

        // other routes have the services' default limit of 1 MB
        assertProblem(RawHttp.send(port, "POST /api/admin/tenants HTTP/1.1", new String[] {
            "Authorization: Bearer " + TestJwts.platformAdmin(), "Content-Type: application/json", "Content-Length: 1048577"},
                out -> { }), 413, "payload-too-large");
    }

    @Test
    void chunkedBodyOverTheRouteLimitIsCutOffWithPayloadTooLargeNotUpstreamUnavailable() {
        long failedBefore = breakers.circuitBreaker("plans").getMetrics().getNumberOfFailedCalls();
        for (int attempt = 0; attempt < 2; attempt++) {
            RawHttp.Response response = RawHttp.send(port, "POST /api/t/ba-04/plans/imports?format=jsonl HTTP/1.1",
                    new String[] {AUTH, "Content-Type: application/x-ndjson", "Transfer-Encoding: chunked"},
                    RawHttp.chunked(50L * 1024 * 1024));
            assertProblem(response, 413, "payload-too-large");
            assertThat(((Number) JsonPath.read(response.body(), "$.maxBytes")).longValue()).isEqualTo(PLANS_LIMIT);
            assertThat(response.header(HttpHeaders.RETRY_AFTER)).isNull();
        }
        // the client's oversized body is not the service's failure: the breaker did not count it
        assertThat(breakers.circuitBreaker("plans").getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore);
    }

    @Test
    void chunkedBodyWithinTheLimitStreamsThrough() {
        long size = 3L * 1024 * 1024;
        RawHttp.Response response = RawHttp.send(port, "POST /api/t/ba-04/plans/imports?format=jsonl HTTP/1.1",
                new String[] {AUTH, "Content-Type: application/x-ndjson", "Transfer-Encoding: chunked"}, RawHttp.chunked(size));
        assertThat(response.status()).isEqualTo(200);
        assertThat(((Number) JsonPath.read(response.body(), "$.bodyBytes")).longValue()).isEqualTo(size);
    }

    @Test
    void operationsEndpointsAreOnlyOnTheManagementPort() {
        client.get().uri("/api/t/ba-04/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .exchange().expectStatus().isOk();

        // public port: liveness and readiness without a token, nothing else of the actuator
        client.get().uri("/livez").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator", "/actuator/env")) {
            expectProblem(client.get().uri(path).exchange(), 401, "unauthenticated");
            expectProblem(client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.platformAdmin())).exchange(),
                    404, "not-found");
        }

        // management port (not published by compose or the Kubernetes Service): probes and metrics
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        String scrape = management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape)
                .contains("ariadne_gateway_registry_age_seconds{application=\"gateway\"")
                .containsPattern("ariadne_gateway_registry_tenants\\{application=\"gateway\"} [4-9]")
                .containsPattern("http_server_requests_seconds_count\\{application=\"gateway\",[^}]*route=\"plans\"[^}]*tenant=\"ba-04\"")
                .doesNotContain("spring_cloud_gateway_requests")
                .contains("cache_gets_total{application=\"gateway\",cache=\"gateway.validated-tokens\"");
    }

    private static void assertProblem(RawHttp.Response response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type")).isEqualTo(PROBLEM_PREFIX + slug);
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
        assertThat(response.body()).doesNotContainPattern("(?i)exception|java\\.|netty|reactor|spring");
    }
}
