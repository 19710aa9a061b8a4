package org.ariadne.partners.activity;

import java.util.List;
import java.util.Optional;
import org.ariadne.messaging.VersionGuardedWrite;

/**
 * Partners' read model of plan activities (fed by plans.events, guarded by the plan's aggregate version so replays
 * and duplicates change nothing) and of their latest monitoring status (fed by monitoring.events).
 */
public interface ActivityViews {

    /**
     * Stores the activity's printed fields unless this plan version or a newer one was applied already; says whether
     * the view was created (no earlier event of the activity was ever applied), updated, or left as it was.
     */
    VersionGuardedWrite.Outcome save(ActivityView activity, long planVersion);

    boolean markRemoved(String planId, String activityId, long planVersion);

    /** True when the activity's view was written by exactly {@code planVersion} and is not removed. */
    boolean holds(String activityId, long planVersion);

    /** Records the status an accepted contribution reports (the latest accepted one wins). */
    void saveStatus(String activityId, String status, String roundId, String acceptedAt);

    Optional<ActivityView> find(String activityId);

    /** Activities (not removed) whose code is {@code code} as printed ("5.1" and "5.1." are the same code). */
    List<ActivityView> byCode(String code, String planId);

    List<ActivityView> all();

    /** The plan's activities (not removed), by the plan index. */
    List<ActivityView> ofPlan(String planId);
}
