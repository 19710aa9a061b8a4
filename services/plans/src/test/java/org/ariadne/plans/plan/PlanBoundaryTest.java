package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: malformed JSON, unknown fields, fields of the wrong type, oversized bodies, invalid tenant ids and stale
 * If-Match all give problem+json with the right status, and nothing is written.
 */
class PlanBoundaryTest extends PlanApiTests {

    @Test
    void anUnknownPathIsANotFoundProblemThatNamesIt() {
        Api.Response response = api.get(PLANS + "/some-plan/countz", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem("not-found")).isTrue();
        assertThat(response.<String>json("$.detail")).contains("GET /" + PLANS.substring(1) + "/some-plan/countz")
                .doesNotContain("static resource");
    }

    @Test
    void datesThatDoNotExistAndUnknownStrategiesAreRefused() {
        int before = fixtures.planCount();

        Api.Response plan = api.post(PLANS, token, "{\"title\":\"Plan\",\"levelNames\":[\"Oblast\"],"
                + "\"periodFrom\":\"2025-02-30\",\"adoptionDate\":\"2025-13-01\"}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(422);
        assertThat(plan.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("/periodFrom", "/adoptionDate");
        Api.Response importing = api.sendBytes("POST", PLANS + "/imports?format=jsonl&mode=commit&strategyId=no-such",
                token, "{}\n".getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(importing.status()).as(importing.toString()).isEqualTo(422);
        assertThat(importing.body()).contains("no strategy no-such");
        Api.Response reversed = api.post(PLANS, token, "{\"title\":\"Plan\",\"levelNames\":[\"Oblast\"],"
                + "\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2024-12-31\"}");
        assertThat(reversed.<List<String>>json("$.errors[*].pointer")).containsExactly("/periodTo");
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequest() {
        int before = fixtures.planCount();

        Api.Response response = api.post(PLANS, token, "{\"title\": \"Plan\", \"levelNames\": [\"Oblast\"");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem("malformed-request")).as(response.toString()).isTrue();
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void unknownFieldsAreRefused() {
        int before = fixtures.planCount();

        Api.Response response = api.post(PLANS, token, "{\"title\":\"Plan\",\"levelNames\":[\"Oblast\"],\"colour\":\"red\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat(response.<String>json("$.errors[0].pointer")).isEqualTo("/colour");
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void fieldsOfTheWrongTypeAreRefusedWithAPointer() {
        int before = fixtures.planCount();

        Api.Response levels = api.post(PLANS, token, "{\"title\":\"Plan\",\"levelNames\":5}");
        Api.Response title = api.post(PLANS, token, "{\"title\":{},\"levelNames\":[\"Oblast\"]}");

        assertThat(levels.status()).as(levels.toString()).isEqualTo(422);
        assertThat(levels.isProblem("validation-failed")).as(levels.toString()).isTrue();
        assertThat(levels.<String>json("$.errors[0].pointer")).isEqualTo("/levelNames");
        assertThat(title.status()).as(title.toString()).isEqualTo(422);
        assertThat(title.isProblem("validation-failed")).as(title.toString()).isTrue();
        assertThat(title.<String>json("$.errors[0].pointer")).isEqualTo("/title");
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void aTitleIsTextWithoutControlCharactersNeverACoercedNumberOrBoolean() {
        int before = fixtures.planCount();

        for (String title : List.of("123", "true", "\"\\u001B[31mCrveni plan\"", "\"\\ud800\"", "\"a\\u0000b\"")) {
            Api.Response response = api.post(PLANS, token, "{\"title\":" + title + ",\"levelNames\":[\"Oblast\"]}");
            assertThat(response.status()).as(title + " → " + response).isEqualTo(422);
            assertThat(response.<String>json("$.errors[0].pointer")).isEqualTo("/title");
            assertThat(response.body()).doesNotContain("java.", "Deserialization", "tools.jackson");
        }
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        int before = fixtures.planCount();

        Api.Response response = api.post(PLANS, token,
                "{\"title\":\"\",\"levelNames\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]}");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat(response.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("/title", "/levelNames");
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAreRefused() {
        int before = fixtures.planCount();
        // the service takes plan files up to 10 MB (imports), so that is the limit for every body
        String huge = "{\"title\":\"" + "x".repeat(10_500_000) + "\",\"levelNames\":[\"Oblast\"]}";

        Api.Response response = api.sendBytes("POST", PLANS, token, huge.getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(response.status()).as(response.status() + "").isEqualTo(413);
        assertThat(response.isProblem("payload-too-large")).as(response.toString()).isTrue();
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void anInvalidTenantIdIsABadRequest() {
        int before = fixtures.planCount();
        String token = TestJwts.token("user@BA_04", List.of("BA_04"), List.of("BA_04:coordinator"));

        Api.Response response = api.post("/api/t/BA_04/plans", token, "{\"title\":\"Plan\",\"levelNames\":[\"Oblast\"]}");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem("tenant-invalid")).as(response.toString()).isTrue();
        assertThat(fixtures.planCount()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String planId = fixtures.createPlan("Concurrency");
        String node = fixtures.addNode(planId, null, "1.", "Oblast");
        String activity = fixtures.addActivity(planId, node, "1.1.", "Original");
        String path = PLANS + "/" + planId + "/activities/" + activity;
        String current = fixtures.etag(planId);

        Api.Response stale = api.patch(path, token, "{\"title\":\"Overwritten\"}", "If-Match", "\"1\"");
        Api.Response staleDelete = api.delete(path, token, "If-Match", "\"2\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.isProblem("precondition-failed")).as(stale.toString()).isTrue();
        assertThat(staleDelete.status()).as(staleDelete.toString()).isEqualTo(412);
        Api.Response read = api.get(path, token);
        assertThat(read.<String>json("$.title")).isEqualTo("Original");
        assertThat(read.header("ETag")).isEqualTo(current);
    }

    @Test
    void aChangeWithoutIfMatchIsRefused() {
        String planId = fixtures.createPlan("Preconditions");
        String node = fixtures.addNode(planId, null, "1.", "Oblast");
        String current = fixtures.etag(planId);

        Api.Response patch = api.patch(PLANS + "/" + planId + "/nodes/" + node, token, "{\"title\":\"Changed\"}");
        Api.Response delete = api.delete(PLANS + "/" + planId + "/nodes/" + node, token);

        assertThat(patch.status()).as(patch.toString()).isEqualTo(428);
        assertThat(patch.isProblem("precondition-required")).as(patch.toString()).isTrue();
        assertThat(delete.status()).as(delete.toString()).isEqualTo(428);
        assertThat(fixtures.etag(planId)).isEqualTo(current);
        assertThat(api.get(PLANS + "/" + planId + "/nodes/" + node, token).<String>json("$.title")).isEqualTo("Oblast");
    }

    @Test
    void aPatchWithInvalidFieldsListsThemAll() {
        String planId = fixtures.createPlan("Patch validation");
        String node = fixtures.addNode(planId, null, "1.", "Oblast");
        String activity = fixtures.addActivity(planId, node, "1.1.", "Original");
        String current = fixtures.etag(planId);

        Api.Response response = api.patch(PLANS + "/" + planId + "/activities/" + activity, token,
                "{\"title\":\" \",\"code\":\"" + "9".repeat(41) + "\",\"leadInstitutions\":[\"\"]}", "If-Match", current);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.<List<String>>json("$.errors[*].pointer"))
                .containsExactlyInAnyOrder("/title", "/code", "/leadInstitutions/0");
        assertThat(fixtures.etag(planId)).isEqualTo(current);
    }
}
