package org.ariadne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TenantIsolationSuite;
import org.ariadne.testing.TestJwts;

@ServiceTest
class PartnersTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected String createResourceAs(String tenant) {
        Api.Response created = api.post("/api/t/" + tenant + "/partners/institutions", TestJwts.forTenant(tenant),
                "{\"name\":\"Isolation ministry " + System.nanoTime() + "\",\"kind\":\"ministry\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "partners/institutions/" + created.<String>json("$.id");
    }
}
