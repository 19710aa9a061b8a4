package org.ariadne.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.TenantIsolationSuite;
import org.ariadne.testing.TestJwts;

class PlansTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected String createResourceAs(String tenant) {
        Api.Response created = api.post("/api/t/" + tenant + "/plans", TestJwts.forTenant(tenant),
                "{\"title\":\"Isolation plan\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "plans/" + created.<String>json("$.id");
    }
}
