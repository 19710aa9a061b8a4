package org.ariadne.webapp.funding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Money that moved on a line, as a coordinator types it on the line's page: the amount written the tenant's way
 * ({@code 5.000,00} in Bosnia and Herzegovina, {@code 5,000.00} in English), the date, who paid whom and what for.
 * What cannot be a payment is refused here with the keys of the texts the page shows; the funding service checks the
 * rest (the currency's decimals, the line's state) and its refusal is shown in the user's language too.
 */
public record PaymentForm(String type, String amount, String date, String provider, String receiver, String description)
        implements Serializable {

    public static final List<String> TYPES = List.of("disbursement", "expenditure", "commitment", "incoming_funds",
            "incoming_commitment");
    static final int MAX_TEXT = 500;

    /** The amount as the API takes it (a plain decimal string), or null when it is not an amount. */
    public static String plainAmount(String typed, char decimalSeparator) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip().replace(" ", "").replace("\u00a0", "");
        if (text.endsWith("KM") || text.endsWith("€")) {
            text = text.substring(0, text.length() - (text.endsWith("KM") ? 2 : 1)).strip();
        }
        char grouping = decimalSeparator == ',' ? '.' : ',';
        // a grouping separator only between groups of three digits: "5.000,50" yes, "5.00" (a decimal point) no
        if (text.indexOf(grouping) >= 0 && !text.matches("\\d{1,3}(\\" + grouping + "\\d{3})+(\\" + decimalSeparator + "\\d+)?")) {
            return null;
        }
        String plain = text.replace(String.valueOf(grouping), "").replace(decimalSeparator, '.');
        return plain.matches("\\d{1,15}(\\.\\d{1,2})?") ? plain : null;
    }

    /** The keys of what is wrong; empty when the form is a payment. */
    public List<String> problems(char decimalSeparator) {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("funding.payment.typeRequired");
        }
        String plain = plainAmount(amount, decimalSeparator);
        if (plain == null || plain.matches("0+(\\.0+)?")) {
            problems.add("funding.payment.amountInvalid");
        }
        try {
            LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            problems.add("funding.payment.dateInvalid");
        }
        if (tooLong(provider) || tooLong(receiver) || tooLong(description)) {
            problems.add("funding.payment.tooLong");
        }
        return problems;
    }

    /** The body of {@code POST /funding/lines/{id}/transactions}, in the line's currency. */
    public Map<String, Object> body(String currency, char decimalSeparator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("amount", plainAmount(amount, decimalSeparator));
        body.put("currency", currency);
        body.put("date", date.strip());
        if (!blank(provider)) {
            body.put("provider", Map.of("name", provider.strip()));
        }
        if (!blank(receiver)) {
            body.put("receiver", Map.of("name", receiver.strip()));
        }
        if (!blank(description)) {
            body.put("description", description.strip());
        }
        return body;
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_TEXT;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
