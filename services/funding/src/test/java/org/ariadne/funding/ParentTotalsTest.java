package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, acceptance 2 (funding): with a token for ba only, ba's coordinator rolls ba-04 up with ba only while
 * ba-04 consents (identity's ParentConsentChanged as a real Kafka record); the combined view counts the ba-owned
 * shelter line linked from ba-04's 4.2.6 once; after revocation it is a 404 again; every such read is listed for
 * ba-04's coordinator.
 */
class ParentTotalsTest extends ServiceApiTest {

    private static final AtomicLong CONSENT_VERSION = new AtomicLong(System.currentTimeMillis());
    private static final String ROLL_UP = "/totals?include=ba-04";
    private static boolean loaded;

    FundingApi funding;

    @Override
    protected String[] tenants() {
        return new String[] {"ba", "ba-04", "si", "me", "xk"};
    }

    @BeforeEach
    void load() {
        funding = new FundingApi(port);
        if (!loaded) {
            SeedTenants.freshDemo(context, funding);
            funding.ok(funding.post("ba", "/lines", """
                    {"title": "Sigurne kuće – smještaj žrtava", "currency": "BAM", "holder": {"name": "Ministarstvo sigurnosti BiH"},
                     "source": {"kind": "state_budget"},
                     "allocations": [{"year": 2023, "amount": "130000.00", "status": "secured"}],
                     "links": [{"code": "1.5.2"}, {"tenant": "ba-04", "code": "4.2.6"}]}"""));
            loaded = true;
        }
    }

    @Test
    void baRollsBa04UpOnlyWhileBa04ConsentsAndCountsTheSharedShelterLineOnce() {
        consent(false);
        Events.awaitTrue(() -> rollUpAsBa().status() == 404);
        assertThat(rollUpAsBa().isProblem("not-found")).isTrue();

        consent(true);
        Events.awaitTrue(() -> rollUpAsBa().status() == 200);
        Api.Response combined = rollUpAsBa();
        assertThat(combined.<List<String>>json("$.tenants")).containsExactly("ba", "ba-04");
        assertThat(combined.<String>json("$.own.all.planned")).as("the shelter line once").isEqualTo("130000.00");
        assertThat(combined.<Integer>json("$.own.all.lines")).isEqualTo(1);
        assertThat(combined.<Integer>json("$.linkedIn.all.lines")).isZero();

        Api.Response me = api.get(FundingApi.url("me", ROLL_UP), TestJwts.forTenant("me"));
        assertThat(me.status()).as("me is not ba-04's parent").isIn(404, 422);
        assertThat(me.body()).doesNotContain("130000");
        assertThat(api.get(FundingApi.url("ba-04", "/lines"), TestJwts.forTenant("ba")).status())
                .as("consent opens the roll-up, not the tenant").isEqualTo(403);

        consent(false);
        Events.awaitTrue(() -> rollUpAsBa().status() == 404);
    }

    @Test
    void everyParentReadIsListedForTheChildsCoordinator() {
        consent(true);
        Events.awaitTrue(() -> rollUpAsBa().status() == 200);

        Api.Response reads = api.get(FundingApi.url("ba-04", "/parent-reads"), TestJwts.forTenant("ba-04", "coordinator"));
        Api.Response asViewer = api.get(FundingApi.url("ba-04", "/parent-reads"), TestJwts.forTenant("ba-04", "viewer"));

        assertThat(reads.status()).as(reads.toString()).isEqualTo(200);
        assertThat(reads.<List<String>>json("$.items[*].parent")).isNotEmpty().containsOnly("ba");
        assertThat(reads.<List<String>>json("$.items[*].what")).contains("funding: totals rolled up with ba");
        assertThat(asViewer.status()).isEqualTo(403);
        consent(false);
        Events.awaitTrue(() -> rollUpAsBa().status() == 404);
    }

    private Api.Response rollUpAsBa() {
        return api.get(FundingApi.url("ba", ROLL_UP), TestJwts.forTenant("ba"));
    }

    private static void consent(boolean granted) {
        long version = CONSENT_VERSION.incrementAndGet();
        TestKafka.send(EventTypes.IDENTITY_TOPIC, "ba-04:ba-04", """
                {"tenantId": "ba-04", "parentId": "ba", "granted": %s, "changedBy": "coordinator.ba04",
                 "changedAt": "2026-12-06T10:00:00Z"}""".formatted(granted),
                TestKafka.cloudEventHeaders(EventTypes.PARENT_CONSENT_CHANGED, "ba-04", "ba-04", version));
    }
}
