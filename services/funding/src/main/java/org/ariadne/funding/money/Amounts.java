package org.ariadne.funding.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.ariadne.web.FieldProblem;

/**
 * The one strict reading of an amount that comes from outside (HTTP, files): a plain decimal string such as
 * {@code 130000} or {@code 129999.04}, at most 15 digits before the point and no more decimals than the currency has
 * (2 for EUR, BAM, USD). No exponent ({@code 1e999999999} would have to be expanded), no sign (a reversal is its own
 * command), no thousands separators. Each refusal names the field and says what to send.
 */
public final class Amounts {

    static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_LENGTH = 40;
    private static final Pattern PLAIN = Pattern.compile("\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d+)?");

    private Amounts() {
    }

    /**
     * The amount in {@code text} for {@code currency}, or null after adding a problem for {@code pointer}.
     *
     * @param currency the amount's currency (its minor units bound the decimals); null when the currency itself was
     *                 invalid, then 2 decimals are allowed
     */
    public static BigDecimal parse(String pointer, String text, CurrencyCode currency, List<FieldProblem> problems) {
        int decimals = currency == null ? 2 : currency.minorUnits();
        String example = decimals == 0 ? "130000" : "130000 or 129999." + "04".substring(0, Math.min(2, decimals));
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(pointer, "must be an amount such as " + example + " (a string)"));
            return null;
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(pointer, "is too long for an amount: at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + decimals + " after it"));
            return null;
        }
        if (value.startsWith("-")) {
            problems.add(new FieldProblem(pointer, "must not be negative; to undo a recorded transaction, reverse it "
                    + "(POST …/transactions/{transactionId}/reversal) and record the correct one"));
            return null;
        }
        if (value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
            problems.add(new FieldProblem(pointer, "must be a plain decimal number such as " + example
                    + ", without an exponent; got \"" + value + "\""));
            return null;
        }
        if (!PLAIN.matcher(value).matches()) {
            problems.add(new FieldProblem(pointer, "must be a plain decimal number such as " + example
                    + " (digits, an optional decimal point, no thousands separators, at most " + MAX_INTEGER_DIGITS
                    + " digits before the point); got \"" + value + "\""));
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.stripTrailingZeros().scale() > decimals) {
            problems.add(new FieldProblem(pointer, "has more decimals than " + (currency == null ? "a currency" : currency)
                    + " has (" + decimals + "); round it to " + (decimals == 0 ? "whole units" : "cents") + " and send it again"));
            return null;
        }
        return amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** The currency in {@code text}, or null after adding a problem for {@code pointer}. */
    public static CurrencyCode currency(String pointer, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(pointer, "must be an ISO 4217 currency code such as BAM, EUR or USD"));
            return null;
        }
        String code = text.strip();
        if ("KM".equalsIgnoreCase(code)) {
            problems.add(new FieldProblem(pointer, "send the ISO 4217 code BAM for the convertible mark (KM)"));
            return null;
        }
        if (!Currencies.isKnown(code)) {
            problems.add(new FieldProblem(pointer, "\"" + abbreviate(code) + "\" is not an ISO 4217 currency code; send "
                    + "one such as BAM, EUR or USD (upper case)"));
            return null;
        }
        return CurrencyCode.of(code);
    }

    /** A plain decimal string with the currency's minor units. */
    public static String plain(BigDecimal amount, CurrencyCode currency) {
        return amount.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
