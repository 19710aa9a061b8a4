package org.ariadne.funding.money;

import java.math.BigDecimal;

/** An amount with its own currency: never a float, never without a currency. */
public record Money(BigDecimal amount, CurrencyCode currency) {

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("an amount needs a value and a currency");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
    }

    /** The amount as a plain decimal string with the currency's minor units ("129999.04", "130000.00"). */
    public String plain() {
        return Amounts.plain(amount, currency);
    }

    @Override
    public String toString() {
        return plain() + " " + currency;
    }
}
