package org.ariadne.monitoring.planview;

import java.util.List;

/** A plan as monitoring knows it: its title and the names of its tree levels, top first. */
public record PlanView(String planId, String title, List<String> levelNames) {
}
