package org.ariadne.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;

/** Small helpers to build plans through the real HTTP API. */
final class PlanFixtures {

    static final String TENANT = "ba-04";
    static final String PLANS = "/api/t/" + TENANT + "/plans";

    private final Api api;
    private final String token;

    PlanFixtures(Api api) {
        this.api = api;
        this.token = TestJwts.forTenant(TENANT);
    }

    String token() {
        return token;
    }

    String createPlan(String title) {
        Api.Response created = api.post(PLANS, token, "{\"title\":\"" + title + "\",\"levelNames\":[\"Oblast\",\"Strateški program\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    String addNode(String planId, String parentId, String code, String title) {
        String parent = parentId == null ? "" : "\"parentId\":\"" + parentId + "\",";
        Api.Response created = api.post(PLANS + "/" + planId + "/nodes", token,
                "{" + parent + "\"code\":\"" + code + "\",\"title\":\"" + title + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    String addActivity(String planId, String nodeId, String code, String title) {
        Api.Response created = api.post(PLANS + "/" + planId + "/activities", token,
                "{\"nodeId\":\"" + nodeId + "\",\"code\":\"" + code + "\",\"title\":\"" + title
                        + "\",\"deadline\":\"II kvartal 2022\",\"leadInstitutions\":[\"Ministarstvo unutrašnjih poslova ZDK\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    String etag(String planId) {
        Api.Response plan = api.get(PLANS + "/" + planId, token);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        return plan.header("ETag");
    }

    int planCount() {
        Api.Response list = api.get(PLANS, token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.<Integer>json("$.items.length()");
    }
}
