package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.OpenApiEndpoints;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Identity's tenant endpoints (from its OpenAPI document, so a new one cannot escape) refuse a donor user's token and
 * the token of the tenant's parent: a consent opens the parent views of monitoring and funding, never the child's
 * identity endpoints.
 */
@IdentityTest
class IdentityTenantIsolationTest {

    @LocalServerPort
    int port;

    @Test
    void everyTenantEndpointRefusesADonorTokenAndTheParentsToken() {
        Api api = new Api(port);
        String parent = Fixtures.tenantId();
        String child = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", TestJwts.platformAdmin(), Fixtures.tenantJson(parent, null)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/admin/tenants", TestJwts.platformAdmin(), Fixtures.tenantJson(child, parent)).status())
                .isEqualTo(201);
        List<OpenApiEndpoints.Endpoint> endpoints = OpenApiEndpoints.of(api).stream()
                .filter(e -> e.path().startsWith("/api/t/{tenant}/")).toList();
        assertThat(endpoints).extracting(OpenApiEndpoints.Endpoint::toString)
                .contains("PUT /api/t/{tenant}/identity/parent-consent", "GET /api/t/{tenant}/identity/audit");

        List<String> admitted = new ArrayList<>();
        for (OpenApiEndpoints.Endpoint endpoint : endpoints) {
            for (String token : List.of(TestJwts.donor("global-iom"), TestJwts.forTenant(parent, "coordinator"))) {
                Api.Response response = api.send(endpoint.method(), endpoint.concrete(child, child), token,
                        "GET".equals(endpoint.method()) ? null : "{}");
                if (response.status() != 403 || !response.isProblem("tenant-forbidden")) {
                    admitted.add(endpoint + ": " + response);
                }
            }
        }
        assertThat(admitted).isEmpty();
    }
}
