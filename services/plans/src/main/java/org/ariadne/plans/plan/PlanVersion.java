package org.ariadne.plans.plan;

import java.util.List;

/**
 * A version of a plan's tree. The current version lives in the plan itself; earlier (adopted) versions are frozen by
 * the repository when a revision starts and kept apart, so a revision can always be compared with what was adopted.
 *
 * @param status draft or adopted
 */
public record PlanVersion(int number, String status, String legalAct, String adoptionDate, List<PlanNode> nodes,
        List<PlanActivity> activities) {

    public static final String DRAFT = "draft";
    public static final String ADOPTED = "adopted";

    public PlanVersion {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
