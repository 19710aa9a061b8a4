package org.ariadne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
