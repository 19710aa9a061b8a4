package org.ariadne.plans.plan;

import java.util.List;

/** Create a plan with the names of its tree levels, top first (e.g. "Oblast", "Strateški program"). */
public record CreatePlan(String title, List<String> levelNames, PlanMetadata metadata) {

    public CreatePlan(String title, List<String> levelNames) {
        this(title, levelNames, PlanMetadata.NONE);
    }
}
