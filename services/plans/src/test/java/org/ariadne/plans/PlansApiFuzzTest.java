package org.ariadne.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ApiFuzzSuite;
import org.ariadne.testing.TestJwts;

/** Hostile input for every operation of plans' OpenAPI document (lib-testing's suite), on a plan with a tree. */
class PlansApiFuzzTest extends ApiFuzzSuite {

    private static final String PLANS = "/api/t/" + TENANT + "/plans";

    @Override
    protected Map<String, String> fixtures() {
        String token = TestJwts.forTenant(TENANT);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("strategyId", created(api.post(PLANS + "/strategies", token, "{\"title\":\"Fuzz strategy\"}"), "$.id"));
        String planId = created(api.post(PLANS, token, "{\"title\":\"Fuzz plan\",\"levelNames\":[\"Oblast\",\"Program\"]}"), "$.id");
        ids.put("planId", planId);
        String nodeId = created(api.post(PLANS + "/" + planId + "/nodes", token, "{\"code\":\"1\",\"title\":\"Prevencija\"}"), "$.id");
        ids.put("nodeId", nodeId);
        ids.put("parentId", nodeId);
        ids.put("activityId", created(api.post(PLANS + "/" + planId + "/activities", token, "{\"nodeId\":\"" + nodeId
                + "\",\"code\":\"1.1\",\"title\":\"Kampanja\",\"leadInstitutions\":[\"MUP\"]}"), "$.id"));
        Api.Response mapping = api.put(PLANS + "/import-mappings/fuzz", token, "{\"headerRow\":0,\"columns\":{\"title\":\"#A\"}}");
        assertThat(mapping.status()).as(mapping.toString()).isEqualTo(200);
        ids.put("name", "fuzz");
        Api.Response job = api.sendBytes("POST", PLANS + "/imports?format=jsonl&mode=dry-run&title=Fuzz", token,
                "{\"code\":\"1.1\",\"title\":\"Kampanja\"}\n".getBytes(StandardCharsets.UTF_8), "application/jsonl");
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        ids.put("jobId", awaitJob(TENANT, job.header("Location")).json("$.id"));
        ids.put("number", "1");
        ids.put("from", "1");
        ids.put("to", "1");
        return ids;
    }

    /** A column mapping's keys must be fields of an activity row, which the document cannot say of a map. */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of("PUT /api/t/{tenant}/plans/import-mappings/{name}", "{\"columns\":{\"title\":\"#A\"}}");
    }

    private static String created(Api.Response response, String idPath) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json(idPath);
    }
}
