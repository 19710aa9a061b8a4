package org.ariadne.plans.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.mongodb.client.MongoClient;

/**
 * lib-tenancy's platform endpoint as identity's lifecycle jobs use it, on a real service (plans): a tenant's whole
 * database out as a stream, into a fresh tenant id with its tenant ids rewritten, and dropped; the imported tenant
 * answers the plans API as the original did. Only platform admins reach it; a cut-off or foreign stream and an import
 * into a tenant with data are refused and leave nothing behind.
 */
class TenantDataTest extends ServiceApiTest {

    private static final String ADMIN = TestJwts.platformAdmin();

    @Autowired
    MongoClient mongo;

    @Test
    void aTenantIsExportedImportedUnderANewIdAndDropped() {
        String from = tenant();
        String to = tenant();
        String planId = plan(from);
        Api.Response original = api.get("/api/t/" + from + "/plans/" + planId, TestJwts.forTenant(from));
        assertThat(original.status()).isEqualTo(200);

        Api.Response exported = api.get("/api/platform/tenant-data/" + from, ADMIN);
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        List<String> lines = exported.body().lines().toList();
        assertThat(Document.parse(lines.get(0))).containsEntry("format", "ariadne.tenant-data.v1").containsEntry("service", "plans")
                .containsEntry("tenant", from);
        assertThat(Document.parse(lines.get(lines.size() - 1)).get("documents", Number.class).longValue()).isEqualTo(lines.size() - 2);

        Api.Response imported = api.sendBytes("PUT", "/api/platform/tenant-data/" + to + "?from=" + from, ADMIN,
                exported.body().getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        Api.Response copy = api.get("/api/t/" + to + "/plans/" + planId, TestJwts.forTenant(to));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
        assertThat(copy.body().replace(to, from)).isEqualTo(original.body());
        assertThat(api.get("/api/t/" + to + "/plans", TestJwts.forTenant(to)).body().replace(to, from))
                .isEqualTo(api.get("/api/t/" + from + "/plans", TestJwts.forTenant(from)).body());
        assertThat(api.get("/api/platform/tenant-data/" + to, ADMIN).body()).doesNotContain("\"" + from + "\"");

        Api.Response again = api.sendBytes("PUT", "/api/platform/tenant-data/" + to + "?from=" + from, ADMIN,
                exported.body().getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem("conflict")).isTrue();

        assertThat(api.delete("/api/platform/tenant-data/" + from, ADMIN).status()).isEqualTo(204);
        assertThat(databases()).doesNotContain("plans__" + from).contains("plans__" + to);
        assertThat(api.get("/api/t/" + from + "/plans/" + planId, TestJwts.forTenant(from)).status()).isEqualTo(404);
    }

    @Test
    void aCutOffOrForeignStreamIsRefusedAndLeavesNothing() {
        String from = tenant();
        plan(from);
        String stream = api.get("/api/platform/tenant-data/" + from, ADMIN).body();
        List<String> lines = new ArrayList<>(stream.lines().toList());
        String cutOff = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
        String to = tenant();

        Api.Response refused = api.sendBytes("PUT", "/api/platform/tenant-data/" + to + "?from=" + from, ADMIN,
                cutOff.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem("malformed-request")).isTrue();
        assertThat(refused.body()).contains("cut off");
        assertThat(databases()).doesNotContain("plans__" + to);

        Api.Response foreign = api.sendBytes("PUT", "/api/platform/tenant-data/" + to + "?from=zz-other", ADMIN,
                stream.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(databases()).doesNotContain("plans__" + to);
    }

    @Test
    void onlyPlatformAdminsReachTheTenantsData() {
        String tenant = tenant();
        assertThat(api.get("/api/platform/tenant-data/" + tenant, TestJwts.forTenant(tenant)).status()).isEqualTo(403);
        assertThat(api.delete("/api/platform/tenant-data/" + tenant, TestJwts.forTenant(tenant)).status()).isEqualTo(403);
        assertThat(api.get("/api/platform/tenant-data/" + tenant, null).status()).isEqualTo(401);
    }

    private String plan(String tenant) {
        String token = TestJwts.forTenant(tenant);
        Api.Response plan = api.post("/api/t/" + tenant + "/plans", token,
                "{\"title\":\"Akcioni plan\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json("$.id");
        String node = api.post("/api/t/" + tenant + "/plans/" + planId + "/nodes", token,
                "{\"parentId\":null,\"code\":\"1\",\"title\":\"Prevencija\"}").json("$.id");
        Api.Response activity = api.post("/api/t/" + tenant + "/plans/" + planId + "/activities", token, """
                {"nodeId":"%s","code":"1.1.1","title":"Edukacija","deadline":"2022","leadInstitutions":["MUP ZDK"]}"""
                .formatted(node));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        return planId;
    }

    private List<String> databases() {
        return mongo.listDatabaseNames().into(new ArrayList<>());
    }

    private static String tenant() {
        return "zz-" + Long.toString(System.nanoTime(), 36).substring(4);
    }
}
