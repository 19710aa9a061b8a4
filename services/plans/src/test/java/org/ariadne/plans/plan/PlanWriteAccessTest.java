package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only a tenant's coordinators change its plans; viewers and focal points read them. */
class PlanWriteAccessTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {"ba-04"};
    }

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(api);
    }

    @Test
    void membersWithoutTheCoordinatorRoleReadButCannotChangeAnything() {
        String planId = fixtures.createPlan("Akcioni plan ZDK");
        String nodeId = fixtures.addNode(planId, null, "1", "Prevencija");
        String focalPoint = TestJwts.token("focal@ba-04", List.of("ba-04"), List.of("ba-04:focal_point"),
                Map.of("institutions", Map.of("ba-04", "MUP Ze-do kantona")));
        int plansBefore = fixtures.planCount();

        for (String reader : List.of(TestJwts.forTenant("ba-04", "viewer"), focalPoint)) {
            assertThat(api.get(PLANS + "/" + planId, reader).status()).isEqualTo(200);
            assertThat(api.get(PLANS + "/" + planId + "/export?format=json-bundle", reader).status()).isEqualTo(200);

            Api.Response create = api.post(PLANS, reader, "{\"title\":\"Plan\",\"levelNames\":[\"Oblast\"]}");
            assertThat(create.status()).isEqualTo(403);
            assertThat(create.isProblem("forbidden")).isTrue();
            assertThat(create.<String>json("$.detail")).contains("coordinator").contains("ba-04");
            Api.Response activity = api.post(PLANS + "/" + planId + "/activities", reader,
                    "{\"nodeId\":\"" + nodeId + "\",\"code\":\"1.1\",\"title\":\"Obuka\",\"deadline\":\"2025\","
                            + "\"leadInstitutions\":[\"MUP\"]}");
            assertThat(activity.status()).isEqualTo(403);
            Api.Response importing = api.sendBytes("POST", PLANS + "/imports?format=jsonl&mode=dry-run", reader,
                    "{}".getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
            assertThat(importing.status()).isEqualTo(403);
            assertThat(api.send("DELETE", PLANS + "/" + planId + "/nodes/" + nodeId, reader, null).status())
                    .isEqualTo(403);
        }

        assertThat(fixtures.planCount()).isEqualTo(plansBefore);
        assertThat(api.get(PLANS + "/" + planId, fixtures.token()).<List<Object>>json("$.nodes[0].activities")).isEmpty();
    }
}
