package org.ariadne.funding.planview;

import java.util.List;
import java.util.Optional;

/**
 * The plans of the current tenant as funding knows them, kept from {@code plans.events}. Every write is guarded by
 * the plan's aggregate version ({@code ce_aggversion}), so duplicates and replays change nothing.
 */
public interface PlanViewRepository {

    void savePlan(String planId, String title, long sourceVersion);

    void saveNode(PlannedNode node, long sourceVersion);

    void saveActivity(PlannedActivity activity, long sourceVersion);

    /** Marks the activity removed (its links become orphans; their lines keep their money). */
    void removeActivity(String planId, String activityId, long sourceVersion);

    void removeNode(String planId, String nodeId, long sourceVersion);

    Optional<String> planTitle(String planId);

    /** Every activity of the tenant's plans, removed ones included. */
    List<PlannedActivity> activities();

    List<PlannedActivity> activities(String planId);

    Optional<PlannedActivity> activity(String planId, String activityId);

    /** Activities (not removed) printed with this code, in every plan of the tenant. */
    List<PlannedActivity> activitiesWithCode(String code);

    List<PlannedNode> nodes(String planId);

    /** A value that changes with every change applied to the plan view (node and activity documents). */
    String stamp();
}
