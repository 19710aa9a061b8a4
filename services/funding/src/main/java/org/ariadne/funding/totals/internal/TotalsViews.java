package org.ariadne.funding.totals.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.totals.Figures;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.funding.totals.Totals;

/** The totals as the API answers them; every amount is a decimal string in {@code currency}. */
final class TotalsViews {

    private TotalsViews() {
    }

    /**
     * @param toBeDetermined allocations whose amount is unknown (never counted as 0)
     * @param executionPct   (disbursed + spent) / planned, in percent; null when nothing is planned
     */
    record FiguresView(BigDecimal planned, BigDecimal secured, BigDecimal committed, BigDecimal disbursed,
            BigDecimal spent, BigDecimal incoming, int toBeDetermined, int lines, BigDecimal securedPct,
            BigDecimal committedPct, BigDecimal executionPct) {

        /** Amounts with the currency's minor units (a sum of nothing is "0.00", not "0"). */
        static FiguresView of(Figures f, CurrencyCode currency) {
            return new FiguresView(money(f.planned(), currency), money(f.secured(), currency), money(f.committed(), currency),
                    money(f.disbursed(), currency), money(f.spent(), currency), money(f.incoming(), currency),
                    f.toBeDetermined(), f.lines(), f.securedPct(), f.committedPct(), f.executionPct());
        }

        private static BigDecimal money(BigDecimal amount, CurrencyCode currency) {
            return amount.setScale(Math.max(amount.scale(), currency.minorUnits()), RoundingMode.HALF_EVEN);
        }
    }

    record YearView(Integer year, FiguresView figures) {
    }

    record SourceView(String sourceKind, String programme, FiguresView figures) {
    }

    record FinancingView(String category, FiguresView figures) {
    }

    record HolderView(String holder, String institutionId, FiguresView figures) {
    }

    record CurrencyView(String currency, FiguresView original, FiguresView converted) {
    }

    record PlanView(String planId, String title, FiguresView figures) {
    }

    record NodeView(String planId, String nodeId, int level, String code, String title, FiguresView figures,
            boolean sharedAcrossNodes) {
    }

    record TotalsView(String currency, FiguresView all, List<YearView> byYear, List<SourceView> bySource,
            List<FinancingView> byFinancing, List<HolderView> byHolder, List<CurrencyView> byCurrency,
            List<Totals.GroupTotal> byCoFinancingGroup, List<PlanView> byPlan, List<NodeView> byNode, int unlinkedLines,
            List<String> warnings) {

        static TotalsView of(Totals t) {
            CurrencyCode c = CurrencyCode.of(t.currency());
            return new TotalsView(t.currency(), FiguresView.of(t.all(), c),
                    t.byYear().stream().map(y -> new YearView(y.year(), FiguresView.of(y.figures(), c))).toList(),
                    t.bySource().stream().map(s -> new SourceView(s.sourceKind(), s.programme(), FiguresView.of(s.figures(), c)))
                            .toList(),
                    t.byFinancing().stream().map(f -> new FinancingView(f.category(), FiguresView.of(f.figures(), c))).toList(),
                    t.byHolder().stream().map(h -> new HolderView(h.holder(), h.institutionId(), FiguresView.of(h.figures(), c)))
                            .toList(),
                    t.byCurrency().stream().map(x -> new CurrencyView(x.currency(), FiguresView.of(x.original(),
                            CurrencyCode.of(x.currency())), FiguresView.of(x.converted(), c))).toList(),
                    t.byCoFinancingGroup(),
                    t.byPlan().stream().map(p -> new PlanView(p.planId(), p.title(), FiguresView.of(p.figures(), c))).toList(),
                    t.byNode().stream().map(n -> new NodeView(n.planId(), n.nodeId(), n.level(), n.code(), n.title(),
                            FiguresView.of(n.figures(), c), n.sharedAcrossNodes())).toList(),
                    t.unlinkedLines(), t.warnings());
        }
    }

    /**
     * A tenant's figures: {@code own} counts the lines it owns (and, in a roll-up, those of the tenants included,
     * each line once); {@code linkedIn} the lines of tenants above it that serve its activities — read-only here,
     * counted in their owners' totals.
     */
    record TenantTotalsView(List<String> tenants, TotalsView own, TotalsView linkedIn) {
        static TenantTotalsView of(FundingQueries.TenantTotals t) {
            return new TenantTotalsView(t.tenants(), TotalsView.of(t.own()), TotalsView.of(t.linkedIn()));
        }
    }
}
