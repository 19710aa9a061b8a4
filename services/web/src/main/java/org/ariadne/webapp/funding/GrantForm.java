package org.ariadne.webapp.funding;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A donor's grant as a finance officer enters it from the agreement: its title, the donor and who implements it, its
 * amount in its own currency, the donor's IATI identifier, and the agreement's fixed exchange rate when it has one
 * (units of the quote currency per 1 unit of the grant's). Amounts and rates are typed the tenant's way.
 */
public record GrantForm(String title, String donor, String implementer, String currency, String amount, String donorIatiActivityId,
        String agreementRate, String agreementQuoteCurrency) implements Serializable {

    public Map<String, String> problems(char decimalSeparator) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title) || title.strip().length() > 1000) {
            problems.put("title", "funding.line.titleRequired");
        }
        if (blank(donor) || donor.strip().length() > 300) {
            problems.put("donor.name", "funding.grant.donorRequired");
        }
        if (!blank(implementer) && implementer.strip().length() > 300) {
            problems.put("implementer.name", "funding.line.tooLong");
        }
        if (!code(currency).matches("[A-Z]{3}") || "KM".equals(code(currency))) {
            problems.put("currency", "funding.line.currencyInvalid");
        }
        if (!blank(amount) && PaymentForm.plainAmount(amount, decimalSeparator) == null) {
            problems.put("amount", "funding.allocation.amountInvalid");
        }
        if (!blank(donorIatiActivityId) && donorIatiActivityId.strip().length() > 200) {
            problems.put("donorIatiActivityId", "funding.line.tooLong");
        }
        boolean rate = !blank(agreementRate);
        boolean quote = !blank(agreementQuoteCurrency);
        if (rate && RateForm.plainRate(agreementRate, decimalSeparator) == null) {
            problems.put("agreementRate", "funding.rate.invalid");
        }
        if (rate != quote || quote && !code(agreementQuoteCurrency).matches("[A-Z]{3}")) {
            problems.put("agreementQuoteCurrency", "funding.grant.rateWithCurrency");
        }
        return problems;
    }

    /** The body of {@code POST /funding/grants}. */
    public Map<String, Object> body(char decimalSeparator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("donor", Map.of("name", donor.strip()));
        body.put("implementer", blank(implementer) ? null : Map.of("name", implementer.strip()));
        body.put("currency", code(currency));
        body.put("amount", blank(amount) ? null : PaymentForm.plainAmount(amount, decimalSeparator));
        body.put("donorIatiActivityId", blank(donorIatiActivityId) ? null : donorIatiActivityId.strip());
        body.put("agreementRate", blank(agreementRate) ? null : RateForm.plainRate(agreementRate, decimalSeparator));
        body.put("agreementQuoteCurrency", blank(agreementQuoteCurrency) ? null : code(agreementQuoteCurrency));
        return body;
    }

    static String code(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
