package org.ariadne.funding.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.funding.v1.ActivityLinked;
import org.ariadne.contracts.funding.v1.ActivityUnlinked;
import org.ariadne.contracts.funding.v1.AllocationRemoved;
import org.ariadne.contracts.funding.v1.AllocationSet;
import org.ariadne.contracts.funding.v1.BudgetLineChanged;
import org.ariadne.contracts.funding.v1.BudgetLineCreated;
import org.ariadne.contracts.funding.v1.TransactionRecorded;
import org.ariadne.contracts.funding.v1.TransactionReversed;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Money;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.junit.jupiter.api.Test;

/** The line's pure transitions and the events derived from each difference. */
class BudgetLineTest {

    private static final Instant NOW = Instant.parse("2025-01-10T09:00:00Z");
    private static final LineFields FIELDS = new LineFields(null, "Smještaj i zbrinjavanje žrtava", CurrencyCode.BAM,
            InstitutionRef.named("Ministarstvo sigurnosti"), new FundingSource(SourceKind.STATE_BUDGET, null, null), null, null);
    private static final ActivityRef A152 = new ActivityRef("ba", "p", "a152", "1.5.2");
    private static final ActivityRef A429 = new ActivityRef("ba", "p", "a429", "4.2.9");

    private final BudgetLine empty = BudgetLine.create("l1", FIELDS, Origin.MANUAL, null, NOW);

    @Test
    void aNewLineIsCreatedWithItsAllocationsLinksAndTransactionsInOrder() {
        BudgetLine line = empty.setAllocation(new Allocation(2023, new BigDecimal("130000.00"), AllocationStatus.INDICATIVE), NOW)
                .link(new ActivityLink(A152, null, Origin.PROPOSAL, null), NOW)
                .record(transaction("t1", "129999.04"), NOW);

        List<DomainEvent> events = LineEvents.between("ba", null, line);

        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("BudgetLineCreated", "AllocationSet", "ActivityLinked", "TransactionRecorded");
        assertThat((BudgetLineCreated) events.get(0)).satisfies(e -> {
            assertThat(e.sourceKind()).isEqualTo("state_budget");
            assertThat(e.holder().name()).isEqualTo("Ministarstvo sigurnosti");
            assertThat(e.origin()).isEqualTo("manual");
        });
        assertThat((AllocationSet) events.get(1)).isEqualTo(new AllocationSet("ba", "l1", 2023, "130000.00", "BAM", "indicative"));
        assertThat(((TransactionRecorded) events.get(3)).amount()).isEqualTo("129999.04");
    }

    @Test
    void eachChangeCausesOnlyTheEventsOfWhatChanged() {
        BudgetLine before = empty.setAllocation(new Allocation(2023, new BigDecimal("130000"), AllocationStatus.INDICATIVE), NOW)
                .link(new ActivityLink(A152, null, Origin.PROPOSAL, null), NOW)
                .record(transaction("t1", "100"), NOW);
        BudgetLine after = before
                .withFields(new LineFields("SH-1", FIELDS.title(), FIELDS.currency(), FIELDS.holder(), FIELDS.source(), null, null), NOW)
                .setAllocation(new Allocation(2023, new BigDecimal("130000"), AllocationStatus.SECURED), NOW)
                .setAllocation(new Allocation(2024, null, AllocationStatus.TO_BE_DETERMINED), NOW)
                .link(new ActivityLink(A429, null, Origin.MANUAL, null), NOW)
                .unlink(A152, NOW)
                .reverse("t1", new Transaction.Reversal(LocalDate.of(2025, 1, 10), "entered twice"), NOW);

        assertThat(LineEvents.between("ba", before, after)).containsExactly(
                new BudgetLineChanged("ba", "l1", "SH-1", FIELDS.title(), "BAM",
                        new org.ariadne.contracts.funding.v1.InstitutionRef("Ministarstvo sigurnosti", null), "state_budget",
                        null, null, null, null, null, "manual"),
                new AllocationSet("ba", "l1", 2023, "130000.00", "BAM", "secured"),
                new AllocationSet("ba", "l1", 2024, null, "BAM", "to_be_determined"),
                new ActivityLinked("ba", "l1", new org.ariadne.contracts.funding.v1.ActivityRef("ba", "p", "a429", "4.2.9"),
                        null, "manual"),
                new ActivityUnlinked("ba", "l1", new org.ariadne.contracts.funding.v1.ActivityRef("ba", "p", "a152", "1.5.2")),
                new TransactionReversed("ba", "l1", "t1", "2025-01-10", "entered twice"));
        assertThat(LineEvents.between("ba", after, after.removeAllocation(2024, NOW)))
                .containsExactly(new AllocationRemoved("ba", "l1", 2024));
        assertThat(LineEvents.between("ba", after, after.setAllocation(new Allocation(2023, new BigDecimal("130000.000"),
                AllocationStatus.SECURED), NOW))).as("the same amount at another scale is no change").isEmpty();
    }

