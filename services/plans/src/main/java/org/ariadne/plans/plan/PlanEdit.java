package org.ariadne.plans.plan;

/** The plan after a change, with the node or activity the change was about. */
public record PlanEdit<T>(Plan plan, T item) {
}
