package org.ariadne.funding.line;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line's money for one fiscal year, in the line's currency. {@code amount} is null exactly when the status is
 * {@link AllocationStatus#TO_BE_DETERMINED}; {@code year} is null only for such an undated unknown amount. Its value
 * date (for conversion) is the first day of its year, as IATI budgets have it.
 */
public record Allocation(Integer year, BigDecimal amount, AllocationStatus status) {

    public Allocation {
        if (status == null) {
            throw new IllegalArgumentException("an allocation needs a status");
        }
        if ((amount == null) != (status == AllocationStatus.TO_BE_DETERMINED)) {
            throw new IllegalArgumentException("an allocation has an amount unless it is to be determined");
        }
        if (year == null && status != AllocationStatus.TO_BE_DETERMINED) {
            throw new IllegalArgumentException("an allocation with an amount needs its year");
        }
    }

    public boolean isKnown() {
        return amount != null;
    }

    public LocalDate valueDate() {
        return LocalDate.of(year, 1, 1);
    }
}
