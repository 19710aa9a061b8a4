package org.ariadne.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every language has every text, and every text with arguments is a valid message format in every language. */
class MessageBundlesTest {

    private static final String[] LANGUAGES = {"bs", "hr", "sr", "cnr", "sl", "sq"};

    @Test
    void everyLanguageHasEveryKeyOfTheEnglishBundleAndNoOther() {
        Properties english = TransliteratingMessageSource.load("i18n/messages.properties");
        assertThat(english).hasSizeGreaterThan(250);
        for (String language : LANGUAGES) {
            Properties bundle = TransliteratingMessageSource.load("i18n/messages_" + language + ".properties");
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(bundle.stringPropertyNames());
            Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertThat(missing).as("missing in " + language).isEmpty();
            assertThat(extra).as("unknown keys in " + language).isEmpty();
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {"A", "B", "C", "D", "E"}))
                            .as(language + " " + key).doesNotContain("{0}");
                }
            }
        }
    }

    @Test
    void theCyrillicPagesAreTheSerbianLatinOnesTransliteratedAtStart() {
        TransliteratingMessageSource messages = new TransliteratingMessageSource();
        Locale cyrillic = Locale.forLanguageTag("sr-Cyrl");
        Locale latin = Locale.forLanguageTag("sr-Latn");
        assertThat(messages.getMessage("dashboard.plans", null, latin)).isEqualTo("Akcioni planovi");
        assertThat(messages.getMessage("dashboard.plans", null, cyrillic)).isEqualTo("Акциони планови");
        assertThat(messages.getMessage("layout.signOut", null, cyrillic)).isEqualTo("Одјава");
        assertThat(messages.getMessage("dashboard.activityCount", new Object[] {3}, cyrillic)).isEqualTo("Активности: 3");
        assertThat(messages.cyrillicTexts()).hasSameSizeAs(TransliteratingMessageSource.load("i18n/messages.properties"));
        assertThat(messages.getMessage("dashboard.plans", null, Locale.forLanguageTag("sl"))).isEqualTo("Akcijski načrti");
        assertThat(messages.getMessage("dashboard.plans", null, Locale.forLanguageTag("cnr"))).isEqualTo("Akcioni planovi");
    }
}
