package org.ariadne.monitoring.planview;

import java.util.List;

/** An activity of a plan, under a node; the deadline is kept exactly as printed in the plan. */
public record ActivityView(String activityId, String planId, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions) {
}
