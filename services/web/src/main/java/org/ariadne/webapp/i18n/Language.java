package org.ariadne.webapp.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak. Serbian comes in both alphabets: the Cyrillic pages are the Latin ones transliterated
 * when the application starts ({@link TransliteratingMessageSource}). Montenegrin has the ISO 639-3 code {@code cnr}.
 */
public enum Language {
    BS("bs", "Bosanski"),
    HR("hr", "Hrvatski"),
    SR_LATN("sr-Latn", "Srpski (latinica)"),
    SR_CYRL("sr-Cyrl", "Српски (ћирилица)"),
    CNR("cnr", "Crnogorski"),
    SL("sl", "Slovenščina"),
    SQ("sq", "Shqip"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean serbian() {
        return this == SR_LATN || this == SR_CYRL;
    }

    /** A language tag as a tenant record or a cookie writes it: {@code sr} and {@code sr-Latn} are Serbian Latin. */
    public static Optional<Language> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String normalized = tag.trim().replace('_', '-');
        if (normalized.equalsIgnoreCase("sr")) {
            return Optional.of(SR_LATN);
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(normalized)).findFirst();
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return BS;
        }
        if ("sr".equals(locale.getLanguage())) {
            return "Cyrl".equals(locale.getScript()) ? SR_CYRL : SR_LATN;
        }
        return Arrays.stream(values()).filter(l -> l.locale().getLanguage().equals(locale.getLanguage())).findFirst().orElse(EN);
    }
}
