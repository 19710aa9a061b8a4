package org.ariadne.funding.money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The current tenant's reference rates (ECB and manual), by currency and date. */
public interface RateRepository {

    /** The rates of these currencies (all dates), for conversions; the peg and the euro need none. */
    RateTable table(Collection<CurrencyCode> currencies);

    /** Stores ECB rates; an ECB rate of a date replaces the ECB rate of that date, never a manual one. */
    void saveEcb(List<ExchangeRate> rates);

    /** Stores a manual rate; it wins over the ECB rate of its date. */
    void saveManual(ExchangeRate rate);

    List<ExchangeRate> list(CurrencyCode currency, LocalDate from, LocalDate to);

    /** A value that changes with every rate stored, for answers computed with the rates. */
    String stamp();
}
