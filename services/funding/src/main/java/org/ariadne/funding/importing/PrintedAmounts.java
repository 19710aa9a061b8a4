package org.ariadne.funding.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount as finance tables print it: "45.000,00 €", "13.125,00€", "75.000 €", "130.000 KM", "1,234.56",
 * "37500". The last of "." and "," that is followed by one or two digits is the decimal separator, a "." or ","
 * followed by exactly three digits in groups is a thousands separator; a currency sign or code may stand before or
 * after. What is left must be a plain amount of at most 15 digits and 2 decimals, or it is not an amount.
 */
public final class PrintedAmounts {

    private static final Pattern CURRENCY = Pattern.compile("(?i)€|eur|km|bam|\\$|usd|chf|gbp");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

    private PrintedAmounts() {
    }

    /** A printed amount and the currency its sign names (null when it names none). */
    public record Printed(BigDecimal amount, String currency) {
    }

    /** The amount, or null when the text is not one (the caller reports the cell). */
    public static Printed read(String text) {
        if (text == null || text.length() > 60) {
            return null;
        }
        String currency = null;
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (upper.contains("€") || upper.contains("EUR")) {
            currency = "EUR";
        } else if (upper.contains("KM") || upper.contains("BAM")) {
            currency = "BAM";
        } else if (upper.contains("$") || upper.contains("USD")) {
            currency = "USD";
        } else if (upper.contains("CHF")) {
            currency = "CHF";
        } else if (upper.contains("GBP")) {
            currency = "GBP";
        }
        String digits = CURRENCY.matcher(text).replaceAll("").replace('\u00a0', ' ').replace(" ", "").strip();
        if (digits.isEmpty() || digits.startsWith("-")) {
            return null;
        }
        String normal;
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            normal = dot > comma ? digits.replace(",", "") : digits.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            normal = THOUSANDS_COMMA.matcher(digits).matches() ? digits.replace(",", "") : digits.replace(',', '.');
        } else if (dot >= 0) {
            normal = THOUSANDS_DOT.matcher(digits).matches() ? digits.replace(".", "") : digits;
        } else {
            normal = digits;
        }
        return PLAIN.matcher(normal).matches() ? new Printed(new BigDecimal(normal), currency) : null;
    }
}
