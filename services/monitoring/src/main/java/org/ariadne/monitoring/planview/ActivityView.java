package org.ariadne.monitoring.planview;

import java.util.List;

/**
 * An activity of a plan, under a node; the deadline is kept exactly as printed in the plan. Partner institutions are
 * known only when the plans events carry them (an optional field); otherwise the list is empty. {@code deadlineEnd}
 * is the plans service's reading of the deadline (ISO date of the window's end) when the event carries it.
 */
public record ActivityView(String activityId, String planId, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions, List<String> partnerInstitutions, String deadlineEnd) {

    public ActivityView {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        partnerInstitutions = partnerInstitutions == null ? List.of() : List.copyOf(partnerInstitutions);
    }
}
