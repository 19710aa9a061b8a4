package org.ariadne.funding.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tenant's reference rates, for looking up "the latest rate on or before the value date". The BAM peg and the
 * euro itself are built in; every other currency needs rates (ECB or manual; a manual rate wins on its date).
 */
public final class RateTable {

    /** 1 EUR = 1.95583 BAM, fixed by the Law on the Central Bank of Bosnia and Herzegovina. */
    public static final BigDecimal BAM_PER_EURO = new BigDecimal("1.95583");

    public static final RateTable EMPTY = new RateTable(java.util.List.of());

    private final Map<CurrencyCode, NavigableMap<LocalDate, ExchangeRate>> byCurrency = new HashMap<>();

    public RateTable(Collection<ExchangeRate> rates) {
        for (ExchangeRate rate : rates) {
            NavigableMap<LocalDate, ExchangeRate> dates = byCurrency.computeIfAbsent(rate.currency(), c -> new TreeMap<>());
            ExchangeRate existing = dates.get(rate.date());
            if (existing == null || rate.source() == RateSource.MANUAL) {
                dates.put(rate.date(), rate);
            }
        }
    }

    /** Units of {@code currency} per euro on {@code valueDate}: the latest rate on or before it. */
    public Optional<ExchangeRate> on(CurrencyCode currency, LocalDate valueDate) {
        if (CurrencyCode.EUR.equals(currency)) {
            return Optional.of(new ExchangeRate(currency, valueDate, BigDecimal.ONE, RateSource.FIXED_PEG));
        }
        if (CurrencyCode.BAM.equals(currency)) {
            return Optional.of(new ExchangeRate(currency, valueDate, BAM_PER_EURO, RateSource.FIXED_PEG));
        }
        NavigableMap<LocalDate, ExchangeRate> dates = byCurrency.get(currency);
        if (dates == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> latest = dates.floorEntry(valueDate);
        return latest == null ? Optional.empty() : Optional.of(latest.getValue());
    }

    public int size() {
        return byCurrency.values().stream().mapToInt(Map::size).sum();
    }
}
