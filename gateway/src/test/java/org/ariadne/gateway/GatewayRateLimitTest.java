package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The per-tenant token bucket, with a tiny bucket (second and last context shape of this module). */
@TestPropertySource(properties = {"ariadne.gateway.rate-limit.capacity=3", "ariadne.gateway.rate-limit.per-second=1"})
class GatewayRateLimitTest extends GatewayTestSupport {

    private static final String TOKEN = TestJwts.token("user@two", List.of("xk", "me"), List.of("xk:coordinator", "me:viewer"));

    @Test
    void tenantOverItsBucketIsRateLimitedAndOthersAreNot() {
        // The bucket holds 3 and refills 1 per second: on a loaded machine a token may come back between requests,
        // so ask until the bucket is empty instead of counting on exactly the 4th request being refused.
        EntityExchangeResult<String> refused = null;
        int granted = 0;
        while (refused == null) {
            EntityExchangeResult<String> result = client.get().uri("/api/t/xk/plans/strategies")
                    .header(HttpHeaders.AUTHORIZATION, bearer(TOKEN)).exchange().expectBody(String.class).returnResult();
            if (result.getStatus().value() == 200) {
                granted++;
                assertThat(granted).as("requests granted before the bucket ran dry").isLessThan(30);
            } else {
                refused = result;
            }
        }
        assertThat(granted).isGreaterThanOrEqualTo(3);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponseBody()).contains("\"type\":\"" + PROBLEM_PREFIX + "rate-limited\"")
                .contains("\"tenant\":\"xk\"");

        client.get().uri("/api/t/me/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(TOKEN))
                .exchange().expectStatus().isOk();
    }
}
