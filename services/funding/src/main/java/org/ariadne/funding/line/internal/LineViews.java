package org.ariadne.funding.line.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;

/** What the lines API answers. Amounts are decimal strings in the currency named next to them. */
final class LineViews {

    private LineViews() {
    }

    record InstitutionView(String name, String institutionId) {
        static InstitutionView of(InstitutionRef ref) {
            return ref == null ? null : new InstitutionView(ref.name(), ref.institutionId());
        }
    }

    record SourceView(String kind, String programme, InstitutionView funder) {
    }

    record CoFinancingView(String group, BigDecimal sharePct) {
    }

    record AllocationView(Integer year, BigDecimal amount, String status) {
    }

    /** {@code orphaned}: the activity was removed from its plan; the line keeps its money. */
    record LinkView(String tenant, String planId, String activityId, String code, BigDecimal sharePct, String origin,
            String confidence, Boolean orphaned) {
    }

    record ReversalView(String reversedOn, String reason) {
    }

    record TransactionView(String id, String type, BigDecimal amount, String currency, String date, String valueDate,
            InstitutionView provider, InstitutionView receiver, String description, String evidence, ReversalView reversal) {
        static TransactionView of(Transaction t) {
            return new TransactionView(t.id(), t.type().wire(), t.amount().amount(), t.amount().currency().code(),
                    t.date().toString(), t.valueDate().toString(), InstitutionView.of(t.provider()),
                    InstitutionView.of(t.receiver()), t.description(), t.evidence(), t.reversal() == null ? null
                            : new ReversalView(t.reversal().on().toString(), t.reversal().reason()));
        }
    }

    /** A line in a list: its own fields, its known planned amount (to-be-determined allocations counted apart). */
    record LineSummary(String id, String owner, boolean readOnly, String code, String title, String currency,
            InstitutionView holder, String sourceKind, String programme, String coFinancingGroup, BigDecimal planned,
            int toBeDetermined, List<String> activityCodes, int transactions, BigDecimal disbursedInOwnCurrency) {

        static LineSummary of(String owner, boolean readOnly, BudgetLine line) {
            BigDecimal disbursed = line.transactions().stream()
                    .filter(t -> t.counts() && t.type() == TransactionType.DISBURSEMENT
                            && t.amount().currency().equals(line.fields().currency()))
                    .map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new LineSummary(line.id(), owner, readOnly, line.fields().code(), line.fields().title(),
                    line.fields().currency().code(), InstitutionView.of(line.fields().holder()),
                    line.fields().source().kind().wire(), line.fields().source().programme(),
                    line.fields().coFinancing() == null ? null : line.fields().coFinancing().group(), line.plannedKnown(),
                    (int) line.allocations().stream().filter(a -> !a.isKnown()).count(),
                    line.links().stream().map(l -> (l.activity().tenant().equals(owner) ? "" : l.activity().tenant() + " ")
                            + l.activity().code()).toList(),
                    line.transactions().size(), disbursed);
        }
    }

    record LineList(List<LineSummary> items, List<LineSummary> linkedIn) {
    }

    record LineDetail(String id, String owner, boolean readOnly, String code, String title, String currency,
            InstitutionView holder, SourceView source, CoFinancingView coFinancing, String grantId, String origin,
            String provenance, List<AllocationView> allocations, List<LinkView> links, List<TransactionView> transactions,
            long version, Instant createdAt, Instant updatedAt) {

        static LineDetail of(String owner, boolean readOnly, BudgetLine line, Function<ActivityLink, Boolean> orphaned) {
            var f = line.fields();
            return new LineDetail(line.id(), owner, readOnly, f.code(), f.title(), f.currency().code(),
                    InstitutionView.of(f.holder()), new SourceView(f.source().kind().wire(), f.source().programme(),
                            InstitutionView.of(f.source().funder())),
                    f.coFinancing() == null ? null : new CoFinancingView(f.coFinancing().group(),
                            f.coFinancing().declaredSharePct()), f.grantId(), line.origin().wire(), line.provenance(),
                    line.allocations().stream().map(LineViews::allocation).toList(),
                    line.links().stream().map(l -> new LinkView(l.activity().tenant(), l.activity().planId(),
                            l.activity().activityId(), l.activity().code(), l.sharePct(), l.origin().wire(), l.confidence(),
                            orphaned.apply(l))).toList(),
                    line.transactions().stream().map(TransactionView::of).toList(), line.version(),
                    line.createdAt(), line.updatedAt());
        }
    }

    static AllocationView allocation(Allocation a) {
        return new AllocationView(a.year(), a.amount(), a.status().wire());
    }
}
