package org.ariadne.funding.planview;

import java.util.List;

/**
 * What funding knows of a plan activity: its place in the plan, its code and title as printed, its lead institutions
 * and donors, the funding the plan prints for it, and the window its deadline names. Kept from the plans events; a
 * removed activity stays (flagged), so the links to it show as orphaned, never lose their money.
 */
public record PlannedActivity(String planId, String activityId, String nodeId, String code, String title,
        List<String> leadInstitutions, List<String> funders, List<PrintedFunding> funding, String deadlineStart,
        String deadlineEnd, boolean removed) {

    public PlannedActivity {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        funders = funders == null ? List.of() : List.copyOf(funders);
        funding = funding == null ? List.of() : List.copyOf(funding);
    }
}
