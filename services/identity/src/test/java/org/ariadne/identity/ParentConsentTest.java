package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, item 2 (identity): a child tenant's coordinator grants and revokes its parent's consent; each decision is
 * a ParentConsentChanged event on identity.events and an audit entry the coordinator lists.
 */
@IdentityTest
@SuppressWarnings("unchecked")
class ParentConsentTest {

    private static final String ADMIN = TestJwts.platformAdmin();

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theChildsCoordinatorGrantsAndRevokesWithAnEventAndAnAuditEntryEach() {
        String parent = onboard(null);
        String child = onboard(parent);
        String path = "/api/t/" + child + "/identity/parent-consent";
        String coordinator = TestJwts.token("coordinator." + child, List.of(child), List.of(child + ":coordinator"));

        Api.Response initially = api.get(path, TestJwts.forTenant(child, "viewer"));
        Api.Response byViewer = api.put(path, TestJwts.forTenant(child, "viewer"), "{}");
        Api.Response granted = api.put(path, coordinator, "{}");

        assertThat(initially.status()).as(initially.toString()).isEqualTo(200);
        assertThat(initially.<Boolean>json("$.granted")).isFalse();
        assertThat(initially.<String>json("$.parentId")).isEqualTo(parent);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.<Boolean>json("$.granted")).isTrue();
        assertThat(granted.<String>json("$.changedBy")).isEqualTo("coordinator." + child);
        ConsumerRecord<String, String> grant = awaitConsentEvent(child, true);
        assertThat(grant.key()).isEqualTo(child + ":" + child);
        assertThat((String) JsonPath.read(grant.value(), "$.parentId")).isEqualTo(parent);

        Api.Response revoked = api.delete(path, coordinator);
        assertThat(revoked.<Boolean>json("$.granted")).isFalse();
        ConsumerRecord<String, String> revoke = awaitConsentEvent(child, false);
        assertThat(Long.parseLong(TestKafka.header(revoke, "ce_aggversion")))
                .isGreaterThan(Long.parseLong(TestKafka.header(grant, "ce_aggversion")));

        Api.Response audit = api.get("/api/t/" + child + "/identity/audit", coordinator);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.<List<String>>json("$.items[*].action"))
                .containsExactlyInAnyOrder("parent-consent-revoked", "parent-consent-granted");
        assertThat(audit.<List<String>>json("$.items[*].by")).containsOnly("coordinator." + child);
        assertThat(api.get("/api/t/" + child + "/identity/audit", TestJwts.forTenant(child, "viewer")).status())
                .isEqualTo(403);
    }

    @Test
    void aTenantWithoutParentHasNoConsentToGive() {
        String top = onboard(null);

        Api.Response response = api.put("/api/t/" + top + "/identity/parent-consent", TestJwts.forTenant(top), "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem("not-found")).isTrue();
    }

    private ConsumerRecord<String, String> awaitConsentEvent(String child, boolean granted) {
        return TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC, r -> EventTypes.PARENT_CONSENT_CHANGED.equals(
                TestKafka.header(r, "ce_type")) && child.equals(TestKafka.header(r, "ce_tenant"))
                && r.value().contains("\"granted\":" + granted), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no ParentConsentChanged(" + granted + ") for " + child));
    }

    private String onboard(String parent) {
        String id = Fixtures.tenantId();
        Api.Response response = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, parent));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }
}
