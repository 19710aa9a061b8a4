package org.ariadne.identity;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantRegistryStamp;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IdentityTest
class TenantOnboardingTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    private static final String ADMIN = TestJwts.platformAdmin();

    @LocalServerPort
    int port;

    @Autowired
    TenantDatabases databases;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void onboardingATenantStoresItAndPublishesTenantOnboarded() {
        String parent = Fixtures.tenantId();
        String canton = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(parent, null)).status()).isEqualTo(201);

        Api.Response created = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(canton, parent));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/tenants/" + canton);
        assertThat((String) created.json("$.status")).isEqualTo("ACTIVE");
        assertThat((String) created.json("$.parentId")).isEqualTo(parent);
        Api.Response read = api.get("/api/admin/tenants/" + canton, ADMIN);
        assertThat(read.status()).isEqualTo(200);
        assertThat((List<String>) read.json("$.languages")).containsExactly("bs", "hr", "sr-Latn");
        assertThat((List<String>) api.get("/api/admin/tenants", ADMIN).json("$[*].id")).contains(parent, canton);
        Document stored = registry(canton);
        assertThat(stored.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored.getString("currency")).isEqualTo("BAM");

        ConsumerRecord<String, String> event = awaitEvent(EventTypes.TENANT_ONBOARDED, canton);
        assertThat(event.key()).isEqualTo(canton + ":" + canton);
        assertThat(TestKafka.header(event, "ce_source")).isEqualTo("/services/identity");
        Map<String, Object> payload = JsonPath.read(event.value(), "$");
        assertThat(payload).containsEntry("tenantId", canton)
                .containsEntry("name", "Canton " + canton)
                .containsEntry("parentId", parent)
                .containsEntry("currency", "BAM")
                .containsEntry("timeZone", "Europe/Sarajevo");
        assertThat((List<String>) JsonPath.read(event.value(), "$.languages")).containsExactly("bs", "hr", "sr-Latn");
        assertThat((List<String>) JsonPath.read(event.value(), "$.levelNames"))
                .containsExactly("Strategic goal", "Operational goal", "Activity");
    }

    @Test
    void anExistingIdIsAConflict() {
        String id = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, null)).status()).isEqualTo(201);

        Api.Response again = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem("conflict")).as(again.toString()).isTrue();
    }

    @Test
    void anUnknownParentIsRejectedWithAPointer() {
        String id = Fixtures.tenantId();

        Api.Response response = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, Fixtures.tenantId()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat((List<String>) response.json("$.errors[*].pointer")).containsExactly("/parentId");
        assertThat(api.get("/api/admin/tenants/" + id, ADMIN).status()).isEqualTo(404);
        assertThat(registry(id)).isNull();
    }

    @Test
    void invalidFieldsAreAllListedAndNothingIsWritten() {
        String body = """
                {"id": "BA_04", "name": "", "languages": [], "currency": "eur", "timeZone": "Mars/Olympus",
                 "levelNames": ["1", "2", "3", "4", "5", "6", "7", "8", "9"]}
                """;

        Api.Response response = api.post("/api/admin/tenants", ADMIN, body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat((List<String>) response.json("$.errors[*].pointer"))
                .containsExactlyInAnyOrder("/id", "/name", "/languages", "/currency", "/timeZone", "/levelNames");
        assertThat(registry("BA_04")).isNull();
    }

    @Test
    void malformedJsonIsAMalformedRequestAndAnUnknownFieldIsNamed() {
        assertThat(api.post("/api/admin/tenants", ADMIN, "{\"id\": ").isProblem("malformed-request")).isTrue();
        String unknownField = Fixtures.tenantJson(Fixtures.tenantId(), null).replace("{", "{\"colour\": \"red\", ");
        Api.Response response = api.post("/api/admin/tenants", ADMIN, unknownField);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat(response.<String>json("$.errors[0].pointer")).isEqualTo("/colour");
    }

    @Test
    void onlyPlatformAdminsMayAdministerTenants() {
        String coordinator = TestJwts.forTenant("ba-04", "coordinator");
        String id = Fixtures.tenantId();

        Api.Response create = api.post("/api/admin/tenants", coordinator, Fixtures.tenantJson(id, null));
        Api.Response list = api.get("/api/admin/tenants", coordinator);
        Api.Response anonymous = api.get("/api/admin/tenants", null);

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.isProblem("forbidden")).as(create.toString()).isTrue();
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.isProblem("forbidden")).isTrue();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem("unauthenticated")).as(anonymous.toString()).isTrue();
        assertThat(registry(id)).isNull();
    }

    @Test
    void suspendingAndReactivatingPublishEventsAndChangeTheRegistry() {
        String id = Fixtures.tenantId();
        long beforeOnboarding = TenantRegistryStamp.read(databases);
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, null)).status()).isEqualTo(201);
        long beforeSuspension = TenantRegistryStamp.read(databases);
        assertThat(beforeSuspension).as("the gateway reads the registry again when its stamp moved").isGreaterThan(beforeOnboarding);

        Api.Response suspended = api.post("/api/admin/tenants/" + id + "/suspend", ADMIN, "{\"reason\": \"Contract ended\"}");

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(TenantRegistryStamp.read(databases)).isGreaterThan(beforeSuspension);
        assertThat((String) suspended.json("$.status")).isEqualTo("SUSPENDED");
        assertThat(registry(id).getString("status")).isEqualTo("SUSPENDED");
        ConsumerRecord<String, String> event = awaitEvent(EventTypes.TENANT_SUSPENDED, id);
        assertThat(event.key()).isEqualTo(id + ":" + id);
        assertThat((String) JsonPath.read(event.value(), "$.reason")).isEqualTo("Contract ended");
        assertThat(TestKafka.header(event, "ce_aggversion")).isEqualTo("2");

        Api.Response again = api.post("/api/admin/tenants/" + id + "/suspend", ADMIN, "{\"reason\": \"twice\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem("conflict")).isTrue();
        assertThat(api.post("/api/admin/tenants/" + id + "/suspend", ADMIN, "{}").isProblem("validation-failed")).isTrue();

        Api.Response reactivated = api.post("/api/admin/tenants/" + id + "/reactivate", ADMIN, null);
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(registry(id).getString("status")).isEqualTo("ACTIVE");
        awaitEvent(EventTypes.TENANT_REACTIVATED, id);
    }

    @Test
    void unknownTenantsAreNotFound() {
        assertThat(api.get("/api/admin/tenants/zz-nothere", ADMIN).isProblem("not-found")).isTrue();
        assertThat(api.post("/api/admin/tenants/zz-nothere/suspend", ADMIN, "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/admin/tenants/zz-nothere/reactivate", ADMIN, null).status()).isEqualTo(404);
    }

    private Document registry(String id) {
        return databases.platformRegistry().getCollection("tenants").find(eq("_id", id)).first();
    }

    private static ConsumerRecord<String, String> awaitEvent(String type, String tenant) {
        return TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC,
                        r -> tenant.equals(TestKafka.header(r, "ce_tenant")) && type.equals(TestKafka.header(r, "ce_type")),
                        EVENT_TIMEOUT)
                .orElseThrow(() -> new AssertionError("No " + type + " for " + tenant + " on " + EventTypes.IDENTITY_TOPIC));
    }
}
