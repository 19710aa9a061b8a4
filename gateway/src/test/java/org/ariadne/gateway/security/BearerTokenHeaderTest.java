package org.ariadne.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BearerTokenHeaderTest {

    /** Spring Security's own pattern (ServerBearerTokenAuthenticationConverter), which the one-pass check must agree with. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    @Test
    void readsTheTokenOfAWellFormedHeaderAsSpringSecurityDoes() {
        for (String header : new String[] {"Bearer abc.DEF-ghi_~+/9", "bearer abc", "BEARER abc==", "Bearer a=", "Bearer eyJ.eyJ.sig"}) {
            assertThat(BearerTokenHeader.tokenOf(header)).as(header).isEqualTo(springToken(header)).isNotNull();
        }
    }

    @Test
    void refusesWhatSpringSecurityRefuses() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer abc def", "Bearer =abc",
                "Bearer abc=d", "Bearer abc\t", "Bearer ab\u00e7", "Bearer abc,", "Bearer abc;"}) {
            assertThat(springToken(header)).as(header).isNull();
            assertThat(BearerTokenHeader.tokenOf(header)).as(header).isNull();
        }
    }

    private static String springToken(String header) {
        var matcher = SPRING.matcher(header);
        return matcher.matches() ? matcher.group("token") : null;
    }
}
