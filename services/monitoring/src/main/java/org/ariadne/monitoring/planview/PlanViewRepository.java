package org.ariadne.monitoring.planview;

import java.util.List;
import java.util.Optional;

/**
 * Port to the plan view of the tenant in context. Every write carries the source aggregate version: it applies only
 * when it is newer than the version that last wrote the document, so duplicates, replays and late arrivals are no-ops.
 * Removals leave a tombstone so that an older "added" cannot bring the document back.
 */
public interface PlanViewRepository {

    void savePlan(PlanView plan, long sourceVersion);

    /** The plan's adopted version: legal act and adoption date (the title and levels stay as they are). */
    void saveAdoption(String planId, String legalAct, String adoptionDate, long sourceVersion);

    void saveNode(NodeView node, long sourceVersion);

    void removeNode(String planId, String nodeId, long sourceVersion);

    void saveActivity(ActivityView activity, long sourceVersion);

    void removeActivity(String planId, String activityId, long sourceVersion);

    /**
     * How partners read an activity's printed names (partners.ActivityInstitutionsResolved), unless a newer reading
     * was applied already ({@code readingVersion} is the reading's own aggregate version).
     */
    void saveInstitutions(String activityId, List<ActivityView.ResolvedInstitution> institutions, long readingVersion);

    /** After a merge: readings that named {@code mergedId} name the survivor. */
    void repointInstitution(String mergedId, String survivorId, String survivorName);

    /** Every plan the view knows, including plans whose creation has not arrived yet (title null). */
    List<PlanView> plans();

    Optional<PlanView> plan(String planId);

    /** The plan's nodes that are not removed. */
    List<NodeView> nodes(String planId);

    /** The plan's activities that are not removed. */
    List<ActivityView> activities(String planId);
}
