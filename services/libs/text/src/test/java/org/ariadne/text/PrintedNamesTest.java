package org.ariadne.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedNamesTest {

    @Test
    void theMontenegrinOfficesPunctuationVariantsShareOneNameKey() {
        List<String> printed = List.of("GSV-Kancelarija za borbu protiv trgovine ljudima",
                "GSV - Kancelarija za borbu protiv trgovine ljudima", "GSV- Kancelarija za borbu protiv trgovine ljudima",
                "GSV -Kancelarija za borbu protiv trgovine ljudima", "GSV-, Kancelarija za borbu protiv trgovine ljudima",
                "GSV Kancelarija za borbu protiv trgovine ljudima", "GSV kancelarija za borbu protiv trgovine ljudima",
                "GSV kancelarija za borbu protiv trgovine Ijudima");
        assertThat(printed.stream().map(PrintedNames::nameKey).distinct())
                .containsExactly("gsv kanceiarija za borbu protiv trgovine ijudima");
        assertThat(PrintedNames.nameKey("GSV -Kancelarija za borbu")).isEqualTo("gsv kanceiarija za borbu");
    }

    @Test
    void acronymKeysKeepCaseAndDropDiacritics() {
        assertThat(PrintedNames.acronymKey("MIZŠ")).isEqualTo(PrintedNames.acronymKey("MIZS"));
        assertThat(PrintedNames.acronymKey("UN")).isNotEqualTo(PrintedNames.acronymKey("un"));
        assertThat(PrintedNames.acronymKey(" MNZ  SPBTL ")).isEqualTo("MNZ SPBTL");
    }

    @Test
    void acronymsAreShortWordsWithCapitals() {
        assertThat(PrintedNames.looksLikeAcronym("ZKNKT")).isTrue();
        assertThat(PrintedNames.looksLikeAcronym("MNZ SPBTL")).isTrue();
        assertThat(PrintedNames.looksLikeAcronym("Ombudsman")).isFalse();
        assertThat(PrintedNames.looksLikeAcronym("sindikati")).isFalse();
    }

    @Test
    void tokensKeepTheirPlaceInThePrintedText() {
        List<Tokens.Token> tokens = Tokens.of("MPB/ZKNT, Policia");
        assertThat(tokens).extracting(Tokens.Token::text).containsExactly("MPB", "ZKNT", "Policia");
        assertThat(tokens.get(1).start()).isEqualTo(4);
        assertThat(tokens.get(2).end()).isEqualTo(17);
    }
}
