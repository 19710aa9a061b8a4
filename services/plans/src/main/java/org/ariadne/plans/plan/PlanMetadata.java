package org.ariadne.plans.plan;

/**
 * What the plan is, beyond its title: the period it covers and, once adopted, the legal act and its date; the
 * strategy it implements. Dates are ISO dates ({@code 2017-01-01}); all fields are optional.
 */
public record PlanMetadata(String periodFrom, String periodTo, String legalAct, String adoptionDate,
        String strategyId) {

    public static final PlanMetadata NONE = new PlanMetadata(null, null, null, null, null);
}
