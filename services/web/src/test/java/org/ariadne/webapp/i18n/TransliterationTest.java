package org.ariadne.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void serbianLatinBecomesCyrillicLetterByLetterWithTheDigraphsAsOneLetter() {
        assertThat(Transliteration.toCyrillic("Ljubljana, Njegoš, džep, Đurđevdan, šećer"))
                .isEqualTo("Љубљана, Његош, џеп, Ђурђевдан, шећер");
        assertThat(Transliteration.toCyrillic("Akcioni planovi")).isEqualTo("Акциони планови");
    }

    @Test
    void acronymsForeignWordsAndPlaceholdersStayAsTheyAre() {
        assertThat(Transliteration.toCyrillic("Preuzmi PDF ili DOCX: {0} aktivnosti, MUP"))
                .isEqualTo("Преузми PDF или DOCX: {0} активности, MUP");
        assertThat(Transliteration.toCyrillic("e-mail adresa za Word")).isEqualTo("е-маил адреса за Word");
    }

    @Test
    void markupAndDigitsAreUntouched() {
        assertThat(Transliteration.toCyrillic("<script>alert(1)</script>")).isEqualTo("<сцрипт>алерт(1)</сцрипт>");
        assertThat(Transliteration.toCyrillic("89,4 %")).isEqualTo("89,4 %");
    }
}
