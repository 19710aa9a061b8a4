package org.ariadne.partners.settings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What partners writes for people — reminder e-mails, the recommendation export — in the tenant's language
 * ({@code texts/partners_<bs|sl|sq|en>.properties}; Bosnian, Croatian, Serbian and Montenegrin share one text).
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(String language) {
        this.locale = Locale.forLanguageTag(PartnerSettings.textLanguage(language));
        this.bundle = ResourceBundle.getBundle("texts.partners", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(String language) {
        return new Texts(language);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String language() {
        return locale.toLanguageTag();
    }
}
