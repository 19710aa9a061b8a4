package org.ariadne.partners.institution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.partners.PartnersApi;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The matcher every reading needs is kept while the registry does not change, and built again as soon as the tenant's
 * or the global registry's institutions or aliases change, whichever request (or replica) changed them.
 */
@ServiceTest
class KeptMatcherTest {

    private static final TenantId TENANT = TenantId.of("cz"); // a tenant no other test of partners uses

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InstitutionQueries queries;

    @Test
    void theMatcherIsKeptUntilTheTenantsOrTheGlobalRegistryChanges() {
        TestTenants.provision(context, TENANT.value());
        PartnersApi partners = new PartnersApi(new Api(port), TENANT.value());
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        NameMatcher first = matcher();

        assertThat(matcher()).as("nothing changed: the same matcher").isSameAs(first);

        String office = partners.register("Kancelarija " + suffix, "coordination_office", PartnersApi.alias("KK" + suffix, "acronym"));
        NameMatcher afterTenantChange = matcher();
        assertThat(afterTenantChange).isNotSameAs(first);
        assertThat(TenantContext.callAs(TENANT, () -> afterTenantChange.match("KK" + suffix).parts().get(0).institutionId()))
                .isEqualTo(office);

        partners.aliases(office, "KNK" + suffix, "typo");
        assertThat(TenantContext.callAs(TENANT, () -> matcher().match("KNK" + suffix).parts().get(0).institutionId()))
                .as("a new alias of the tenant").isEqualTo(office);

        Api.Response global = new Api(port).post("/api/admin/partners/institutions", TestJwts.platformAdmin(),
                "{\"name\":\"Globalni donator " + suffix + "\",\"kind\":\"donor\"}");
        assertThat(global.status()).as(global.toString()).isEqualTo(201);
        assertThat(TenantContext.callAs(TENANT, () -> matcher().match("Globalni donator " + suffix).parts().get(0).institutionId()))
                .as("an institution of the global registry").isEqualTo(global.<String>json("$.id"));
    }

    private NameMatcher matcher() {
        return TenantContext.callAs(TENANT, queries::matcher);
    }
}
