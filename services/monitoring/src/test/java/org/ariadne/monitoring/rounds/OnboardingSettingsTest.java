package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.Test;

/**
 * A tenant onboarded from the canton template gets the template's reporting rules as its reporting settings, from
 * identity's TenantOnboarded record on Kafka; a tenant that has settings of its own keeps them.
 */
class OnboardingSettingsTest extends ServiceApiTest {

    private static final String CANTON_RULES = """
            "template": "canton", "reporting": {"statusClasses": {"not_started": "not_started", "ongoing": "implemented",
              "partially_implemented": "implemented", "implemented": "implemented", "not_implemented": "implemented",
              "no_data": "other"}, "rounding": "truncate", "decimals": 1, "decimalSeparator": ",", "language": "bs",
              "jurisdiction": "KS"}""";

    @Test
    void theCantonTemplatesRulesBecomeTheNewTenantsSettingsOnce() {
        String tenant = "ba-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        onboarded(tenant, 1);
        RoundsApi canton = new RoundsApi(port, tenant);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(canton.get("/settings/reporting").<String>json("$.rounding")).isEqualTo("truncate"));
        assertThat(canton.get("/settings/reporting").<String>json("$.decimalSeparator")).isEqualTo(",");
        assertThat(canton.get("/settings/reporting").<String>json("$.jurisdiction")).isEqualTo("KS");
        assertThat(canton.get("/settings/reporting").<String>json("$.statusClasses.ongoing")).isEqualTo("implemented");

        assertThat(canton.put("/settings/reporting", """
                {"rounding":"half_up","decimals":2,"decimalSeparator":".","language":"en"}""").status()).isEqualTo(200);
        onboarded(tenant, 2); // a replay of the event
        TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC, r -> "2".equals(TestKafka.header(r, "ce_aggversion"))
                && tenant.equals(TestKafka.header(r, "ce_tenant")), Duration.ofSeconds(10)).orElseThrow();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(canton.get("/settings/reporting").<String>json("$.rounding")).isEqualTo("half_up"));
    }

    private static void onboarded(String tenant, long version) {
        TestKafka.send(EventTypes.IDENTITY_TOPIC, tenant + ":" + tenant, """
                {"tenantId": "%s", "name": "Kanton", "parentId": "ba", "languages": ["bs"], "currency": "BAM",
                 "timeZone": "Europe/Sarajevo", "levelNames": ["Oblast"], %s}""".formatted(tenant, CANTON_RULES),
                TestKafka.cloudEventHeaders(EventTypes.TENANT_ONBOARDED, tenant, tenant, version));
    }
}
