package org.ariadne.plans.plan;

import java.util.List;

/** Add an activity under a node; code and deadline as printed; {@code details} may be null (none). */
public record AddActivity(String nodeId, String code, String title, String deadline, List<String> leadInstitutions,
        ActivityDetails details) {

    public AddActivity(String nodeId, String code, String title, String deadline, List<String> leadInstitutions) {
        this(nodeId, code, title, deadline, leadInstitutions, ActivityDetails.EMPTY);
    }
}
