package org.ariadne.funding.money;

/**
 * An ISO 4217 currency code from the IATI Currency code list ({@link Currencies}). Built only through {@link #of}, so a
 * value in hand is always a known code.
 */
public record CurrencyCode(String code) {

    public static final CurrencyCode EUR = new CurrencyCode("EUR");
    public static final CurrencyCode BAM = new CurrencyCode("BAM");

    public CurrencyCode {
        if (!Currencies.isKnown(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /** Digits after the decimal point the currency has (2 for EUR, BAM, USD; 0 for JPY). */
    public int minorUnits() {
        return Currencies.minorUnits(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
