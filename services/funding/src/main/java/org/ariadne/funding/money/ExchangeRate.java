package org.ariadne.funding.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reference rate: {@code unitsPerEuro} units of {@code currency} buy 1 EUR on {@code date} (the ECB quotes every
 * rate this way: 1 EUR = 1.0813 USD).
 */
public record ExchangeRate(CurrencyCode currency, LocalDate date, BigDecimal unitsPerEuro, RateSource source) {

    public ExchangeRate {
        if (unitsPerEuro == null || unitsPerEuro.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
    }
}
