package org.ariadne.funding.donor;

import java.util.List;
import org.ariadne.funding.results.ActivityResult;

/**
 * A plan activity a line funded by the donor organisation is linked to, as the donor reads it: its plan context
 * (tenant, plan, code, title, path from the plan's root), its latest monitoring result (null before any accepted
 * report) and the ids of the donor's lines serving it.
 */
public record FundedActivity(String tenant, String planId, String planTitle, String activityId, String code, String title,
        List<PathStep> path, ActivityResult monitoring, List<String> lineIds) {

    public FundedActivity {
        path = path == null ? List.of() : List.copyOf(path);
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }

    /** A node above the activity: its level's number (1 = top), code and title. */
    public record PathStep(int level, String code, String title) {
    }
}
