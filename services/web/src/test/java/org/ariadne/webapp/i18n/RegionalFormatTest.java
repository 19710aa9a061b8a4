package org.ariadne.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalFormatTest {

    @Test
    void bosniaWritesADecimalCommaAndDatesWithATrailingDot() {
        RegionalFormat ba = new RegionalFormat(Language.BS, "Europe/Sarajevo");
        assertThat(ba.date("2021-02-24")).isEqualTo("24.02.2021.");
        assertThat(ba.number("89.4")).isEqualTo("89,4");
        assertThat(ba.number("130000.50")).isEqualTo("130.000,5");
        assertThat(ba.share(0.421)).isEqualTo("42,1 %");
        assertThat(ba.dateTime("2025-03-14T09:26:53.589Z")).isEqualTo("14.03.2025. 10:26");
    }

    @Test
    void sloveniaKosovoAndEnglishWriteTheirOwnWay() {
        assertThat(new RegionalFormat(Language.SL, "Europe/Ljubljana").date("2024-06-01")).isEqualTo("1. 6. 2024");
        assertThat(new RegionalFormat(Language.SQ, "Europe/Belgrade").date("2024-06-01")).isEqualTo("01.06.2024");
        assertThat(new RegionalFormat(Language.EN, "UTC").number("1250.5")).isEqualTo("1,250.5");
    }

    @Test
    void whatIsNotADateOrANumberIsShownAsItCame() {
        RegionalFormat ba = new RegionalFormat(Language.BS, null);
        assertThat(ba.date("II kvartal 2017")).isEqualTo("II kvartal 2017");
        assertThat(ba.number("n/a")).isEqualTo("n/a");
        assertThat(ba.date(null)).isEmpty();
    }

    @Test
    void aTenantOffersItsLanguagesSerbianInBothAlphabetsAndEnglish() {
        TenantInfo ba04 = new TenantInfo("ba-04", "Zeničko-dobojski kanton", List.of("bs", "hr", "sr-Latn"), "BAM", "Europe/Sarajevo");
        assertThat(ba04.offeredLanguages()).containsExactly(Language.BS, Language.HR, Language.SR_LATN, Language.SR_CYRL, Language.EN);
        assertThat(ba04.primaryLanguage()).isEqualTo(Language.BS);
        TenantInfo me = new TenantInfo("me", "Crna Gora", List.of("cnr"), "EUR", "Europe/Podgorica");
        assertThat(me.offeredLanguages()).containsExactly(Language.CNR, Language.EN);
    }
}
