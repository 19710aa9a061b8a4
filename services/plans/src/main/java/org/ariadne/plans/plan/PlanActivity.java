package org.ariadne.plans.plan;

import java.util.List;

/**
 * The unit of monitoring, hanging under any node of the tree. Code and deadline are kept exactly as printed in the
 * plan (codes are not always unique; deadlines are free text such as "II kvartal 2017" or "Kontinuirano"); everything
 * else the plan says about the activity is in {@link ActivityDetails}.
 */
public record PlanActivity(String id, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions, ActivityDetails details) {

    public PlanActivity {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        details = details == null ? ActivityDetails.EMPTY : details;
    }

    public PlanActivity(String id, String nodeId, String code, String title, String deadline,
            List<String> leadInstitutions) {
        this(id, nodeId, code, title, deadline, leadInstitutions, ActivityDetails.EMPTY);
    }

    /** The deadline's structured reading (computed from the printed text, never stored apart from it). */
    public DeadlineReading deadlineReading() {
        return DeadlineReader.read(deadline);
    }
}
