package org.ariadne.webapp.funding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A reference rate entered by hand: how many units of the currency one euro buys on a date, as the ECB quotes it
 * ({@code 1,0813} typed the tenant's way). It wins over the ECB's rate of that date. BAM and EUR take none (BAM is
 * pegged by law, EUR is the base).
 */
public record RateForm(String currency, String date, String unitsPerEuro) implements Serializable {

    /** A positive rate as the API takes it (at most 9 digits and 10 decimals), or null. */
    public static String plainRate(String typed, char decimalSeparator) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip().replace(decimalSeparator, '.');
        if (!text.matches("\\d{1,9}(\\.\\d{1,10})?") || text.matches("0+(\\.0+)?")) {
            return null;
        }
        return text;
    }

    public String code() {
        return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    }

    public Map<String, String> problems(char decimalSeparator) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!code().matches("[A-Z]{3}") || "BAM".equals(code()) || "EUR".equals(code())) {
            problems.put("rate.currency", "funding.rate.currencyInvalid");
        }
        try {
            LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            problems.put("rate.date", "funding.payment.dateInvalid");
        }
        if (plainRate(unitsPerEuro, decimalSeparator) == null) {
            problems.put("rate.unitsPerEuro", "funding.rate.invalid");
        }
        return problems;
    }
}
