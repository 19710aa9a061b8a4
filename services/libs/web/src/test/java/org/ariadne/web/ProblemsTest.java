package org.ariadne.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void rendersTheCatalogueTypeTitleStatusAndExtensionsAsJson() {
        String json = Problems.toJson(Problems.of(ProblemType.VALIDATION_FAILED, "2 fields are invalid",
                Map.of("errors", List.of(new FieldProblem("/title", "must not be blank")))));

        assertThat(json).isEqualTo("{\"type\":\"urn:ariadne:problem:validation-failed\",\"title\":\"Validation failed\","
                + "\"status\":422,\"detail\":\"2 fields are invalid\",\"errors\":[{\"pointer\":\"/title\",\"detail\":\"must not be blank\"}]}");
    }

    @Test
    void escapesWhatAClientSent() {
        String json = Problems.toJson(Problems.of(ProblemType.MALFORMED_REQUEST, "bad \"value\"\n\\ <script>\u0001"));

        assertThat(json).contains("\"detail\":\"bad \\\"value\\\"\\n\\\\ <script>\\u0001\"");
    }

    @Test
    void everySlugIsUniqueAndStatusesAreErrors() {
        assertThat(List.of(ProblemType.values())).extracting(ProblemType::slug).doesNotHaveDuplicates();
        assertThat(List.of(ProblemType.values())).allSatisfy(t -> assertThat(t.status().isError()).isTrue());
    }

    @Test
    void everyProblemTypeIsDocumented() {
        java.nio.file.Path errors = java.nio.file.Path.of("../../../docs/errors");
        assertThat(List.of(ProblemType.values()))
                .allSatisfy(t -> assertThat(errors.resolve(t.slug() + ".md")).as("docs/errors/%s.md", t.slug()).isRegularFile());
    }

    @Test
    void ifMatchIsRequiredAndParsed() {
        assertThat(ETags.requiredVersion("\"7\"")).isEqualTo(7);
        assertThat(ETags.requiredVersion("W/\"7\"")).isEqualTo(7);
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThatThrownBy(() -> ETags.requiredVersion(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problemType()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> ETags.requiredVersion("\"abc\"")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problemType()).isEqualTo(ProblemType.MALFORMED_REQUEST));
        assertThat(ETags.stale("Plan", 3, 5).getStatusCode().value()).isEqualTo(412);
    }
}
