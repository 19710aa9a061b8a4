package org.ariadne.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operational surface: health and metrics on the management port, liveness and readiness and the OpenAPI document
 * on the service port without a token; the API needs one.
 */
@ServiceTest
class ServiceEndpointsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthMetricsAndApiDocsAreServed() {
        Api api = new Api(port);
        Api management = new Api(managementPort);

        assertThat(management.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(api.get("/readyz", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(404);
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
