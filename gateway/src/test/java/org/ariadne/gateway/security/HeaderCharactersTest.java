package org.ariadne.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's header checks answer exactly as Spring Security's own regular expressions do. */
class HeaderCharactersTest {

    @Test
    void headerNamesAreJudgedAsSpringSecurityJudgesThem() {
        assertSameAnswers(HeaderCharacters::allowedInName, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
    }

    @Test
    void headerValuesAreJudgedAsSpringSecurityJudgesThem() {
        assertSameAnswers(HeaderCharacters::allowedInValue, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
    }

    @Test
    void controlCharactersAndUnassignedCodePointsAreRefusedTabsOnlyInValues() {
        assertThat(HeaderCharacters.allowedInValue("Bearer " + TestJwts.forTenant("ba-04"))).isTrue();
        assertThat(HeaderCharacters.allowedInValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedInName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("evil\r\nX-Tenant-Id: xk")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("nul\u0000")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("\u0378")).isFalse(); // unassigned
        assertThat(HeaderCharacters.allowedInValue("Zeničko-dobojski 😀")).isTrue();
    }

    private static void assertSameAnswers(Predicate<String> ours, Predicate<String> springs) {
        List<String> samples = new ArrayList<>(List.of("", "Authorization", "Bearer " + TestJwts.forTenant("ba-04"),
                "text/html, application/xhtml+xml", "Zeničko-dobojski kanton", "a|b", "\t", " \t ", "x\u007f", "\u0085",
                "\ud83d\ude00", "\ud83d", "\ude00x", "a\ud83d", new String(Character.toChars(0x10FFFF)),
                new String(Character.toChars(0xE0001)), new String(Character.toChars(0x2FFFF))));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            samples.add(String.valueOf(c));
            samples.add("ok" + c + "ok");
        }
        for (int codePoint = 0x10000; codePoint <= Character.MAX_CODE_POINT; codePoint += 97) {
            samples.add(new String(Character.toChars(codePoint)));
        }
        samples.add(null); // an absent header
        for (String sample : samples) {
            assertThat(ours.test(sample)).as("%s", sample == null ? "null" : sample.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(springs.test(sample));
        }
    }
}
