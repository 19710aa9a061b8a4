package org.ariadne.funding.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** The current tenant's rates: conversions for a set of currencies, ECB uploads and manual entries. */
@Service
public class ExchangeRates {

    private final RateRepository rates;

    public ExchangeRates(RateRepository rates) {
        this.rates = rates;
    }

    /** A conversion that knows the rates of these currencies (load only what the rows need). */
    public Conversion conversionFor(Collection<CurrencyCode> currencies) {
        Set<CurrencyCode> needed = new TreeSet<>(java.util.Comparator.comparing(CurrencyCode::code));
        for (CurrencyCode c : currencies) {
            if (!CurrencyCode.EUR.equals(c) && !CurrencyCode.BAM.equals(c)) {
                needed.add(c);
            }
        }
        return new Conversion(needed.isEmpty() ? RateTable.EMPTY : rates.table(needed));
    }

    /** Stores the rates of an ECB file that read without problems. */
    public void importEcb(EcbReferenceRates.Read read) {
        if (!read.ok()) {
            throw new IllegalArgumentException("an ECB file with problems is never stored");
        }
        rates.saveEcb(read.rates());
    }

    public ExchangeRate setManual(CurrencyCode currency, LocalDate date, BigDecimal unitsPerEuro) {
        ExchangeRate rate = new ExchangeRate(currency, date, unitsPerEuro, RateSource.MANUAL);
        rates.saveManual(rate);
        return rate;
    }

    /** Changes whenever a rate of the tenant is stored. */
    public String stamp() {
        return rates.stamp();
    }

    public List<ExchangeRate> list(CurrencyCode currency, LocalDate from, LocalDate to) {
        return rates.list(currency, from, to);
    }
}
