package org.ariadne.monitoring.planview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The monitoring overview of a tenant: per plan, its activities counted under each top-level node. */
public record PlanOverview(List<Plan> plans) {

    /**
     * One plan: when it was adopted (ISO date, null while plans has not announced an adoption), all its activities, and
     * how many sit under each top-level node.
     */
    public record Plan(String planId, String title, List<String> levelNames, String adoptionDate, int activityCount,
            List<TopLevel> topLevel) {
    }

    /**
     * A top-level node and the number of activities anywhere beneath it. The bucket with a null {@code nodeId}
     * ("(unassigned)") holds activities whose node is not (yet) known, so that nothing is silently lost.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TopLevel(String nodeId, String code, String title, int activityCount) {
    }
}
