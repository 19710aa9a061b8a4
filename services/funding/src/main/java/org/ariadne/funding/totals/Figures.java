package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The measures of a total, in one currency: planned (every known allocation: indicative and secured), secured,
 * committed, disbursed, spent, incoming (funds received), the number of allocations whose amount is to be
 * determined (unknown, never 0) and of distinct lines. Execution = (disbursed + spent) / planned, in percent with
 * four decimals; null when nothing is planned.
 */
public record Figures(BigDecimal planned, BigDecimal secured, BigDecimal committed, BigDecimal disbursed,
        BigDecimal spent, BigDecimal incoming, int toBeDetermined, int lines) {

    public static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    public BigDecimal executionPct() {
        return percent(disbursed.add(spent), planned);
    }

    public BigDecimal committedPct() {
        return percent(committed, planned);
    }

    public BigDecimal securedPct() {
        return percent(secured, planned);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN);
    }
}
