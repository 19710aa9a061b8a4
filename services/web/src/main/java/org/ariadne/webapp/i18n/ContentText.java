package org.ariadne.webapp.i18n;

/**
 * Texts that come from users and files (plan titles, narratives) as the reader asked to see them: as written, or in
 * Serbian Cyrillic. Thymeleaf escapes the result like any other text.
 */
public record ContentText(boolean cyrillic) {

    public String t(Object text) {
        if (text == null) {
            return "";
        }
        return cyrillic ? Transliteration.toCyrillic(text.toString()) : text.toString();
    }
}
