package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TenantIsolationSuite;
import org.ariadne.testing.TestJwts;

/** The tenant-isolation guarantees every service proves, for budget lines. */
@ServiceTest
class FundingTenantIsolationTest extends TenantIsolationSuite {

    @Override
    protected java.util.Set<String> parentViews() {
        return java.util.Set.of("GET /api/t/{tenant}/funding/totals");
    }

    @Override
    protected String createResourceAs(String tenant) {
        Api.Response created = api.post("/api/t/" + tenant + "/funding/lines", TestJwts.forTenant(tenant), """
                {"title": "Isolation line", "currency": "BAM", "holder": {"name": "Ministarstvo"},
                 "source": {"kind": "cantonal_budget"},
                 "allocations": [{"year": 2023, "amount": "1000.00", "status": "indicative"}]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "funding/lines/" + created.<String>json("$.id");
    }
}
