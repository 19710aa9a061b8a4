package org.ariadne.partners.activity;

import java.util.List;

/**
 * What partners knows of a plan activity (from {@code plans.events}) and of its latest monitoring status (from
 * {@code monitoring.events}): enough to link tasks and recommendations by code, to read the institution names the
 * activity prints, and to show how far it got.
 *
 * @param latestStatus   the status of the activity in the latest accepted contribution (monitoring's wire values:
 *                       not_started, ongoing, partially_implemented, implemented, not_implemented, no_data), or null
 * @param latestRoundId  the round that status comes from
 */
public record ActivityView(String activityId, String planId, String code, String title, List<String> leadInstitutions,
        List<String> partnerInstitutions, List<String> funders, boolean removed, String latestStatus,
        String latestRoundId, String latestStatusAt) {

    public ActivityView {
        leadInstitutions = leadInstitutions == null ? List.of() : List.copyOf(leadInstitutions);
        partnerInstitutions = partnerInstitutions == null ? List.of() : List.copyOf(partnerInstitutions);
        funders = funders == null ? List.of() : List.copyOf(funders);
    }

    public ActivityRef ref() {
        return new ActivityRef(activityId, planId, code);
    }
}
