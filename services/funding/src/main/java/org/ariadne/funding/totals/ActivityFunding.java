package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money of one activity, as a coordinator reads it next to the plan: the lines that serve it, each with its full
 * amount and "shared (n)" when other activities of the same tenant share it (or the activity's share when the line is
 * divided), the lines of a parent tenant read-only, the amounts the plan only restates in its text (shown, never
 * summed) and the sources the plan names without an amount.
 *
 * @param status funded (a line with a known amount), to_be_determined (lines, all unknown), amount_not_stated (the
 *               plan names sources but no line holds money for it) or none
 */
public record ActivityFunding(String tenant, String planId, String activityId, String code, String title,
        String status, List<LineOnActivity> lines, List<Restated> restatedAmounts, List<NamedSource> namedSources,
        List<String> funders) {

    /**
     * A line on the activity. Amounts are in the line's currency; {@code planned} is the line's whole known planned
     * amount ({@code sharing} sole or shared) or this activity's part of it (share); {@code toBeDetermined} counts its
     * allocations of unknown amount.
     *
     * @param sharing  sole (only this activity), shared (n activities of the tenant, each shows the full amount, every
     *                 total counts it once) or share (the line is divided; this activity has sharePct of it)
     * @param sharedBy n in "shared (n)"
     */
    public record LineOnActivity(String lineId, String owner, boolean readOnly, String code, String title,
            String holder, String currency, String sharing, long sharedBy, BigDecimal sharePct, BigDecimal planned,
            List<YearAmount> years, BigDecimal disbursed, BigDecimal spent, int toBeDetermined) {
    }

    /** A year's allocation on the activity: the amount, or null with status to_be_determined. */
    public record YearAmount(Integer year, BigDecimal amount, String status) {
    }

    /** An amount the plan's text restates ("najmanj 45.000 EUR letno"): kept and shown, never added to anything. */
    public record Restated(String label, BigDecimal amount, String currency, Integer year) {
    }

    /** A source the plan names for the activity without an amount ("Donatorska sredstva projekata: IOM"). */
    public record NamedSource(String kind, String label, String holder) {
    }
}
