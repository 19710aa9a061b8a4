package org.ariadne.partners.settings;

import java.util.List;
import java.util.Locale;

/**
 * A tenant's partners settings: the language exports and reminders are written in (by default the tenant's first
 * language from identity), where follow-up reminders go, and when.
 *
 * @param daysBefore          a task with a due date is reminded this many days before it
 * @param daysWithoutDueDate  a task without one is reminded once it has been open this many days
 */
public record PartnerSettings(String language, String coordinatorEmail, String fromAddress, int daysBefore,
        int daysWithoutDueDate) {

    public static final PartnerSettings DEFAULTS = new PartnerSettings("en", null, "ariadne@localhost", 7, 30);

    /** The languages exports and reminders are written in; BCMS variants share one text. */
    public static final List<String> LANGUAGES = List.of("en", "bs", "hr", "sr", "sr-Latn", "cnr", "sl", "sq");

    /** The text set a language uses: {@code bs} for Bosnian, Croatian, Serbian (Latin) and Montenegrin. */
    public static String textLanguage(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("bs") || lang.startsWith("hr") || lang.startsWith("sr") || lang.startsWith("cnr")
                || lang.startsWith("me")) {
            return "bs";
        }
        if (lang.startsWith("sl")) {
            return "sl";
        }
        if (lang.startsWith("sq")) {
            return "sq";
        }
        return "en";
    }
}
