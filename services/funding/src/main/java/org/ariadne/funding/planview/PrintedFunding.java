package org.ariadne.funding.planview;

import java.math.BigDecimal;

/**
 * One funding reference as a plan prints it (from the plans events): a source, a holder, and maybe an amount with
 * its currency and year. {@code kind} {@code text} marks an amount only restated in the plan's text: shown, never
 * summed (SI's five restatements would otherwise make the annex's 521,000 € look like 622,000 €).
 */
public record PrintedFunding(String kind, String label, String holder, BigDecimal amount, String currency,
        Integer year) {

    public static final String RESTATED = "text";

    public boolean hasAmount() {
        return amount != null && currency != null;
    }

    public boolean isRestatement() {
        return RESTATED.equals(kind);
    }
}
