package org.ariadne.plans.plan;

/** An activity found by a search, with its plan. */
public record ActivityHit(Plan plan, PlanActivity activity) {
}
