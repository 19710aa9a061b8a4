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

    @Test
    void aParentListsItsActiveChildrenWithTheirConsentAndNothingElse() {
        String parent = onboard(null);
        String consenting = onboard(parent);
        String withholding = onboard(parent);
        String suspended = onboard(parent);
        String grandchild = onboard(consenting);
        String stranger = onboard(onboard(null));
        api.put("/api/t/" + consenting + "/identity/parent-consent", coordinatorOf(consenting), "{}");
        api.put("/api/t/" + withholding + "/identity/parent-consent", coordinatorOf(withholding), "{}");
        api.delete("/api/t/" + withholding + "/identity/parent-consent", coordinatorOf(withholding));
        api.put("/api/t/" + stranger + "/identity/parent-consent", coordinatorOf(stranger), "{}");
        assertThat(api.post("/api/admin/tenants/" + suspended + "/suspend", ADMIN, "{\"reason\":\"test\"}").status())
                .isEqualTo(200);

        Api.Response children = api.get("/api/t/" + parent + "/identity/children", TestJwts.forTenant(parent, "viewer"));

        assertThat(children.status()).as(children.toString()).isEqualTo(200);
        assertThat(children.<List<String>>json("$.items[*].id")).containsExactlyInAnyOrder(consenting, withholding);
        assertThat(children.<List<Boolean>>json("$.items[?(@.id == '" + consenting + "')].consenting")).containsExactly(true);
        assertThat(children.<List<Object>>json("$.items[?(@.id == '" + consenting + "')].consentSince")).doesNotContainNull();
        assertThat(children.<List<Boolean>>json("$.items[?(@.id == '" + withholding + "')].consenting")).containsExactly(false);
        assertThat(children.<List<String>>json("$.items[*].name")).doesNotContainNull();
        // one level only, and a tenant without children has an empty list, not an error
        Api.Response below = api.get("/api/t/" + consenting + "/identity/children", TestJwts.forTenant(consenting, "viewer"));
        assertThat(below.<List<String>>json("$.items[*].id")).containsExactly(grandchild);
        assertThat(api.get("/api/t/" + grandchild + "/identity/children", TestJwts.forTenant(grandchild, "viewer"))
                .<List<String>>json("$.items")).isEmpty();
    }

    private static String coordinatorOf(String tenant) {
        return TestJwts.token("coordinator." + tenant, List.of(tenant), List.of(tenant + ":coordinator"));
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
