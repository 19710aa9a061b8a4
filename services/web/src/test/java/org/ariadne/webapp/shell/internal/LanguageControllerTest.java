package org.ariadne.webapp.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageControllerTest {

    @Test
    void theLanguageFormReturnsOnlyToAPageOfThisApplication() {
        assertThat(LanguageController.localPath("/t/ba-04/plans/1?q=obuk")).isEqualTo("/t/ba-04/plans/1?q=obuk");
        assertThat(LanguageController.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
        assertThat(LanguageController.localPath(null)).isEqualTo("/");
    }
}
