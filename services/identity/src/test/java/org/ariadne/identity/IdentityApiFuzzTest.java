package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.ariadne.testing.Api;
import org.ariadne.testing.ApiFuzzSuite;
import org.ariadne.testing.TestJwts;

/**
 * Hostile input for every operation of identity's OpenAPI document (lib-testing's suite): the platform admin's tenant
 * registry and users. A refused write must leave the registry ({@code platform__registry}) as it was.
 */
@IdentityTest
class IdentityApiFuzzTest extends ApiFuzzSuite {

    @Override
    protected Map<String, String> fixtures() {
        String admin = TestJwts.platformAdmin();
        String tenant = Fixtures.tenantId();
        Api.Response created = api.post("/api/admin/tenants", admin, Fixtures.tenantJson(tenant, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String username = "fuzz." + tenant.substring(3);
        Api.Response user = api.post("/api/admin/users", admin, "{\"username\":\"" + username + "\",\"displayName\":\"Fuzz\","
                + "\"password\":\"fuzz-password-1\",\"memberships\":[{\"tenant\":\"" + tenant + "\",\"roles\":[\"viewer\"]}]}");
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return Map.of("id", tenant, "username", username, "tenant", tenant, "parentId", tenant, "tenantId", tenant);
    }

    @Override
    protected boolean isFingerprinted(String database) {
        return database.equals("platform__registry");
    }


    /** Failed sign-ins are counted by the throttle, outside the admin API. */
    @Override
    protected Set<String> backgroundCollections() {
        return Set.of("sign_in_failures");
    }
}
