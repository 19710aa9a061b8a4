package org.ariadne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.partners.coordination.BodyKind;
import org.ariadne.partners.coordination.DecisionKind;
import org.ariadne.partners.coordination.MemberRole;
import org.ariadne.partners.coordination.TaskStatus;
import org.ariadne.partners.institution.AliasKind;
import org.ariadne.partners.institution.InstitutionKind;
import org.ariadne.partners.recommendation.RecommendationStatus;
import org.ariadne.partners.recommendation.SourceKind;
import org.ariadne.partners.recommendation.Strength;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The document's lists of allowed values (annotations need them written out) are exactly the codes the domain accepts,
 * so adding a kind or a status to an enum without the document fails here.
 */
@ServiceTest
class ApiDocumentEnumsTest {

    @LocalServerPort
    int port;

    @Test
    void everyListOfAllowedValuesIsTheDomainsCodes() {
        Api.Response document = new Api(port).get("/v3/api-docs", null);
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        Map<String, String> codes = Map.ofEntries(
                Map.entry("InstitutionRequest.kind", InstitutionKind.codes()),
                Map.entry("NewInstitution.kind", InstitutionKind.codes()),
                Map.entry("AliasRequest.kind", AliasKind.codes()),
                Map.entry("ReviewDecisionRequest.aliasKind", AliasKind.codes()),
                Map.entry("BodyRequest.kind", BodyKind.codes()),
                Map.entry("MembershipRequest.role", MemberRole.codes()),
                Map.entry("DecisionRequest.kind", DecisionKind.codes()),
                Map.entry("TaskStatusRequest.status", TaskStatus.codes()),
                Map.entry("SourceRequest.kind", SourceKind.codes()),
                Map.entry("RecommendationRequest.strength", Strength.codes()),
                Map.entry("RecommendationRequest.status", RecommendationStatus.codes()),
                Map.entry("StatusRequest.status", RecommendationStatus.codes()),
                Map.entry("SettingsRequest.language", String.join(", ", PartnerSettings.LANGUAGES)));
        codes.forEach((property, expected) -> {
            String[] at = property.split("\\.");
            List<String> listed = document.json("$.components.schemas." + at[0] + ".properties." + at[1] + ".enum");
            assertThat(listed).as(property).containsExactlyInAnyOrder(expected.split(", "));
        });
        assertThat(document.<List<List<String>>>json("$.paths['/api/t/{tenant}/partners/institutions'].get.parameters"
                + "[?(@.name == 'kind')].schema.enum").get(0)).containsExactlyInAnyOrder(InstitutionKind.codes().split(", "));
        assertThat(document.<List<List<String>>>json("$.paths['/api/t/{tenant}/partners/recommendations'].get.parameters"
                + "[?(@.name == 'status')].schema.enum").get(0))
                .containsExactlyInAnyOrder(RecommendationStatus.codes().split(", "));
        assertThat(document.<List<List<String>>>json("$.paths['/api/t/{tenant}/partners/recommendations/exports'].post.parameters"
                + "[?(@.name == 'language')].schema.enum").get(0)).containsExactlyInAnyOrderElementsOf(PartnerSettings.LANGUAGES);
    }
}
