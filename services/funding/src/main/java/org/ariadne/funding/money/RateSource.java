package org.ariadne.funding.money;

/** Where a rate comes from. A grant's agreement rate is not stored with these: it belongs to the grant. */
public enum RateSource {
    /** 1 EUR = 1.95583 BAM, fixed by law (Central Bank of Bosnia and Herzegovina), never a market rate. */
    FIXED_PEG,
    /** A euro foreign exchange reference rate of the European Central Bank, from an uploaded CSV. */
    ECB,
    /** Entered by a finance officer; wins over the ECB rate of the same date. */
    MANUAL,
    /** A grant agreement's own rate; overrides every other rate for the grant's lines. */
    AGREEMENT
}
