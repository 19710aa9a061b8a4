package org.ariadne.partners.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ariadne.contracts.partners.v1.RecommendationStatusChanged;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.web.ProblemException;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    private static final RecommendationSource ROUND_2 = RecommendationSource.create("r2", SourceKind.GRETA_REPORT,
            "GRETA, second evaluation round (Slovenia)", 2, null, null, null, null, NOW);

    private static Recommendation paragraph23() {
        return Recommendation.record("p23", ROUND_2, new Recommendation.Fields("23",
                "Vzpostaviti funkcijo neodvisnega nacionalnega poročevalca", Strength.URGE, "29", null,
                "GRETA, 3rd evaluation round", List.of(new ActivityRef("a51", "plan-si", "5.1")), null), null, NOW,
                id -> false);
    }

    @Test
    void aRecommendationRepeatedByALaterRoundIsARepeat() {
        Recommendation r = paragraph23();

        assertThat(r.isRepeat()).isTrue();
        assertThat(r.status()).isEqualTo(RecommendationStatus.OPEN);
    }

    @Test
    void theStatusChangesOnlyWithAReasonAndKeepsItsHistory() {
        Recommendation r = paragraph23();

        assertThatThrownBy(() -> r.withStatus(RecommendationStatus.IN_PROGRESS, " ", "coordinator", NOW))
                .isInstanceOf(ProblemException.class);
        Recommendation changed = r.withStatus(RecommendationStatus.IN_PROGRESS, "Osnutek novele v usklajevanju",
                "coordinator", NOW);

        assertThat(changed.history()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("open");
            assertThat(c.to()).isEqualTo("in_progress");
        });
        assertThat(RecommendationEvents.between("si", r, changed, ROUND_2)).singleElement()
                .isInstanceOf(RecommendationStatusChanged.class);
        assertThat(changed.withStatus(RecommendationStatus.IN_PROGRESS, "again", "c", NOW)).isSameAs(changed);
    }

    @Test
    void gretaUrgesConsidersOrInvitesTheTipReportPrioritizes() {
        RecommendationSource tip = RecommendationSource.create("tip", SourceKind.TIP_REPORT, "TIP report", null, 2015, null,
                null, null, NOW);

        assertThatThrownBy(() -> Recommendation.record("x", tip, new Recommendation.Fields(null, "text", Strength.URGE, null,
                null, null, null, null), null, NOW, id -> false)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Recommendation.record("x", ROUND_2, new Recommendation.Fields(null, "text",
                Strength.PRIORITIZED, null, null, null, null, null), null, NOW, id -> false))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> RecommendationSource.create("g", SourceKind.GRETA_REPORT, "GRETA", null, null, null, null,
                null, NOW)).as("a GRETA report needs its round").isInstanceOf(ProblemException.class);
    }

    @Test
    void aRecommendationCannotRepeatItselfOrAnUnknownOne() {
        assertThatThrownBy(() -> Recommendation.record("x", ROUND_2, new Recommendation.Fields(null, "t", null, null, "x",
                null, null, null), null, NOW, id -> true)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Recommendation.record("x", ROUND_2, new Recommendation.Fields(null, "t", null, null, "y",
                null, null, null), null, NOW, id -> false)).isInstanceOf(ProblemException.class);
    }

    @Test
    void linkedActivitiesSuggestAStatus() {
        assertThat(Recommendation.suggestedBy(List.of("implemented", "implemented"))).contains(RecommendationStatus.IMPLEMENTED);
        assertThat(Recommendation.suggestedBy(List.of("implemented", "ongoing"))).contains(RecommendationStatus.PARTIALLY_IMPLEMENTED);
        assertThat(Recommendation.suggestedBy(List.of("ongoing"))).contains(RecommendationStatus.IN_PROGRESS);
        assertThat(Recommendation.suggestedBy(Arrays.asList(null, "no_data"))).isEmpty();
    }
}
