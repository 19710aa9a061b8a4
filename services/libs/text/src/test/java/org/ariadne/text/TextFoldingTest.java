package org.ariadne.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search keys meet across the spellings the seeds really contain. */
class TextFoldingTest {

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertThat(TextFolding.fold("Trgovina LJUDIMA, žrtve")).isEqualTo(TextFolding.fold("trgovina ljudima, zrtve"));
        assertThat(TextFolding.fold("Đorđe")).isEqualTo("dorde");
    }

    @Test
    void theOcrSlipsOfTheSeedsMeet() {
        assertThat(TextFolding.fold("Ijudima")).isEqualTo(TextFolding.fold("ljudima"));
        assertThat(TextFolding.fold("trafikimit me njeréz")).isEqualTo(TextFolding.fold("trafikimit me njerëz"));
        assertThat(TextFolding.fold("¢éshtjen")).isEqualTo(TextFolding.fold("çështjen"));
    }

    @Test
    void cyrillicLookAlikesInsideLatinWordsMeet() {
        // "оbuka" with a Cyrillic о, "trgоvina" with a Cyrillic о, "Аkcioni" with a Cyrillic А
        assertThat(TextFolding.fold("\u043ebuka trg\u043evina \u0410kcioni")).isEqualTo(TextFolding.fold("obuka trgovina Akcioni"));
    }

    @Test
    void cyrillicLettersTypedIntoLatinWordsAreTransliterated() {
        assertThat(TextFolding.fold("Broj obučenих službenika")).isEqualTo(TextFolding.fold("broj obucenih sluzbenika"));
        assertThat(TextFolding.fold("potписанog")).isEqualTo(TextFolding.fold("potpisanog"));
        assertThat(TextFolding.fold("љudima")).isEqualTo(TextFolding.fold("ljudima"));
    }

    @Test
    void whitespaceIsCollapsed() {
        assertThat(TextFolding.fold("  a \n\t b ")).isEqualTo("a b");
    }
}
