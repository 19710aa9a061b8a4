package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.http.HttpHeaders;

/**
 * A service's answer reaches the client byte for byte however it was sent: small ones with a length (which the gateway
 * writes whole, {@code AnswersInOneWrite}), large ones, chunked ones, none; and one the service cuts off is an error,
 * never a 200 with part of a body.
 */
class UpstreamAnswersTest extends GatewayTestSupport {

    private static final String BA04 = TestJwts.forTenant("ba-04");

    @Autowired
    List<GlobalFilter> globalFilters;

    @Test
    void theGatewayRoutesWithTheLoopAffineFilterAndWritesWithTheOneWriteFilter() {
        assertThat(globalFilters).filteredOn(NettyRoutingFilter.class::isInstance).singleElement()
                .extracting(filter -> filter.getClass().getName()).isEqualTo("org.ariadne.gateway.upstream.LoopAffineRouting$Filter");
        assertThat(globalFilters).filteredOn(NettyWriteResponseFilter.class::isInstance).singleElement()
                .extracting(filter -> filter.getClass().getName()).isEqualTo("org.ariadne.gateway.upstream.AnswersInOneWrite$Filter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sized-1", "sized-630", "sized-65536", "sized-65537", "sized-200000", "chunked-630", "chunked-200000"})
    void anAnswerArrivesWhole(String kind) {
        int length = Integer.parseInt(kind.substring(kind.indexOf('-') + 1));
        byte[] body = client.get().uri("/api/t/ba-04/plans" + ANSWERS + kind)
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/octet-stream")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isEqualTo(answerBytes(length));
    }

    @Test
    void aSmallAnswerOverAPlainSocketHasItsLengthAndNothingElse() {
        RawHttp.Response response = RawHttp.get(port, "/api/t/ba-04/plans" + ANSWERS + "sized-630",
                "Authorization: " + bearer(BA04));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo("630");
        assertThat(response.header("Transfer-Encoding")).isNull();
        assertThat(response.body()).isEqualTo(new String(answerBytes(630), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aHeadRequestGetsTheLengthAndNoBody() {
        client.head().uri("/api/t/ba-04/plans" + ANSWERS + "sized-630")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentLength(630)
                .expectBody().isEmpty();
    }

    @Test
    void noContentStaysNoContent() {
        client.get().uri("/api/t/ba-04/plans" + ANSWERS + "none")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange()
                .expectStatus().isNoContent()
                .expectBody().isEmpty();
    }

    @Test
    void anAnswerTheServiceCutsOffIsAnErrorNotAPartialBody() {
        client.get().uri("/api/t/ba-04/plans" + ANSWERS + "cut")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange()
                .expectStatus().is5xxServerError()
                .expectHeader().contentType(PROBLEM_JSON);
    }
}
