package org.ariadne.plans.plan;

/** An activity with the outline of its plan (a search hit, or one activity read on its own). */
public record ActivityHit(PlanOutline plan, PlanActivity activity) {
}
