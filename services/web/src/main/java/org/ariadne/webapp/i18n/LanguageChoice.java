package org.ariadne.webapp.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a page speaks. The user's choice is remembered in a cookie for a year; a tenant page speaks it when
 * the tenant offers it and the tenant's own language otherwise ({@link #PAGE_LANGUAGE}, set per request). Before
 * sign-in: the cookie, then the browser's preference, then Bosnian.
 */
public class LanguageChoice implements LocaleResolver {

    public static final String COOKIE = "ariadne_lang";
    /** Content (plan texts, narratives) transliterated to Cyrillic for Serbian Cyrillic readers who ask for it. */
    public static final String CONTENT_SCRIPT_COOKIE = "ariadne_content_script";
    /** Request attribute: the {@link Language} of this page, decided once the tenant is known. */
    public static final String PAGE_LANGUAGE = LanguageChoice.class.getName() + ".page";

    private final boolean secureCookies;

    public LanguageChoice(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return current(request).locale();
    }

    public static Language current(HttpServletRequest request) {
        if (request.getAttribute(PAGE_LANGUAGE) instanceof Language language) {
            return language;
        }
        return remembered(request).orElseGet(() -> fromBrowser(request));
    }

    public static Optional<Language> remembered(HttpServletRequest request) {
        return cookie(request, COOKIE).flatMap(Language::of);
    }

    public static boolean contentInCyrillic(HttpServletRequest request) {
        return current(request) == Language.SR_CYRL && cookie(request, CONTENT_SCRIPT_COOKIE).filter("cyrl"::equals).isPresent();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        remember(response, Language.of(locale));
    }

    public void remember(HttpServletResponse response, Language language) {
        write(response, COOKIE, language.tag());
    }

    public void rememberContentScript(HttpServletResponse response, boolean cyrillic) {
        write(response, CONTENT_SCRIPT_COOKIE, cyrillic ? "cyrl" : "latn");
    }

    private void write(HttpServletResponse response, String name, String value) {
        response.addHeader("Set-Cookie", ResponseCookie.from(name, value).path("/").maxAge(java.time.Duration.ofDays(365))
                .httpOnly(true).sameSite("Lax").secure(secureCookies).build().toString());
    }

    private static Language fromBrowser(HttpServletRequest request) {
        for (java.util.Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements();) {
            Locale locale = locales.nextElement();
            Optional<Language> language = Language.of(locale.toLanguageTag());
            if (language.isEmpty()) {
                language = Language.of(locale.getLanguage());
            }
            if (language.isPresent() && request.getHeader("Accept-Language") != null) {
                return language.get();
            }
        }
        return Language.BS;
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
