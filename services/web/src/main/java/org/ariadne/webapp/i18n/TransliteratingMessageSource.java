package org.ariadne.webapp.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' texts from {@code i18n/messages*.properties} (UTF-8; {@code messages.properties} is English). The Serbian
 * Cyrillic texts are not written by hand: at start the Serbian Latin bundle (completed by the English one) is
 * transliterated once, so both alphabets always say the same.
 */
public class TransliteratingMessageSource extends ResourceBundleMessageSource {

    public static final String BASENAME = "i18n/messages";

    private final Map<String, String> cyrillic = new HashMap<>();

    public TransliteratingMessageSource() {
        setBasename(BASENAME);
        setDefaultEncoding(StandardCharsets.UTF_8.name());
        setFallbackToSystemLocale(false);
        Properties english = load(BASENAME + ".properties");
        Properties serbian = load(BASENAME + "_sr.properties");
        english.stringPropertyNames().forEach(key -> cyrillic.put(key, Transliteration.toCyrillic(
                serbian.getProperty(key, english.getProperty(key)))));
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        if (isCyrillic(locale)) {
            String text = cyrillic.get(code);
            if (text != null) {
                return text;
            }
        }
        return super.resolveCodeWithoutArguments(code, locale);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        if (isCyrillic(locale)) {
            String text = cyrillic.get(code);
            if (text != null) {
                return createMessageFormat(text, locale);
            }
        }
        return super.resolveCode(code, locale);
    }

    /** Every key of the English bundle, for the test that every language has every text. */
    public Map<String, String> cyrillicTexts() {
        return Map.copyOf(cyrillic);
    }

    private static boolean isCyrillic(Locale locale) {
        return "sr".equals(locale.getLanguage()) && "Cyrl".equals(locale.getScript());
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TransliteratingMessageSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
