package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Export → offboard → import under a new id, through the gateway, with the packaged services as their own JVMs, a
 * real Kafka broker and the Mongo wire server: the imported tenant answers the plans, monitoring, funding and partners
 * APIs exactly as the original did (its plans, its round, its roll-up, its budget line and totals, its institutions and
 * how its plan's names were read), and the offboarded tenant's databases are gone from Mongo.
 */
class TenantLifecycleEndToEndTest {

    static final String ORIGINAL = "ba-07";
    static final String COPY = "ba-17";
    static final String ADMIN = TestJwts.platformAdmin();
    static LocalStack stack;
    static Api gateway;

    @BeforeAll
    static void startPlatform() {
        stack = new LocalStack().start("identity", "plans", "monitoring", "funding", "partners", "gateway");
        gateway = new Api(stack.gatewayUrl());
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void exportOffboardImportGivesTheSameAnswersAndTheOffboardedDatabasesAreGone() throws Exception {
        Api.Response onboarded = gateway.post("/api/admin/tenants", ADMIN, """
                {"id":"%s","name":"Bosansko-podrinjski kanton","parentId":null,"languages":["bs"],"currency":"BAM",
                 "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Strateški program"]}""".formatted(ORIGINAL));
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
        String token = TestJwts.forTenant(ORIGINAL);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.get("/api/t/" + ORIGINAL + "/plans", token).status() == 200);
        String planId = gateway.post("/api/t/" + ORIGINAL + "/plans", token,
                "{\"title\":\"Akcioni plan BPK 2024-2026\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}").json("$.id");
        String node = gateway.post("/api/t/" + ORIGINAL + "/plans/" + planId + "/nodes", token,
                "{\"parentId\":null,\"code\":\"1\",\"title\":\"Prevencija\"}").json("$.id");
        for (String code : List.of("1.1", "1.2")) {
            Api.Response activity = gateway.post("/api/t/" + ORIGINAL + "/plans/" + planId + "/activities", token, """
                    {"nodeId":"%s","code":"%s","title":"Aktivnost %s","deadline":"2025","leadInstitutions":["MUP BPK"]}"""
                    .formatted(node, code, code));
            assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                gateway.get("/api/t/" + ORIGINAL + "/monitoring/plans/" + planId + "/activities", token).body().contains("1.2"));
        Api.Response round = gateway.post("/api/t/" + ORIGINAL + "/monitoring/plans/" + planId + "/rounds", token, """
                {"kind":"annual","periodStart":"2025-01-01","periodEnd":"2025-12-31","dueDate":"2026-01-31","recipient":"Vlada"}""");
        assertThat(round.status()).as(round.toString()).isEqualTo(201);
        String roundId = round.json("$.roundId");
        String[] line = new String[1];
        // funding learns the plan's activities from plans.events: the link to 1.1 is refused until it has
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Api.Response created = gateway.post("/api/t/" + ORIGINAL + "/funding/lines", token, """
                    {"code": "11-2025", "title": "Sigurna kuća", "currency": "BAM", "holder": {"name": "MUP BPK"},
                     "source": {"kind": "cantonal_budget"}, "allocations": [{"year": 2025, "amount": "20000.00", "status": "secured"}],
                     "links": [{"code": "1.1"}]}""");
            line[0] = created.status() == 201 ? created.json("$.id") : null;
            return line[0] != null;
        });
        Api.Response spent = gateway.post("/api/t/" + ORIGINAL + "/funding/lines/" + line[0] + "/transactions", token, """
                {"type": "expenditure", "amount": "1250.50", "currency": "BAM", "date": "2025-03-31",
                 "provider": {"name": "MUP BPK"}, "receiver": {"name": "Sigurna kuća"}, "description": "Smještaj"}""");
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        Api.Response institution = gateway.post("/api/t/" + ORIGINAL + "/partners/institutions", token, """
                {"name": "Centar za socijalni rad Goražde", "kind": "public_service", "acronym": "CSR Goražde"}""");
        assertThat(institution.status()).as(institution.toString()).isEqualTo(201);
        List<String> paths = List.of("plans", "plans/" + planId, "monitoring/overview", "monitoring/plans/" + planId + "/activities",
                "monitoring/plans/" + planId + "/rounds", "monitoring/rounds/" + roundId + "/rollup",
                "monitoring/rounds/" + roundId + "/contributions", "funding/lines", "funding/lines/" + line[0],
                "funding/totals?currency=BAM", "funding/activities?planId=" + planId, "partners/institutions",
                "partners/activities", "partners/review");
        // the services read each other's events (partners reads the plan's names, plans takes the readings back): compare
        // the answers once they no longer change
        Map<String, String> before = settledAnswers(ORIGINAL, paths);
        List<String> tenantDatabases = List.of("plans__" + ORIGINAL, "monitoring__" + ORIGINAL, "funding__" + ORIGINAL,
                "partners__" + ORIGINAL, "identity__" + ORIGINAL);

        assertThat(gateway.post("/api/admin/tenants/" + ORIGINAL + "/suspend", ADMIN, "{\"reason\":\"Offboarding\"}").status())
                .isEqualTo(200);
        Api.Response export = gateway.post("/api/admin/tenants/" + ORIGINAL + "/exports", ADMIN, null);
        assertThat(export.status()).as(export.toString()).isEqualTo(202);
        Api.Response exported = awaitJob(export.header("Location"));
        assertThat((String) exported.json("$.state")).as(exported.toString()).isEqualTo("succeeded");
        byte[] archive = download(export.header("Location") + "/archive");

        assertThat(databases()).containsAll(tenantDatabases);
        Api.Response request = gateway.post("/api/admin/tenants/" + ORIGINAL + "/offboarding", ADMIN, "{\"reason\":\"Test\"}");
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        Api.Response confirmed = gateway.post("/api/admin/tenants/" + ORIGINAL + "/offboarding/confirmation", ADMIN,
                "{\"token\":\"%s\",\"phrase\":\"offboard %s\"}".formatted(request.<String>json("$.token"), ORIGINAL));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(databases()).doesNotContain(tenantDatabases.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/t/" + ORIGINAL + "/plans", token).status() == 403);

        Api.Response started = gateway.sendBytes("POST", "/api/admin/tenant-imports?tenantId=" + COPY, ADMIN, archive,
                "application/zip");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Api.Response imported = awaitJob(started.header("Location"));
        assertThat((String) imported.json("$.state")).as(imported.toString()).isEqualTo("succeeded");
        String copyToken = TestJwts.forTenant(COPY);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.get("/api/t/" + COPY + "/plans", copyToken).status() == 200);

        Map<String, String> after = settledAnswers(COPY, paths);
        for (String path : paths) {
            assertThat(after.get(path).replace(COPY, ORIGINAL)).as(path).isEqualTo(before.get(path));
        }
        assertThat(gateway.post("/api/t/" + COPY + "/plans", copyToken, "{\"title\":\"Novi plan\",\"levelNames\":[\"Oblast\"]}")
                .status()).as("the imported tenant is active").isEqualTo(201);
    }

    private static Map<String, String> answers(String tenant, List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = gateway.get("/api/t/" + tenant + "/" + path, TestJwts.forTenant(tenant));
            assertThat(response.status()).as(path + " " + response).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }

    private static Map<String, String> settledAnswers(String tenant, List<String> paths) {
        List<Map<String, String>> last = new ArrayList<>(List.of(answers(tenant, paths)));
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Map<String, String> now = answers(tenant, paths);
            boolean unchanged = now.equals(last.get(0));
            last.set(0, now);
            return unchanged;
        });
        return last.get(0);
    }

    private static List<String> databases() {
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            return mongo.listDatabaseNames().into(new ArrayList<>());
        }
    }

    private static Api.Response awaitJob(String location) {
        Api.Response[] last = new Api.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = gateway.get(location, ADMIN);
            return last[0].status() == 200 && List.of("succeeded", "failed").contains(last[0].<String>json("$.state"));
        });
        return last[0];
    }

    private static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
