package org.ariadne.webapp.funding;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line's money for one fiscal year as a coordinator types it: the year, the amount written the tenant's way, and
 * whether it is planned, secured or not yet known (then without an amount: unknown is never 0).
 */
public record AllocationForm(String year, String amount, String status) implements Serializable {

    public static final List<String> STATUSES = List.of("indicative", "secured", "to_be_determined");

    public boolean empty() {
        return blank(year) && blank(amount);
    }

    /** The year as a number, or null when it is not a fiscal year the platform keeps (1990–2100). */
    public Integer fiscalYear() {
        String text = year == null ? "" : year.strip();
        if (!text.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1990 && value <= 2100 ? value : null;
    }

    public String chosenStatus() {
        return blank(status) ? "indicative" : status.strip();
    }

    /** What is wrong, field name (prefixed) → text key; nothing when the row is an allocation. */
    public Map<String, String> problems(String prefix, char decimalSeparator) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (fiscalYear() == null) {
            problems.put(prefix + "year", "funding.allocation.yearInvalid");
        }
        if (!STATUSES.contains(chosenStatus())) {
            problems.put(prefix + "status", "funding.allocation.statusInvalid");
        } else if ("to_be_determined".equals(chosenStatus())) {
            if (!blank(amount)) {
                problems.put(prefix + "amount", "funding.allocation.noAmountWhenUnknown");
            }
        } else {
            String plain = PaymentForm.plainAmount(amount, decimalSeparator);
            if (plain == null) {
                problems.put(prefix + "amount", "funding.allocation.amountInvalid");
            }
        }
        return problems;
    }

    /** The allocation as the API takes it (year, plain amount, status). */
    public Map<String, Object> body(char decimalSeparator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", fiscalYear());
        if (!"to_be_determined".equals(chosenStatus())) {
            body.put("amount", PaymentForm.plainAmount(amount, decimalSeparator));
        }
        body.put("status", chosenStatus());
        return body;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
