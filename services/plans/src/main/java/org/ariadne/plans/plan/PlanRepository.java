package org.ariadne.plans.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ariadne.contracts.DomainEvent;

/**
 * Plans of the current tenant. A plan's state, its events and the audit entry of the change are always stored together,
 * atomically, guarded by the plan's version. Earlier versions are frozen when the plan is stored at a new version
 * number (a revision): the stored state at the old number, as it was, becomes that version.
 * <p>
 * Every read costs what it returns: the list reads summaries, one activity or node reads the plan's outline, the audit
 * trail and the versions are read a page or a version at a time; only {@link #find} reads a whole tree.
 */
public interface PlanRepository {

    /** Stores a new plan with its first events; returns it with its version. */
    Plan insert(Plan plan, List<? extends DomainEvent> events, AuditEntry audit);

    /** The plan with its current tree (what a change or a tree read needs). */
    Optional<Plan> find(String planId);

    /**
     * Replaces {@code before}'s state by {@code after}'s and appends the events, if the plan is still at
     * {@code before.version()}. When {@code after} has another version number than {@code before}, {@code before}'s
     * version is kept, frozen.
     *
     * @return the stored plan with its new version, or empty when the version moved or the plan is gone
     */
    Optional<Plan> update(Plan before, Plan after, List<? extends DomainEvent> events, AuditEntry audit);

    /** Every plan's summary, in title order. */
    List<PlanSummary> summaries();

    /** The plan without its activities. */
    Optional<PlanOutline> outline(String planId);

    /** Outlines of every plan in title order, or of the one plan {@code planId} (null: all). */
    List<PlanOutline> outlines(String planId);

    /** One activity of the plan's current version, with the plan's outline (for its ETag and code flags). */
    Optional<ActivityHit> activity(String planId, String activityId);

    /**
     * The activities of the plan's current version that {@code wanted} accepts, in stored order, read a part of the
     * tree at a time and only until {@code limit} were found.
     */
    List<PlanActivity> activities(PlanOutline plan, Predicate<PlanActivity> wanted, int limit);

    /** The plan's versions, oldest first (the current one last); empty when the plan does not exist. */
    Optional<List<VersionSummary>> versions(String planId);

    /** One version's tree (an earlier one or the current one); empty when the plan or the version does not exist. */
    Optional<PlanVersion> version(String planId, int number);

    /**
     * A page of the plan's audit trail, oldest first: at most {@code limit} entries after the entry numbered
     * {@code after} (0: from the first); empty when the plan does not exist.
     */
    Optional<AuditTrail> audit(String planId, long after, int limit);
}
