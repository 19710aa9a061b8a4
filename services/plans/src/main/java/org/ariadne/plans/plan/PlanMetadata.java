package org.ariadne.plans.plan;

import org.ariadne.plans.period.Period;

/**
 * What the plan is, beyond its title: the period it covers and, once adopted, the legal act and its date; the
 * strategy it implements. Dates are ISO dates ({@code 2017-01-01}); all fields are optional.
 */
public record PlanMetadata(String periodFrom, String periodTo, String legalAct, String adoptionDate,
        String strategyId) {

    public static final PlanMetadata NONE = new PlanMetadata(null, null, null, null, null);

    /** What is wrong with a period (for the field {@code periodTo}), or null: it may not end before it starts. */
    public static String periodProblem(String from, String to) {
        return new Period(from, to).problem();
    }

    /** 422 when this metadata's period ends before it starts; every way a plan or strategy gets a period checks it. */
    public PlanMetadata requireValidPeriod() {
        new Period(periodFrom, periodTo).requireValid();
        return this;
    }
}
