package org.ariadne.monitoring.rounds;

import java.util.List;

/**
 * One institution's contribution to a round: its reports on the activities it leads or partners, its state
 * (requested → draft → submitted → returned → accepted) and the whole audit trail.
 */
public record Contribution(String contributionId, String roundId, String planId, String institution,
        List<String> activityIds, String state, List<ActivityReport> reports, List<Transition> history,
        String returnReason) {

    public static final String REQUESTED = "requested";
    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String RETURNED = "returned";
    public static final String ACCEPTED = "accepted";
}
