package org.ariadne.webapp.shell.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language menu and the "content in Cyrillic" switch; both are remembered in this browser. */
@Controller
class LanguageController {

    private final LanguageChoice languages;

    LanguageController(org.springframework.web.servlet.LocaleResolver languages) {
        this.languages = (LanguageChoice) languages;
    }

    @PostMapping("/language")
    String choose(@RequestParam(required = false) String language, @RequestParam(required = false) String contentScript,
            @RequestParam(name = "return", required = false) String back, HttpServletResponse response) {
        Language.of(language).ifPresent(chosen -> languages.remember(response, chosen));
        if (contentScript != null) {
            languages.rememberContentScript(response, "cyrl".equals(contentScript));
        }
        return "redirect:" + localPath(back);
    }

    /** Browsers ask for /favicon.ico on every page, identity's sign-in page too. */
    @org.springframework.web.bind.annotation.GetMapping("/favicon.ico")
    String favicon() {
        return "redirect:/assets/favicon.svg";
    }

    /** Only a path of this application: an address elsewhere would make the form an open redirect. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.contains("\r")
                || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
