package org.ariadne.monitoring.planview;

import java.util.List;

/**
 * An activity of a plan, under a node; the deadline is kept exactly as printed in the plan. Partner institutions are
 * known only when the plans events carry them (an optional field); otherwise the list is empty. {@code deadlineEnd}
 * is the plans service's reading of the deadline (ISO date of the window's end) when the event carries it.
 */
public record ActivityView(String activityId, String planId, String nodeId, String code, String title, String deadline,
        List<String> leadInstitutions, List<String> partnerInstitutions, String deadlineEnd,
        List<ResolvedInstitution> institutions) {

    public ActivityView {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        partnerInstitutions = partnerInstitutions == null ? List.of() : List.copyOf(partnerInstitutions);
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
    }

    public ActivityView(String activityId, String planId, String nodeId, String code, String title, String deadline,
            List<String> leadInstitutions, List<String> partnerInstitutions, String deadlineEnd) {
        this(activityId, planId, nodeId, code, title, deadline, leadInstitutions, partnerInstitutions, deadlineEnd, null);
    }

    /**
     * A printed name (lead or partner) as the partners service resolved it: the institution it stands for. One
     * institution printed several ways ("Koordinacioni tim", "Koordinator tima iz Ze-do kantona") has one id.
     */
    public record ResolvedInstitution(String printed, String institutionId, String institutionName) {
    }

    /** The institution a printed name stands for, when partners resolved the whole name to exactly one. */
    public java.util.Optional<ResolvedInstitution> resolved(String printed) {
        List<ResolvedInstitution> matches = institutions.stream().filter(i -> i.printed().equals(printed)).toList();
        return matches.size() == 1 ? java.util.Optional.of(matches.get(0)) : java.util.Optional.empty();
    }
}
