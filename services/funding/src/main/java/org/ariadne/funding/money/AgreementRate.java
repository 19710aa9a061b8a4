package org.ariadne.funding.money;

import java.math.BigDecimal;

/** A grant agreement's fixed rate: 1 {@code from} = {@code rate} {@code to}; used in both directions. */
public record AgreementRate(CurrencyCode from, CurrencyCode to, BigDecimal rate) {

    public AgreementRate {
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("an agreement rate must be positive");
        }
    }
}
