package org.ariadne.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operational surface: health, metrics and the OpenAPI document are open; the API needs a token. */
@ServiceTest
class ServiceEndpointsTest {

    @LocalServerPort
    int port;

    @Test
    void healthMetricsAndApiDocsAreServed() {
        Api api = new Api(port);

        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(200);
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/t/{tenant}/monitoring/overview")
                .contains("/api/t/{tenant}/monitoring/plans/{planId}/activities");
    }

    @Test
    void theApiRequiresABearerToken() {
        Api.Response response = new Api(port).get("/api/t/ba-04/monitoring/overview", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem("unauthenticated")).as(response.toString()).isTrue();
    }
}
