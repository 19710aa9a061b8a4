package org.ariadne.funding.line;

import java.util.Arrays;
import java.util.Optional;

/** The money movements a line records, with their IATI 2.03 TransactionType codes. */
public enum TransactionType {
    /** A funder promised money to the tenant (IATI 11). */
    INCOMING_COMMITMENT("11"),
    /** Money arrived from a funder (IATI 1). */
    INCOMING_FUNDS("1"),
    /** The holder committed money to a receiver: a contract, a protocol (IATI 2). */
    COMMITMENT("2"),
    /** The holder paid a receiver (IATI 3). */
    DISBURSEMENT("3"),
    /** The holder spent money directly (IATI 4). */
    EXPENDITURE("4");

    private final String iatiCode;

    TransactionType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<TransactionType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(value)).findFirst();
    }
}
