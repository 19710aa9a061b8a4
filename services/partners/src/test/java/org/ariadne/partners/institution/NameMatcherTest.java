package org.ariadne.partners.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.partners.institution.NameMatch.Outcome;
import org.ariadne.partners.institution.NameMatch.Part;
import org.junit.jupiter.api.Test;

/** The matcher against the spellings the seed plans really print (refs are seed file:line). */
class NameMatcherTest {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("me-office", "GSV – Kancelarija za borbu protiv trgovine ljudima"),
            Map.entry("me-health", "Ministarstvo zdravlja"),
            Map.entry("si-health", "Ministrstvo za zdravje"),
            Map.entry("si-minorities", "Urad Vlade RS za narodnosti"),
            Map.entry("xk-zknkt", "Zyra e Koordinatorit Kombëtar kundër Trafikimit"),
            Map.entry("xk-mpb", "Ministria e Punëve të Brendshme"),
            Map.entry("g-iom", "International Organization for Migration"),
            Map.entry("g-coe", "Council of Europe"),
            Map.entry("g-wv", "World Vision"),
            Map.entry("g-un", "United Nations"));

    private static Alias alias(String text, AliasKind kind, String institutionId, boolean global) {
        return new Alias(AliasKeys.of(text, kind), text, kind, institutionId, global, List.of(), null, Instant.EPOCH);
    }

    private static final List<Alias> GLOBAL = List.of(
            alias("IOM", AliasKind.ACRONYM, "g-iom", true),
            alias("Međunarodna organizacija za migracije", AliasKind.TRANSLATION, "g-iom", true),
            alias("Vijeće Evrope", AliasKind.TRANSLATION, "g-coe", true),
            alias("World Vision", AliasKind.NAME, "g-wv", true),
            alias("UN", AliasKind.ACRONYM, "g-un", true));

    private static NameMatcher matcher(Alias... tenantAliases) {
        List<Alias> own = new ArrayList<>(List.of(tenantAliases));
        return new NameMatcher(new AliasIndex(own, GLOBAL,
                id -> Optional.of(new AliasIndex.Survivor(id, NAMES.get(id), id.startsWith("g-")))));
    }

    private static final NameMatcher ME = matcher(
            alias("GSV-Kancelarija za borbu protiv trgovine ljudima", AliasKind.NAME, "me-office", false),
            alias("GSV -Kancelarija za borbu", AliasKind.TRUNCATED, "me-office", false),
            alias("MZ", AliasKind.ACRONYM, "me-health", false),
            alias("Međunarodne organizacije", AliasKind.GENERIC, null, false));

    @Test
    void theNineSpellingsOfTheMontenegrinOfficeAreOneInstitution() {
        List<String> printed = List.of("GSV-Kancelarija za borbu protiv trgovine ljudima",
                "GSV - Kancelarija za borbu protiv trgovine ljudima", "GSV- Kancelarija za borbu protiv trgovine ljudima",
                "GSV -Kancelarija za borbu protiv trgovine ljudima", "GSV-, Kancelarija za borbu protiv trgovine ljudima",
                "GSV Kancelarija za borbu protiv trgovine ljudima", "GSV kancelarija za borbu protiv trgovine ljudima",
                "GSV kancelarija za borbu protiv trgovine Ijudima", "GSV -Kancelarija za borbu");

        for (String name : printed) {
            NameMatch match = ME.match(name);
            assertThat(match.parts()).as(name).singleElement()
                    .satisfies(p -> assertThat(p.institutionId()).isEqualTo("me-office"))
                    .satisfies(p -> assertThat(p.text()).isEqualTo(name));
        }
    }

    @Test
    void acronymsMatchOnlyAsWholeCaseSensitiveTokens() {
        assertThat(ME.match("MZ").parts()).singleElement().extracting(Part::institutionId).isEqualTo("me-health");
        assertThat(ME.match("mz").parts()).singleElement().extracting(Part::outcome).isEqualTo(Outcome.UNRESOLVED);
        assertThat(ME.match("MZIS").parts()).singleElement().extracting(Part::outcome).isEqualTo(Outcome.UNRESOLVED);
    }

    @Test
    void theSameAcronymIsADifferentInstitutionInEachTenant() {
        NameMatcher si = matcher(alias("MZ", AliasKind.ACRONYM, "si-health", false),
                alias("UN", AliasKind.ACRONYM, "si-minorities", false));

        assertThat(si.match("MZ").parts().get(0).institutionId()).isEqualTo("si-health");
        assertThat(si.match("UN").parts().get(0).institutionId()).as("Slovenia's UN (002:140)").isEqualTo("si-minorities");
        assertThat(ME.match("UN").parts().get(0).institutionId()).as("elsewhere the registry's").isEqualTo("g-un");
    }

    @Test
    void aCellRunTogetherIsSplitByLongestMatch() {
        NameMatch match = matcher().match("Međunarodna organizacija za migracije IOMVijeće Evrope"); // 001:125

        assertThat(match.parts()).extracting(Part::institutionId).containsExactly("g-iom", "g-coe");
        assertThat(match.parts()).extracting(Part::text)
                .containsExactly("Međunarodna organizacija za migracije IOM", "Vijeće Evrope");
    }

    @Test
    void namesJoinedBySlashesOrConnectorsAreSplit() {
        NameMatcher xk = matcher(alias("ZKNKT", AliasKind.ACRONYM, "xk-zknkt", false),
                alias("ZKNT", AliasKind.TYPO, "xk-zknkt", false), alias("MPB", AliasKind.ACRONYM, "xk-mpb", false));
        // ZKNT is stored as a typo of the acronym: its key is a name key, and still matches whole
        NameMatch match = xk.match("MPB/ZKNT");
        assertThat(match.parts()).extracting(Part::institutionId).containsExactly("xk-mpb", "xk-zknkt");

        NameMatch withConnector = xk.match("MPB i ZKNKT");
        assertThat(withConnector.parts()).extracting(Part::text).containsExactly("MPB", "ZKNKT");
    }

    @Test
    void anUnknownPhraseWithAConnectorStaysOnePartForReview() {
        NameMatch match = matcher().match("Késhilli i Prindérve");

        assertThat(match.parts()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(Outcome.UNRESOLVED);
            assertThat(p.text()).isEqualTo("Késhilli i Prindérve");
        });
    }

    @Test
    void partsSeparatedBySlashesAreReviewedApart() {
        NameMatch match = matcher().match("Grupi ndérinstitucional/ Partnerét"); // 004
        assertThat(match.parts()).extracting(Part::text).containsExactly("Grupi ndérinstitucional", "Partnerét");
    }

    @Test
    void typosAreOnlySuggestedNeverResolved() {
        NameMatch worl = matcher().match("Worl Vision"); // 001:242
        NameMatch word = matcher().match("Word Wision"); // 003:360

        for (NameMatch match : List.of(worl, word)) {
            assertThat(match.parts()).singleElement().satisfies(p -> {
                assertThat(p.outcome()).isEqualTo(Outcome.UNRESOLVED);
                assertThat(p.institutionId()).isNull();
                assertThat(p.suggestions()).first().extracting(NameMatch.Suggestion::institutionId).isEqualTo("g-wv");
            });
        }
        NameMatcher curated = matcher(alias("Word Wision", AliasKind.TYPO, "g-wv", false));
        assertThat(curated.match("Word Wision").parts().get(0).institutionId()).isEqualTo("g-wv");
        assertThat(curated.match("Word Wision").parts().get(0).global()).isTrue();
    }

    @Test
    void anUnknownAcronymIsSuggestedItsNearestAcronym() {
        NameMatcher xk = matcher(alias("ZKNKT", AliasKind.ACRONYM, "xk-zknkt", false),
                alias("KNKT", AliasKind.ACRONYM, "xk-zknkt", false));

        Part gnkt = xk.match("GNKT").parts().get(0); // 004:979
        assertThat(gnkt.outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(gnkt.suggestions()).extracting(NameMatch.Suggestion::institutionId).containsExactly("xk-zknkt");
        assertThat(xk.match("UP").parts().get(0).suggestions()).as("two letters are never a typo of anything").isEmpty();
    }

    @Test
    void aTrailingQualifierInParenthesesKeepsTheInstitution() {
        NameMatcher ba = matcher(alias("Ministarstvo pravde BiH", AliasKind.NAME, "ba-mp", false));

        Part part = ba.match("Ministarstvo pravde BiH (služba za održavanje IT sistema)").parts().get(0);
        assertThat(part.institutionId()).isEqualTo("ba-mp");
        assertThat(part.text()).isEqualTo("Ministarstvo pravde BiH (služba za održavanje IT sistema)");
    }

    @Test
    void genericMentionsAreRecognisedNotReviewed() {
        assertThat(ME.match("međunarodne organizacije").parts()).singleElement()
                .extracting(Part::outcome).isEqualTo(Outcome.GENERIC);
    }

    @Test
    void blankTextHasNoParts() {
        assertThat(ME.match("  -  ").parts()).isEmpty();
        assertThat(ME.match(null).parts()).isEmpty();
    }

    @Test
    void aliasesOfMergedInstitutionsAnswerWithTheSurvivor() {
        Alias old = alias("Zavod za socijalnu i dječju zaštitu", AliasKind.VARIANT, "me-old", false);
        NameMatcher merged = new NameMatcher(new AliasIndex(List.of(old), GLOBAL, id -> Optional.of(
                new AliasIndex.Survivor(id.equals("me-old") ? "me-new" : id, "Zavod za socijalnu i dječju zaštitu", false))));

        assertThat(merged.match("Zavod za socijalnu i dječju zaštitu").parts().get(0).institutionId()).isEqualTo("me-new");
    }
}
