package org.ariadne.webapp.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers and dates the way the tenant writes them, whatever language the user reads: a decimal comma and
 * {@code 24.02.2021.} in Bosnia and Herzegovina and Montenegro, {@code 24. 2. 2021} in Slovenia, {@code 24.02.2021}
 * in Kosovo; English-speaking tenants get a decimal point and {@code 24/02/2021}.
 */
public final class RegionalFormat {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final char decimalSeparator;
    private final char groupingSeparator;
    private final ZoneId zone;

    public RegionalFormat(Language tenantLanguage, String timeZone) {
        String datePattern = switch (tenantLanguage) {
            case SL -> "d. M. yyyy";
            case SQ -> "dd.MM.yyyy";
            case EN -> "dd/MM/yyyy";
            default -> "dd.MM.yyyy.";
        };
        this.date = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
        this.dateTime = DateTimeFormatter.ofPattern(datePattern + " HH:mm", Locale.ROOT);
        this.decimalSeparator = tenantLanguage == Language.EN ? '.' : ',';
        this.groupingSeparator = tenantLanguage == Language.EN ? ',' : '.';
        ZoneId parsed;
        try {
            parsed = timeZone == null ? ZoneId.of("Europe/Sarajevo") : ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            parsed = ZoneId.of("UTC");
        }
        this.zone = parsed;
    }

    /** The tenant's decimal separator, to read amounts typed the tenant's way. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** An ISO date ({@code 2021-02-24}) as the tenant writes it; anything else is shown as it came. */
    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        String text = iso.toString();
        try {
            if (text.length() > 10 && text.contains("T")) {
                return Instant.parse(text).atZone(zone).toLocalDate().format(date);
            }
            return LocalDate.parse(text).format(date);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** An instant ({@code 2025-03-14T09:26:53Z}) in the tenant's time zone, to the minute. */
    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return Instant.parse(iso.toString()).atZone(zone).format(dateTime);
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** A number with the tenant's separators, without trailing zeros ({@code 89,4}; {@code 1.250}). */
    public String number(Object value) {
        return decimal(value, "#,##0.####");
    }

    /** An amount of money with the tenant's separators and always two decimals ({@code 129.999,04}; {@code 0,00}). */
    public String money(Object value) {
        return decimal(value, "#,##0.00");
    }

    /** A decimal in the given pattern with the tenant's separators, half-even rounded; what is no number is shown as it is. */
    private String decimal(Object value, String pattern) {
        if (value == null) {
            return "";
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return value.toString();
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setGroupingSeparator(groupingSeparator);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return format.format(number);
    }

    /** A value already in percent ({@code "99.9993"}) with the tenant's decimal separator: {@code 99,9993 %}. */
    public String percent(Object value) {
        return value == null ? "" : number(value) + " %";
    }

    /** A share 0–1 as a percentage with one decimal ({@code 0.421} → {@code 42,1 %}). */
    public String share(Object value) {
        if (value == null) {
            return "";
        }
        try {
            BigDecimal percent = new BigDecimal(value.toString()).multiply(BigDecimal.valueOf(100))
                    .setScale(1, java.math.RoundingMode.HALF_UP);
            return number(percent.stripTrailingZeros().toPlainString()) + " %";
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }
}
