package org.ariadne.funding.line;

import java.time.LocalDate;
import org.ariadne.funding.money.Money;

/**
 * Money that moved on a line, in its own currency (a USD grant paid into a BAM line stays USD) with its own value
 * date, the date whose rate converts it. Never negative: a mistake is undone by a {@link Reversal}, which keeps the
 * transaction in the history and out of every total.
 */
public record Transaction(String id, TransactionType type, Money amount, LocalDate date, LocalDate valueDate,
        InstitutionRef provider, InstitutionRef receiver, String description, String evidence, Reversal reversal) {

    public Transaction {
        if (id == null || type == null || amount == null || date == null || valueDate == null) {
            throw new IllegalArgumentException("a transaction needs id, type, amount, date and value date");
        }
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("a transaction is never negative; reverse it instead");
        }
    }

    public boolean counts() {
        return reversal == null;
    }

    public Transaction reversed(Reversal by) {
        return new Transaction(id, type, amount, date, valueDate, provider, receiver, description, evidence, by);
    }

    /** Why and when a transaction stopped counting. */
    public record Reversal(LocalDate on, String reason) {
    }
}
