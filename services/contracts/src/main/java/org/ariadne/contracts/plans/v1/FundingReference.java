package org.ariadne.contracts.plans.v1;

/**
 * What a plan prints about where an activity's money comes from, as the plans service read it (added within v1 to
 * {@link ActivityAdded} and {@link ActivityChanged}). The budget lines themselves belong to the funding service, which
 * turns these into proposed lines. {@code amount} is a plain decimal string (never a float); {@code currency} ISO
 * 4217; {@code sourceKind} as the reading classified it (regular_budget, donor_project_funds, annex, text, note, …);
 * a {@code text} amount only restates another one and is never summed.
 */
public record FundingReference(String sourceKind, String label, String holder, String amount, String currency,
        Integer year) {
}
