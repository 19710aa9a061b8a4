package org.ariadne.funding.donor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget line the donor organisation funds, as the donor reads it: who owns and holds it, its yearly allocations,
 * the money that moved on it (reversed transactions stay listed, flagged) and the funded activities it serves.
 * Nothing else of the owner's data: no evidence references, no provenance, no other lines.
 */
public record FundedLine(String tenant, String lineId, String code, String title, String currency, String holder,
        String sourceKind, String programme, String funder, BigDecimal planned, BigDecimal disbursed,
        List<YearAllocation> allocations, List<Movement> transactions, List<ActivityKey> activities) {

    public FundedLine {
        allocations = List.copyOf(allocations);
        transactions = List.copyOf(transactions);
        activities = List.copyOf(activities);
    }

    /** One year's allocation ({@code year} null: an amount still to be determined, {@code amount} null: unknown). */
    public record YearAllocation(Integer year, BigDecimal amount, String status) {
    }

    /** A commitment, disbursement, expenditure or incoming fund on the line. */
    public record Movement(String type, BigDecimal amount, String currency, LocalDate date, String provider,
            String receiver, String description, boolean reversed) {
    }

    /** A funded activity the line serves. */
    public record ActivityKey(String tenant, String planId, String activityId, String code) {
    }
}
