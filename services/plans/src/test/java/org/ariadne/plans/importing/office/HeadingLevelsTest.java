package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How heading texts are read (label, code, title) and which level each heading of a document gets. */
class HeadingLevelsTest {

    @Test
    void aHeadingPrintsALabelACodeAndATitle() {
        assertThat(HeadingText.parse("Strateški program 1.1 Usvojiti Akcione planove"))
                .isEqualTo(new HeadingText("Strateški program", "1.1", HeadingText.Shape.NUMBER, 2, "Usvojiti Akcione planove"));
        assertThat(HeadingText.parse("1. SISTEM PODRŠKE"))
                .isEqualTo(new HeadingText(null, "1", HeadingText.Shape.NUMBER, 1, "SISTEM PODRŠKE"));
        assertThat(HeadingText.parse("Objektiva specifike 1.1: Vetédijesimi, edukimi"))
                .isEqualTo(new HeadingText("Objektiva specifike", "1.1", HeadingText.Shape.NUMBER, 2, "Vetédijesimi, edukimi"));
        assertThat(HeadingText.parse("Poglavje 3 – Identifikacija")).extracting(HeadingText::label, HeadingText::code,
                HeadingText::title).containsExactly("Poglavje", "3", "Identifikacija");
        assertThat(HeadingText.parse("II ZAŠTITA")).extracting(HeadingText::code, HeadingText::shape, HeadingText::depth)
                .containsExactly("II", HeadingText.Shape.ROMAN, 1);
        assertThat(HeadingText.parse("Cilj 2")).extracting(HeadingText::label, HeadingText::code).containsExactly("Cilj", "2");
        assertThat(HeadingText.parse("Strateški program 1.2.\nProvoditi monitoring")).extracting(HeadingText::code,
                HeadingText::title).containsExactly("1.2", "Provoditi monitoring");
    }

    @Test
    void wordsThatOnlyLookLikeCodesStayTitles() {
        assertThat(HeadingText.parse("V letu 2023 in 2024").hasCode()).isFalse();
        assertThat(HeadingText.parse("PREVENCIJA").hasCode()).isFalse();
        assertThat(HeadingText.parse("2023 – 2024").hasCode()).isFalse();
        assertThat(HeadingText.parse("A little help").hasCode()).isFalse();
    }

    @Test
    void areasAndLabelledProgrammesOfTheBosnianPlan() {
        HeadingLevels.Result result = infer("1. SISTEM PODRŠKE", "+Strateški program 1.1 Usvojiti", "Strateški program 1.2 Provoditi",
                "2. PREVENCIJA", "+Strateški program 2.1 Kampanje");

        assertThat(result.levels()).containsExactly(1, 2, 2, 1, 2);
        assertThat(result.names()).containsExactly(null, "Strateški program");
        assertThat(result.readings().get(1).title()).isEqualTo("Usvojiti");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void kosovoWithBothLevelsAndWithOnlyTheSpecificObjectives() {
        HeadingLevels.Result both = infer("Objektiva strategjike 1: Avancimi", "+Objektiva specifike 1.1: Vetédijesimi",
                "Objektiva specifike 1.2: Zgjerimi", "Objektiva strategjike 2: Fuqizimi", "+Objektiva specifike 2.1: Avancimi");
        HeadingLevels.Result specificOnly = infer("Objektiva specifike 1.1: Vetédijesimi", "Objektiva specifike 1.2: Zgjerimi",
                "Objektiva specifike 2.1: Avancimi");

        assertThat(both.levels()).containsExactly(1, 2, 2, 1, 2);
        assertThat(both.names()).containsExactly("Objektiva strategjike", "Objektiva specifike");
        assertThat(specificOnly.levels()).containsExactly(1, 1, 1);
        assertThat(specificOnly.names()).containsExactly("Objektiva specifike");
    }

    @Test
    void aLabelledAndAnUnlabelledChapterCodedAlikeAreOneLevel() {
        HeadingLevels.Result result = infer("Poglavje 1 – Preventiva", "+1.1 Splošna javnost", "1.2 Tvegane skupine",
                "2 Odkrivanje", "Poglavje 3 – Identifikacija");

        assertThat(result.levels()).containsExactly(1, 2, 2, 1, 1);
        assertThat(result.names()).containsExactly("Poglavje", null);
    }

    @Test
    void romanChaptersAboveArabicSections() {
        assertThat(infer("I PREVENCIJA", "+1. Edukacija", "2. Kampanje", "II ZAŠTITA", "+1. Smještaj").levels())
                .containsExactly(1, 2, 2, 1, 2);
    }

    @Test
    void withoutCodesFormattingAndOrderTellTheLevels() {
        // bold capitals first, plain text right after them: the plain headings are inside the bold ones
        HeadingLevels.Result result = infer("*PREVENCIJA", "+Edukacija", "Kampanje", "*ZAŠTITA", "+Smještaj");

        assertThat(result.levels()).containsExactly(1, 2, 2, 1, 2);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void headingsThatReadAlikeAndFollowEachOtherCannotBeLeveled() {
        HeadingLevels.Result result = infer("Sistem podrške", "+Usvojiti akcione planove", "Provoditi monitoring",
                "Prevencija", "+Kampanje");

        assertThat(result.levels()).containsOnly(0);
        assertThat(result.problems()).hasSize(5).allSatisfy(p -> {
            assertThat(p.problem()).contains("cannot be inferred");
            assertThat(p.understood()).isNull();
        });
    }

    @Test
    void aLabelThatOccursOnceIsPartOfTheTitle() {
        HeadingLevels.Result result = infer("1. SISTEM", "+Usvojiti 2 zakona", "2. PREVENCIJA");

        assertThat(result.readings().get(1).code()).isNull();
        assertThat(result.readings().get(1).title()).isEqualTo("Usvojiti 2 zakona");
        assertThat(result.levels()).containsExactly(1, 2, 1);
    }

    /**
     * Headings in document order. "+" before a text: it directly follows the heading before it (no activity between);
     * "*": the row is bold.
     */
    private static HeadingLevels.Result infer(String... texts) {
        List<HeadingLevels.Candidate> candidates = new ArrayList<>();
        for (String text : Arrays.asList(texts)) {
            boolean follows = text.startsWith("+");
            String t = follows ? text.substring(1) : text;
            boolean bold = t.startsWith("*");
            t = bold ? t.substring(1) : t;
            candidates.add(new HeadingLevels.Candidate(candidates.size() + 1, t, follows ? candidates.size() - 1 : -1, bold, 0));
        }
        return HeadingLevels.infer(candidates);
    }
}
