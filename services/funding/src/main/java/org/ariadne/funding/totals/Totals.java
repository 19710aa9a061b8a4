package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every total of a set of distinct lines, in one currency. Each bucket counts a line once, however many activities
 * the line serves; node buckets count a line once in every node it serves, so nodes of one plan do not add up to
 * the plan when lines are shared across them ({@link NodeTotal#sharedAcrossNodes}). {@code perLine} holds each line's
 * own figures (by line id), for tables that show them next to the line.
 */
public record Totals(String currency, Figures all, List<YearTotal> byYear, List<SourceTotal> bySource,
        List<FinancingTotal> byFinancing, List<HolderTotal> byHolder, List<CurrencyTotal> byCurrency,
        List<GroupTotal> byCoFinancingGroup, List<PlanTotal> byPlan, List<NodeTotal> byNode, int unlinkedLines,
        List<String> warnings, java.util.Map<String, Figures> perLine) {

    public record YearTotal(Integer year, Figures figures) {
    }

    public record SourceTotal(String sourceKind, String programme, Figures figures) {
    }

    /** national_only (own budgets outside co-financing), co_financing (own shares of co-financed projects), external. */
    public record FinancingTotal(String category, Figures figures) {
    }

    public record HolderTotal(String holder, String institutionId, Figures figures) {
    }

    /** Figures in their own currency (never converted) and, next to them, converted. */
    public record CurrencyTotal(String currency, Figures original, Figures converted) {
    }

    /**
     * A co-financing group: its total and each line's declared and actual share of it; {@code externalSharePct} is
     * the share of EU or donor money in the group (ISF and AMIF: 75 %).
     */
    public record GroupTotal(String group, BigDecimal planned, BigDecimal externalSharePct, List<GroupLine> lines) {
    }

    public record GroupLine(String lineId, String code, String title, String sourceKind, BigDecimal planned,
            BigDecimal declaredSharePct, BigDecimal actualSharePct, boolean consistent) {
    }

    public record PlanTotal(String planId, String title, Figures figures) {
    }

    public record NodeTotal(String planId, String nodeId, int level, String code, String title, Figures figures,
            boolean sharedAcrossNodes) {
    }
}
