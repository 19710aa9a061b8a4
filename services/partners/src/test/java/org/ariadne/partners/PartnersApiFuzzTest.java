package org.ariadne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ariadne.testing.Api;
import org.ariadne.testing.ApiFuzzSuite;
import org.ariadne.testing.TestJwts;

/**
 * Hostile input for every operation of partners' OpenAPI document (lib-testing's suite), on an institution and a
 * coordination body with a member, a decision and a task.
 */
class PartnersApiFuzzTest extends ApiFuzzSuite {

    private static final String PARTNERS = "/api/t/" + TENANT + "/partners";

    private static final String SOURCE = "{\"kind\":\"GRETA_REPORT\",\"title\":\"GRETA fuzz round\",\"round\":3}";

    private String institutionId;
    private String decisionId;
    private String globalInstitutionId;

    @Override
    protected Map<String, String> fixtures() {
        String token = TestJwts.forTenant(TENANT);
        Map<String, String> ids = new LinkedHashMap<>();
        institutionId = created(api.post(PARTNERS + "/institutions", token, "{\"name\":\"Ministarstvo za fuzz\",\"kind\":\"ministry\"}"));
        ids.put("institutionId", institutionId);
        String bodyId = created(api.post(PARTNERS + "/bodies", token, "{\"name\":\"Radna grupa\",\"kind\":\"working_group\"}"));
        // {id} names institutions, bodies and recommendations alike: the body's, whose sub-resources are the most
        ids.put("id", bodyId);
        ids.put("membershipId", part(api.post(PARTNERS + "/bodies/" + bodyId + "/memberships", token,
                "{\"institutionId\":\"" + institutionId + "\",\"role\":\"member\"}")));
        decisionId = part(api.post(PARTNERS + "/bodies/" + bodyId + "/decisions", token,
                "{\"kind\":\"conclusion\",\"text\":\"Zadatak\",\"act\":{\"issuer\":\"Vlada\",\"date\":\"2024-01-10\"}}"));
        ids.put("decisionId", decisionId);
        ids.put("taskId", part(api.post(PARTNERS + "/bodies/" + bodyId + "/tasks", token,
                "{\"decisionId\":\"" + decisionId + "\",\"text\":\"Izvještaj\",\"assigneeInstitutionIds\":[\"" + institutionId + "\"]}")));
        ids.put("sourceId", created(api.post(PARTNERS + "/recommendation-sources", token, SOURCE)));
        ids.put("documentId", created(api.sendBytes("POST", PARTNERS + "/documents?fileName=zapisnik.pdf", token,
                "%PDF-1.4 zapisnik".getBytes(StandardCharsets.UTF_8), "application/pdf")));
        globalInstitutionId = created(api.post("/api/admin/partners/institutions", TestJwts.platformAdmin(),
                "{\"name\":\"Global fuzz donor\",\"kind\":\"donor\"}"));
        return ids;
    }

    /**
     * Bodies whose validity depends on other fields (a membership names an institution or a person, a decision comes
     * from a meeting or an act, evidence is a text, a link or a document) or on stored data, which the document cannot say.
     */
    @Override
    protected Map<String, String> validBodies() {
        String bodies = "POST /api/t/{tenant}/partners/bodies/{id}";
        return Map.of(
                "PUT /api/t/{tenant}/partners/bodies/{id}", "{\"name\":\"Radna grupa\",\"kind\":\"working_group\"}",
                bodies + "/memberships", "{\"institutionId\":\"" + institutionId + "\",\"role\":\"member\"}",
                bodies + "/decisions", "{\"kind\":\"conclusion\",\"text\":\"Zadatak\",\"act\":{\"issuer\":\"Vlada\",\"date\":\"2024-01-10\"}}",
                bodies + "/tasks", "{\"decisionId\":\"" + decisionId + "\",\"text\":\"Izvještaj\",\"assigneeInstitutionIds\":[\""
                        + institutionId + "\"]}",
                bodies + "/tasks/{taskId}/evidence", "{\"text\":\"Zapisnik\"}",
                "POST /api/t/{tenant}/partners/aliases", "{\"aliases\":[{\"text\":\"Ministarstvo fuzz\",\"institutionId\":\""
                        + institutionId + "\"}]}",
                "POST /api/admin/partners/aliases", "{\"aliases\":[{\"text\":\"Global fuzz\",\"institutionId\":\""
                        + globalInstitutionId + "\"}]}",
                "POST /api/t/{tenant}/partners/recommendation-sources", SOURCE);
    }

    /**
     * Partners' document does not yet state the maximum lengths and sizes of these operations' inputs (its checks live
     * in the domain: Institution.MAX_NAME, CoordinationBody.MAX_TEXT, Recommendation.MAX_TEXT …). Listed so the gap is
     * visible and can only shrink; hostile input runs against them like against every operation.
     */
    @Override
    protected Set<String> operationsWithoutStatedLimits() {
        return Set.of(
                "GET /api/admin/partners/institutions",
                "GET /api/t/{tenant}/partners/activities",
                "GET /api/t/{tenant}/partners/aliases",
                "GET /api/t/{tenant}/partners/institutions",
                "GET /api/t/{tenant}/partners/recommendations",
                "GET /api/t/{tenant}/partners/review",
                "POST /api/admin/partners/aliases",
                "POST /api/admin/partners/institutions",
                "POST /api/t/{tenant}/partners/aliases",
                "POST /api/t/{tenant}/partners/bodies",
                "POST /api/t/{tenant}/partners/bodies/{id}/decisions",
                "POST /api/t/{tenant}/partners/bodies/{id}/meetings",
                "POST /api/t/{tenant}/partners/bodies/{id}/meetings/{meetingId}/minutes",
                "POST /api/t/{tenant}/partners/bodies/{id}/meetings/{meetingId}/minutes/approve",
                "POST /api/t/{tenant}/partners/bodies/{id}/memberships",
                "POST /api/t/{tenant}/partners/bodies/{id}/memberships/{membershipId}/end",
                "POST /api/t/{tenant}/partners/bodies/{id}/tasks",
                "POST /api/t/{tenant}/partners/bodies/{id}/tasks/{taskId}/evidence",
                "POST /api/t/{tenant}/partners/documents",
                "POST /api/t/{tenant}/partners/institutions",
                "POST /api/t/{tenant}/partners/recommendation-sources",
                "POST /api/t/{tenant}/partners/recommendations",
                "POST /api/t/{tenant}/partners/recommendations/exports",
                "POST /api/t/{tenant}/partners/recommendations/{id}/status",
                "POST /api/t/{tenant}/partners/resolve",
                "POST /api/t/{tenant}/partners/review/decisions",
                "PUT /api/admin/partners/institutions/{id}",
                "PUT /api/t/{tenant}/partners/bodies/{id}",
                "PUT /api/t/{tenant}/partners/bodies/{id}/memberships/{membershipId}",
                "PUT /api/t/{tenant}/partners/institutions/{id}",
                "PUT /api/t/{tenant}/partners/recommendations/{id}",
                "PUT /api/t/{tenant}/partners/recommendations/{id}/greta-assessment",
                "PUT /api/t/{tenant}/partners/settings");
    }

    /** The id of the part of a body (membership, decision, task) a request added. */
    private static String part(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json("$.partId");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json("$.id");
    }
}
