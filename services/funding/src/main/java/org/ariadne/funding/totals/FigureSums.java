package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.TransactionType;

/** Accumulates converted rows (each already rounded to cents) of distinct lines into {@link Figures}. */
final class FigureSums {

    private BigDecimal planned = BigDecimal.ZERO;
    private BigDecimal secured = BigDecimal.ZERO;
    private BigDecimal committed = BigDecimal.ZERO;
    private BigDecimal disbursed = BigDecimal.ZERO;
    private BigDecimal spent = BigDecimal.ZERO;
    private BigDecimal incoming = BigDecimal.ZERO;
    private int toBeDetermined;
    private final Set<String> lines = new HashSet<>();

    void allocation(String lineKey, AllocationStatus status, BigDecimal converted) {
        lines.add(lineKey);
        if (status == AllocationStatus.TO_BE_DETERMINED) {
            toBeDetermined++;
            return;
        }
        planned = planned.add(converted);
        if (status == AllocationStatus.SECURED) {
            secured = secured.add(converted);
        }
    }

    void transaction(String lineKey, TransactionType type, BigDecimal converted) {
        lines.add(lineKey);
        switch (type) {
            case COMMITMENT -> committed = committed.add(converted);
            case DISBURSEMENT -> disbursed = disbursed.add(converted);
            case EXPENDITURE -> spent = spent.add(converted);
            case INCOMING_FUNDS -> incoming = incoming.add(converted);
            case INCOMING_COMMITMENT -> {
                // a funder's promise: shown on the line, not money the tenant plans, commits or pays
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** A line with neither allocations nor transactions still counts as a line. */
    void line(String lineKey) {
        lines.add(lineKey);
    }

    Figures figures() {
        return new Figures(planned, secured, committed, disbursed, spent, incoming, toBeDetermined, lines.size());
    }
}
