package org.ariadne.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRuleTest {

    @Test
    void acceptsEveryScriptEmojiAndLineBreaks() {
        assertThat(TextRule.violation("Prevencija trgovine ljudima — Превенција 🙂\n\tštićenici\r\n")).isEmpty();
        assertThat(TextRule.violation("\uFFFD")).isEmpty();
        assertThat(TextRule.violation(null)).isEmpty();
    }

    @Test
    void refusesControlCharactersNamingThemAndWhere() {
        assertThat(TextRule.violation("\u001B[31mred")).hasValueSatisfying(v -> assertThat(v).startsWith(
                "holds the control character U+001B at position 0"));
        assertThat(TextRule.violation("a\u0000")).hasValueSatisfying(v -> assertThat(v).contains("U+0000 at position 1"));
        assertThat(TextRule.violation("a\u007F")).isPresent();
        assertThat(TextRule.violation("a\u0085")).isPresent();
        assertThat(TextRule.violation("a\u000B")).isPresent();
    }

    @Test
    void refusesBrokenSurrogatesAndNoncharacters() {
        assertThat(TextRule.violation("\ud800")).hasValueSatisfying(v -> assertThat(v).contains("half of a surrogate pair (U+D800)"));
        assertThat(TextRule.violation("x\udc00y")).isPresent();
        assertThat(TextRule.violation("\ud83d\ude42")).isEmpty();
        assertThat(TextRule.violation("\uFFFF")).isPresent();
    }
}
