package org.ariadne.funding.line;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ariadne.funding.money.Amounts;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * A budget line: one distinct pot of money, owned by exactly one tenant (the payer, whose database holds it), with its
 * yearly allocations, the activities it serves and the money that moved on it. It is the unit every total counts —
 * once, however many activities it serves. Immutable: every change returns a new line and {@link LineEvents} derives
 * the events from the difference; the whole line is one aggregate, stored as one document with its version.
 */
public record BudgetLine(String id, LineFields fields, Origin origin, String provenance, List<Allocation> allocations,
        List<ActivityLink> links, List<Transaction> transactions, Instant createdAt, Instant updatedAt, long version) {

    public static final int MAX_ALLOCATIONS = 100;
    public static final int MAX_LINKS = 500;
    public static final int MAX_TRANSACTIONS = 5_000;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public BudgetLine {
        allocations = allocations == null ? List.of() : List.copyOf(allocations.stream()
                .sorted(Comparator.comparing(a -> a.year() == null ? Integer.MIN_VALUE : a.year())).toList());
        links = links == null ? List.of() : List.copyOf(links);
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }

    /** A new line (version 0 until it is stored). */
    public static BudgetLine create(String id, LineFields fields, Origin origin, String provenance, Instant now) {
        return new BudgetLine(id, fields, origin, provenance, List.of(), List.of(), List.of(), now, now, 0);
    }

    public BudgetLine atVersion(long newVersion) {
        return new BudgetLine(id, fields, origin, provenance, allocations, links, transactions, createdAt, updatedAt,
                newVersion);
    }

    // ---------------------------------------------------------------- own fields

    /**
     * The line with other own fields. Its currency can change only while it has no allocations: they are amounts in
     * the line's currency, and converting them would invent figures nobody decided.
     */
    public BudgetLine withFields(LineFields newFields, Instant now) {
        if (!newFields.currency().equals(fields.currency()) && !allocations.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Line " + id + " has allocations in " + fields.currency()
                    + "; remove them before changing its currency to " + newFields.currency(),
                    Map.of("currency", fields.currency().code()));
        }
        return with(newFields, allocations, links, transactions, now);
    }

    // ---------------------------------------------------------------- allocations

    public Optional<Allocation> allocation(Integer year) {
        return allocations.stream().filter(a -> Objects.equals(a.year(), year)).findFirst();
    }

    /** Sets (adds or replaces) the allocation of its year; the undated unknown amount goes once a year is known. */
    public BudgetLine setAllocation(Allocation given, Instant now) {
        Allocation allocation = given;
        if (given.amount() != null) {
            int decimals = fields.currency().minorUnits();
            if (given.amount().stripTrailingZeros().scale() > decimals) {
                throw invalid("/amount", "has more decimals than " + fields.currency() + " has (" + decimals + ")");
            }
            allocation = new Allocation(given.year(), given.amount().setScale(decimals, java.math.RoundingMode.UNNECESSARY),
                    given.status());
        }
        List<Allocation> changed = new ArrayList<>();
        for (Allocation a : allocations) {
            boolean sameYear = Objects.equals(a.year(), allocation.year());
            boolean undatedUnknownNowDated = a.year() == null && allocation.year() != null;
            if (!sameYear && !undatedUnknownNowDated) {
                changed.add(a);
            }
        }
        changed.add(allocation);
        if (changed.size() > MAX_ALLOCATIONS) {
            throw invalid("/year", "a line holds at most " + MAX_ALLOCATIONS + " yearly allocations");
        }
        return with(fields, changed, links, transactions, now);
    }

    public BudgetLine removeAllocation(Integer year, Instant now) {
        if (allocation(year).isEmpty()) {
            throw ProblemException.notFound("The allocation " + (year == null ? "without a year" : "for " + year)
                    + " of line " + id);
        }
        return with(fields, allocations.stream().filter(a -> !Objects.equals(a.year(), year)).toList(), links,
                transactions, now);
    }

    // ---------------------------------------------------------------- links

    public Optional<ActivityLink> link(ActivityRef activity) {
        return links.stream().filter(l -> l.activity().sameActivity(activity)).findFirst();
    }

    /**
     * Links the line to an activity (or changes the link's share). Either every link of a line has a share or none has
     * (a line is either divided or shared); shares add up to at most 100 %.
     */
    public BudgetLine link(ActivityLink link, Instant now) {
        List<ActivityLink> changed = new ArrayList<>();
        for (ActivityLink l : links) {
            if (!l.activity().sameActivity(link.activity())) {
                changed.add(l);
            }
        }
        changed.add(link);
        if (changed.size() > MAX_LINKS) {
            throw invalid("/activity", "a line is linked to at most " + MAX_LINKS + " activities");
        }
        long withShare = changed.stream().filter(l -> l.sharePct() != null).count();
        if (withShare > 0 && withShare < changed.size()) {
            throw invalid("/sharePct", "either every activity of line " + id + " has a share or none has: the line is "
                    + (link.sharePct() == null ? "divided by shares, so send this activity's share too"
                    : "shared without shares, so send no share (or give every link one)"));
        }
        BigDecimal total = changed.stream().map(ActivityLink::sharePct).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) > 0) {
            throw invalid("/sharePct", "the shares of line " + id + " would add up to " + total.stripTrailingZeros()
                    .toPlainString() + " %; together they may be at most 100 %");
        }
        return with(fields, allocations, changed, transactions, now);
    }

    public BudgetLine unlink(ActivityRef activity, Instant now) {
        if (link(activity).isEmpty()) {
            throw ProblemException.notFound("A link of line " + id + " to activity " + activity.activityId()
                    + " of tenant " + activity.tenant());
        }
        return with(fields, allocations, links.stream().filter(l -> !l.activity().sameActivity(activity)).toList(),
                transactions, now);
    }

    /** How many activities share the line in {@code tenant} (its "shared (n)"). */
    public long sharedBy(String tenant) {
        return links.stream().filter(l -> l.activity().tenant().equals(tenant)).count();
    }

    // ---------------------------------------------------------------- transactions

    public Optional<Transaction> transaction(String transactionId) {
        return transactions.stream().filter(t -> t.id().equals(transactionId)).findFirst();
    }

    public BudgetLine record(Transaction transaction, Instant now) {
        if (transactions.size() >= MAX_TRANSACTIONS) {
            throw new ProblemException(ProblemType.CONFLICT, "Line " + id + " holds " + MAX_TRANSACTIONS
                    + " transactions, the most one line keeps; record further ones on a new line for the next period");
        }
        List<Transaction> changed = new ArrayList<>(transactions);
        changed.add(transaction);
        return with(fields, allocations, links, changed, now);
    }

    /** Reverses a transaction: it stays in the history and stops counting. Reversing twice is a conflict. */
    public BudgetLine reverse(String transactionId, Transaction.Reversal reversal, Instant now) {
        Transaction existing = transaction(transactionId).orElseThrow(
                () -> ProblemException.notFound("Transaction " + transactionId + " of line " + id));
        if (!existing.counts()) {
            throw new ProblemException(ProblemType.CONFLICT, "Transaction " + transactionId + " was already reversed on "
                    + existing.reversal().on() + " (" + existing.reversal().reason() + ")");
        }
        List<Transaction> changed = new ArrayList<>();
        for (Transaction t : transactions) {
            changed.add(t.id().equals(transactionId) ? t.reversed(reversal) : t);
        }
        return with(fields, allocations, links, changed, now);
    }

    // ---------------------------------------------------------------- figures of the line itself

    /** The known planned amount of all years (to-be-determined allocations excluded, never counted as 0). */
    public BigDecimal plannedKnown() {
        return allocations.stream().filter(Allocation::isKnown).map(Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasUnknownAmount() {
        return allocations.stream().anyMatch(a -> !a.isKnown());
    }

    /** A readable amount for messages ("130000.00 BAM"). */
    public String describe(BigDecimal amount) {
        return Amounts.plain(amount, fields.currency()) + " " + fields.currency();
    }

    private BudgetLine with(LineFields newFields, List<Allocation> newAllocations, List<ActivityLink> newLinks,
            List<Transaction> newTransactions, Instant now) {
        return new BudgetLine(id, newFields, origin, provenance, newAllocations, newLinks, newTransactions, createdAt,
                now, version);
    }

    private static ProblemException invalid(String pointer, String detail) {
        return ProblemException.validation(List.of(new FieldProblem(pointer, detail)));
    }
}
