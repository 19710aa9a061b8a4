package org.ariadne.gateway;

import java.util.List;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** The per-tenant token bucket, with a tiny bucket (second and last context shape of this module). */
@TestPropertySource(properties = {"ariadne.gateway.rate-limit.capacity=3", "ariadne.gateway.rate-limit.per-second=1"})
class GatewayRateLimitTest extends GatewayTestSupport {

    private static final String TOKEN = TestJwts.token("user@two", List.of("xk", "me"), List.of("xk:coordinator", "me:viewer"));

    @Test
    void tenantOverItsBucketIsRateLimitedAndOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/t/xk/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(TOKEN))
                    .exchange().expectStatus().isOk();
        }
        expectProblem(client.get().uri("/api/t/xk/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKEN)).exchange()
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1"), 429, "rate-limited")
                .jsonPath("$.tenant").isEqualTo("xk");

        client.get().uri("/api/t/me/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(TOKEN))
                .exchange().expectStatus().isOk();
    }
}
