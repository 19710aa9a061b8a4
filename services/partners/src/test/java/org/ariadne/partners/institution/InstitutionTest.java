package org.ariadne.partners.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.junit.jupiter.api.Test;

class InstitutionTest {

    private static final Instant NOW = Instant.parse("2025-03-21T10:00:00Z");
    private final Map<String, Institution> registry = new HashMap<>();
    private final InstitutionLookup lookup = (id, global) -> Optional.ofNullable(registry.get(id))
            .filter(i -> i.global() == global);

    private Institution put(String id, String name, String parentId) {
        Institution institution = Institution.register(id, false, new InstitutionFields(name, null, null,
                InstitutionKind.MINISTRY, parentId, null, null, null), NOW, lookup);
        registry.put(id, institution);
        return institution;
    }

    @Test
    void aUnitHangsUnderItsMinistry() {
        put("ms", "Ministarstvo sigurnosti", null);
        Institution asylum = put("ms-azil", "Ministarstvo sigurnosti – Sektor za azil", "ms");

        assertThat(asylum.parentId()).isEqualTo("ms");
        assertThat(asylum.isActive()).isTrue();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        InstitutionFields bad = new InstitutionFields("  ", null, "A".repeat(31), null, "nowhere", null, "not an id",
                "nobody");

        assertThatThrownBy(() -> Institution.register("x", false, bad, NOW, lookup))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(problems(e))
                        .extracting(FieldProblem::pointer)
                        .containsExactlyInAnyOrder("/name", "/acronym", "/kind", "/iatiRef", "/email", "/parentId"));
    }

    @Test
    void aCycleOfParentUnitsIsRefused() {
        put("a", "A", null);
        put("b", "B", "a");
        put("c", "C", "b");
        Institution a = registry.get("a");

        assertThatThrownBy(() -> a.change(new InstitutionFields("A", null, null, InstitutionKind.MINISTRY, "c", null, null,
                null), NOW, lookup))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(problems(e)).singleElement()
                        .satisfies(p -> assertThat(p.detail()).contains("cycle")));
        assertThatThrownBy(() -> a.change(new InstitutionFields("A", null, null, InstitutionKind.MINISTRY, "a", null, null,
                null), NOW, lookup)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aMergeIntoItselfIsRefused() {
        Institution a = put("a", "A", null);

        assertThatThrownBy(() -> a.mergeInto(a, NOW, lookup))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(422));
    }

    @Test
    void aParentCannotBeMergedIntoItsOwnUnit() {
        Institution ministry = put("ms", "Ministarstvo sigurnosti", null);
        Institution sector = put("ms-azil", "Sektor za azil", "ms");

        assertThatThrownBy(() -> ministry.mergeInto(sector, NOW, lookup))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void aMergedInstitutionPointsAtItsSurvivorAndChangesNoMore() {
        Institution survivor = put("zavod", "Zavod za socijalnu i dječju zaštitu", null);
        Institution duplicate = put("zavod-2", "Zavod za dječju i socijalnu zaštitu", null);

        Institution merged = duplicate.mergeInto(survivor, NOW, lookup);

        assertThat(merged.status()).isEqualTo(InstitutionStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("zavod");
        assertThat(InstitutionEvents.between("me", duplicate, merged, survivor)).singleElement()
                .satisfies(e -> assertThat(e).hasFieldOrPropertyWithValue("survivorId", "zavod"));
        assertThatThrownBy(() -> merged.change(merged.fields(), NOW, lookup))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void anUnchangedInstitutionCausesNoEvent() {
        Institution a = put("a", "A", null);

        assertThat(InstitutionEvents.between("me", a, a.change(a.fields(), NOW, lookup), null)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<FieldProblem> problems(ProblemException e) {
        return (List<FieldProblem>) e.getBody().getProperties().get("errors");
    }
}
