package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.identity.lifecycle.TenantArchive;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tenant's lifecycle as the platform admin drives it, with identity's real jobs, registry and Kafka, and stand-ins
 * for plans and monitoring over real HTTP ({@link FakeServices}; tests/e2e does it with the real services): export
 * as a job, offboarding only after a downloaded export taken while suspended, confirmed with the token and phrase,
 * leaving an audit entry and TenantOffboarded; the archive imported under a new id with its checksums checked.
 */
@IdentityTest
class TenantLifecycleTest {

    private static final String ADMIN = TestJwts.platformAdmin();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoClient mongo;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void exportOffboardAndImportUnderANewId() throws Exception {
        String tenant = Fixtures.tenantId();
        String copy = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(tenant, null)).status()).isEqualTo(201);
        String username = "keeper." + tenant.substring(3);
        assertThat(api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "Keeper", "password": "long enough pass", "memberships": [
                  {"tenant": "%s", "roles": ["coordinator"]}]}""".formatted(username, tenant)).status()).isEqualTo(201);
        TestKafka.send(EventTypes.PLANS_TOPIC, tenant + ":plan-1", """
                {"tenantId": "%s", "planId": "plan-1", "title": "Plan", "levelNames": []}""".formatted(tenant),
                TestKafka.cloudEventHeaders(EventTypes.PLAN_CREATED, tenant, "plan-1", 1));
        String coordinator = TestJwts.forTenant(tenant, "coordinator");
        await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(
                api.get("/api/t/" + tenant + "/identity/checklist", coordinator).json("$.items[0].state")));
        FakeServices.service("plans").holds(tenant, "{\"_id\": \"plan-1\", \"tenantId\": \"" + tenant + "\", \"title\": \"Plan\"}");
        FakeServices.service("monitoring").holds(tenant, "{\"_id\": \"round-1\", \"tenantId\": \"" + tenant + "\"}");

        assertThat(offboarding(tenant).status()).as("an active tenant").isEqualTo(409);
        String early = finishedExport(tenant);
        assertThat(api.post("/api/admin/tenants/" + tenant + "/suspend", ADMIN, "{\"reason\": \"Jurisdiction merged\"}").status())
                .isEqualTo(200);
        assertThat(offboarding(tenant).body()).as("an export from before the suspension").contains("export it again");
        String exportJob = finishedExport(tenant);
        assertThat(offboarding(tenant).body()).contains("never downloaded");
        assertThat(early).isNotEqualTo(exportJob);

        byte[] archive = download("/api/admin/tenants/" + tenant + "/exports/" + exportJob + "/archive");
        Document manifest = TenantArchive.verify(new ByteArrayInputStream(archive));
        assertThat(manifest.get("tenant", Document.class).getString("id")).isEqualTo(tenant);
        assertThat(manifest.getList("files", Document.class).stream().map(f -> f.getString("path")).toList())
                .containsExactly("services/funding.ndjson", "services/monitoring.ndjson", "services/partners.ndjson",
                        "services/plans.ndjson", "services/identity.ndjson", "identity/memberships.json");
        assertThat(FakeServices.service("plans").authorizations).last().asString().startsWith("Bearer ");

        Api.Response request = offboarding(tenant);
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        String token = request.json("$.token");
        assertThat((String) request.json("$.phrase")).isEqualTo("offboard " + tenant);
        Api.Response wrong = api.post("/api/admin/tenants/" + tenant + "/offboarding/confirmation", ADMIN, """
                {"token": "%s", "phrase": "offboard %s"}""".formatted(token, copy));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat((List<String>) wrong.json("$.errors[*].pointer")).containsExactly("/phrase");

        Api.Response confirmed = api.post("/api/admin/tenants/" + tenant + "/offboarding/confirmation", ADMIN, """
                {"token": "%s", "phrase": "offboard %s"}""".formatted(token, tenant));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat((List<String>) confirmed.json("$.details.databasesDropped")).containsExactly("funding", "monitoring", "partners", "plans",
                "identity");
        assertThat(api.get("/api/admin/tenants/" + tenant, ADMIN).status()).isEqualTo(404);
        assertThat(FakeServices.service("plans").dropped).contains(tenant);
        assertThat(FakeServices.service("monitoring").dropped).contains(tenant);
        assertThat(FakeServices.service("funding").dropped).as("a service holding nothing of the tenant is asked too").contains(tenant);
        assertThat((List<Object>) api.get("/api/admin/users/" + username, ADMIN).json("$.memberships")).isEmpty();
        assertThat(mongo.listDatabaseNames().into(new ArrayList<>())).doesNotContain("identity__" + tenant);
        assertThat((String) api.get("/api/admin/tenants/" + tenant + "/audit", ADMIN).json("$[0].action")).isEqualTo("offboarded");
        assertThat(TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC, r -> tenant.equals(TestKafka.header(r, "ce_tenant"))
                && EventTypes.TENANT_OFFBOARDED.equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(20))).isPresent();

        Api.Response started = api.sendBytes("POST", "/api/admin/tenant-imports?tenantId=" + copy + "&restoreMemberships=true",
                ADMIN, archive, "application/zip");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Api.Response imported = awaitJob(started.header("Location"));
        assertThat((String) imported.json("$.state")).as(imported.toString()).isEqualTo("succeeded");
        assertThat((String) api.get("/api/admin/tenants/" + copy, ADMIN).json("$.status")).isEqualTo("ACTIVE");
        assertThat(FakeServices.service("plans").data.get(copy)).contains("\"tenant\": \"" + copy + "\"");
        assertThat((String) api.get("/api/admin/users/" + username, ADMIN).json("$.memberships[0].tenant")).isEqualTo(copy);
        assertThat((String) api.get("/api/t/" + copy + "/identity/checklist", TestJwts.forTenant(copy, "coordinator"))
                .json("$.items[0].state")).as("identity's own data came along").isEqualTo("done");
    }

    @Test
    void aDamagedArchiveIsRefusedAndCreatesNothing() throws Exception {
        String tenant = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(tenant, null)).status()).isEqualTo(201);
        String job = finishedExport(tenant);
        byte[] archive = download("/api/admin/tenants/" + tenant + "/exports/" + job + "/archive");
        String copy = Fixtures.tenantId();

        Api.Response notZip = api.sendBytes("POST", "/api/admin/tenant-imports?tenantId=" + copy, ADMIN, "not a zip".getBytes(),
                "application/zip");
        assertThat(notZip.status()).isEqualTo(422);
        assertThat((List<String>) notZip.json("$.errors[*].pointer")).containsExactly("/archive");

        byte[] damaged = archive.clone();
        damaged[40] ^= 0x5a; // inside the first entry's compressed data
        Api.Response refused = api.sendBytes("POST", "/api/admin/tenant-imports?tenantId=" + copy, ADMIN, damaged, "application/zip");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(api.get("/api/admin/tenants/" + copy, ADMIN).status()).isEqualTo(404);
        assertThat(api.sendBytes("POST", "/api/admin/tenant-imports?tenantId=" + tenant, ADMIN, archive, "application/zip").status())
                .as("an id that is taken").isEqualTo(409);
        assertThat(api.post("/api/admin/tenants/" + tenant + "/exports", TestJwts.forTenant(tenant, "coordinator"), null).status())
                .isEqualTo(403);
    }

    private Api.Response offboarding(String tenant) {
        return api.post("/api/admin/tenants/" + tenant + "/offboarding", ADMIN, "{\"reason\": \"Jurisdiction merged\"}");
    }

    private String finishedExport(String tenant) {
        Api.Response started = api.post("/api/admin/tenants/" + tenant + "/exports", ADMIN, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Api.Response job = awaitJob(started.header("Location"));
        assertThat((String) job.json("$.state")).as(job.toString()).isEqualTo("succeeded");
        return job.json("$.id");
    }

    private Api.Response awaitJob(String location) {
        Api.Response[] last = new Api.Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = api.get(location, ADMIN);
            return List.of("succeeded", "failed").contains(last[0].<String>json("$.state"));
        });
        return last[0];
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