    @Test
    void sharesOfOneLineAreAllOrNoneAndAddUpToAtMostAHundredPercent() {
        BudgetLine divided = empty.link(new ActivityLink(A152, new BigDecimal("60"), Origin.MANUAL, null), NOW);

        assertThatThrownBy(() -> divided.link(new ActivityLink(A429, new BigDecimal("41"), Origin.MANUAL, null), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getBody().getDetail()).contains("101 %"));
        assertThatThrownBy(() -> divided.link(new ActivityLink(A429, null, Origin.MANUAL, null), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problemType()).isEqualTo(ProblemType.VALIDATION_FAILED));
        assertThat(divided.link(new ActivityLink(A429, new BigDecimal("40"), Origin.MANUAL, null), NOW).links()).hasSize(2);
    }

    @Test
    void aReversedTransactionStaysButCannotBeReversedTwiceAndTheCurrencyStaysWhileThereAreAllocations() {
        BudgetLine reversed = empty.record(transaction("t1", "50"), NOW)
                .reverse("t1", new Transaction.Reversal(LocalDate.of(2025, 1, 10), "wrong line"), NOW);

        assertThat(reversed.transactions()).singleElement().satisfies(t -> assertThat(t.counts()).isFalse());
        assertThatThrownBy(() -> reversed.reverse("t1", new Transaction.Reversal(LocalDate.of(2025, 1, 11), "again"), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problemType()).isEqualTo(ProblemType.CONFLICT));
        BudgetLine allocated = empty.setAllocation(new Allocation(2023, BigDecimal.TEN, AllocationStatus.INDICATIVE), NOW);
        assertThatThrownBy(() -> allocated.withFields(new LineFields(null, "x", CurrencyCode.EUR, FIELDS.holder(),
                FIELDS.source(), null, null), NOW)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problemType()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void anUnknownAmountIsNeverZeroAndAKnownOneReplacesTheUndatedUnknown() {
        assertThatThrownBy(() -> new Allocation(2023, BigDecimal.ZERO, AllocationStatus.TO_BE_DETERMINED))
                .isInstanceOf(IllegalArgumentException.class);
        BudgetLine unknown = empty.setAllocation(new Allocation(null, null, AllocationStatus.TO_BE_DETERMINED), NOW);
        assertThat(unknown.hasUnknownAmount()).isTrue();
        assertThat(unknown.plannedKnown()).isEqualByComparingTo("0");

        BudgetLine known = unknown.setAllocation(new Allocation(2022, new BigDecimal("5000"), AllocationStatus.INDICATIVE), NOW);
        assertThat(known.allocations()).singleElement().satisfies(a -> assertThat(a.year()).isEqualTo(2022));
    }

    private static Transaction transaction(String id, String amount) {
        return new Transaction(id, TransactionType.DISBURSEMENT, new Money(new BigDecimal(amount), CurrencyCode.BAM),
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), null, null, null, null, null);
    }
}
