package org.ariadne.partners.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The registry through real HTTP: bad input is a problem and writes nothing; the global registry is the admin's. */
@ServiceTest
class InstitutionApiTest {

    private static final String TENANT = "hr"; // not a demo tenant: the acceptance test loads si
    private static final String BASE = "/api/t/" + TENANT + "/partners";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Api api;
    final String coordinator = TestJwts.forTenant(TENANT);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestTenants.provision(context, TENANT);
    }

    private String register(String json) {
        Api.Response created = api.post(BASE + "/institutions", coordinator, json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    private int aliasCount() {
        return api.get(BASE + "/aliases", coordinator).<Integer>json("$.total");
    }

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void anInstitutionIsRegisteredWithItsNamesAsAliasesAndReadBack() {
        String name = unique("Ministrstvo za zdravje");
        String id = register("{\"name\":\"" + name + "\",\"kind\":\"ministry\",\"nameEn\":\"Ministry of Health\"}");

        Api.Response read = api.get(BASE + "/institutions/" + id, TestJwts.forTenant(TENANT, "viewer"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.<List<String>>json("$.aliases[*].kind")).contains("name", "translation");
        assertThat(api.post(BASE + "/resolve", TestJwts.forTenant(TENANT, "viewer"),
                "{\"names\":[\"" + name.toUpperCase() + "\"]}").<String>json("$.results[0].parts[0].institutionId"))
                .isEqualTo(id);
    }

    @Test
    void emptyNamesAreProblemsAndNothingIsWritten() {
        int before = aliasCount();

        Api.Response blank = api.post(BASE + "/institutions", coordinator, "{\"name\":\"  \",\"kind\":\"ministry\"}");
        Api.Response punctuation = api.post(BASE + "/aliases", coordinator,
                "{\"aliases\":[{\"text\":\" - / \",\"kind\":\"generic\"}]}");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.isProblem("validation-failed")).isTrue();
        assertThat(punctuation.status()).isEqualTo(422);
        assertThat(aliasCount()).isEqualTo(before);
    }

    @Test
    void tenThousandAliasesInOneRequestAreRefusedAndNothingIsWritten() {
        String id = register("{\"name\":\"" + unique("Policija") + "\",\"kind\":\"police\"}");
        int before = aliasCount();
        StringBuilder body = new StringBuilder("{\"aliases\":[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"text\":\"P").append(i).append("\",\"kind\":\"variant\",\"institutionId\":\"")
                    .append(id).append("\"}");
        }
        Api.Response response = api.post(BASE + "/aliases", coordinator, body.append("]}").toString());

        assertThat(response.status()).as(response.toString()).isIn(413, 422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(aliasCount()).isEqualTo(before);
    }

    @Test
    void anAliasThatNamesAnotherInstitutionIsAConflictAndNothingOfTheRequestIsWritten() {
        String health = register("{\"name\":\"" + unique("Ministrstvo za zdravje") + "\",\"kind\":\"ministry\"}");
        String justice = register("{\"name\":\"" + unique("Ministrstvo za pravosodje") + "\",\"kind\":\"ministry\"}");
        String mz = "MZ" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
        assertThat(api.post(BASE + "/aliases", coordinator, "{\"aliases\":[{\"text\":\"" + mz
                + "\",\"kind\":\"acronym\",\"institutionId\":\"" + health + "\"}]}").status()).isEqualTo(200);
        int before = aliasCount();

        Api.Response clash = api.post(BASE + "/aliases", coordinator, "{\"aliases\":[{\"text\":\"Pravosodje novo "
                + mz + "\",\"kind\":\"variant\",\"institutionId\":\"" + justice + "\"},{\"text\":\"" + mz
                + "\",\"kind\":\"acronym\",\"institutionId\":\"" + justice + "\"}]}");

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.isProblem("alias-conflict")).isTrue();
        assertThat(clash.<String>json("$.conflicts[0].institutionId")).isEqualTo(health);
        assertThat(aliasCount()).as("not even the first, valid alias was stored").isEqualTo(before);
        assertThat(api.post(BASE + "/aliases", coordinator, "{\"aliases\":[{\"text\":\"" + mz.toLowerCase()
                + "\",\"kind\":\"acronym\",\"institutionId\":\"" + justice + "\"}]}").status())
                .as("acronyms are case-sensitive: '" + mz.toLowerCase() + "' is another key").isEqualTo(200);
    }

    @Test
    void aMergeIntoItselfIsAProblemAndChangesNothing() {
        String id = register("{\"name\":\"" + unique("Urad za narodnosti") + "\",\"kind\":\"government\"}");

        Api.Response merge = api.post(BASE + "/institutions/" + id + "/merge", coordinator, "{\"into\":\"" + id + "\"}");

        assertThat(merge.status()).isEqualTo(422);
        assertThat(api.get(BASE + "/institutions/" + id, coordinator).<String>json("$.status")).isEqualTo("active");
    }

    @Test
    void aCycleOfParentUnitsIsAProblemAndChangesNothing() {
        String ministry = register("{\"name\":\"" + unique("Ministrstvo za notranje zadeve") + "\",\"kind\":\"ministry\"}");
        String police = register("{\"name\":\"" + unique("Policija") + "\",\"kind\":\"police\",\"parentId\":\"" + ministry + "\"}");
        Api.Response current = api.get(BASE + "/institutions/" + ministry, coordinator);

        Api.Response cycle = api.put(BASE + "/institutions/" + ministry, coordinator, "{\"name\":\""
                + current.<String>json("$.name") + "\",\"kind\":\"ministry\",\"parentId\":\"" + police + "\"}",
                "If-Match", current.header("ETag"));

        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.body()).contains("cycle");
        assertThat(api.get(BASE + "/institutions/" + ministry, coordinator).body()).doesNotContain("\"parentId\"");
        assertThat(api.get(BASE + "/institutions/" + ministry, coordinator).<List<Map<String, Object>>>json("$.units"))
                .extracting(u -> u.get("id")).containsExactly(police);
    }

    @Test
    void onlyCoordinatorsChangeTheRegistryAndOnlyThePlatformAdministratorTheGlobalOne() {
        Api.Response asViewer = api.post(BASE + "/institutions", TestJwts.forTenant(TENANT, "viewer"),
                "{\"name\":\"X\",\"kind\":\"ngo\"}");
        Api.Response globalAsCoordinator = api.post("/api/admin/partners/institutions", coordinator,
                "{\"name\":\"Y\",\"kind\":\"donor\"}");
        Api.Response globalAsAdmin = api.post("/api/admin/partners/institutions", TestJwts.platformAdmin(),
                "{\"name\":\"" + unique("Global donor") + "\",\"kind\":\"donor\",\"iatiRef\":\"XM-DAC-47066\"}");

        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(asViewer.body()).contains("coordinator");
        assertThat(globalAsCoordinator.status()).isEqualTo(403);
        assertThat(globalAsAdmin.status()).as(globalAsAdmin.toString()).isEqualTo(201);
        String globalId = globalAsAdmin.json("$.id");
        assertThat(api.get(BASE + "/institutions?scope=global", coordinator).<List<String>>json("$.items[*].id"))
                .contains(globalId);
        Api.Response changeGlobalAsTenant = api.put(BASE + "/institutions/" + globalId, coordinator,
                "{\"name\":\"Z\",\"kind\":\"donor\"}", "If-Match", "\"1\"");
        assertThat(changeGlobalAsTenant.status()).isEqualTo(403);
    }
}
