package org.ariadne.plans.plan;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Plans of the current tenant; state and events are always stored together, atomically. */
public interface PlanRepository {

    /** Stores a new plan with its first events; returns it with its version. */
    Plan insert(Plan plan, List<? extends DomainEvent> events, AuditEntry audit);

    Optional<Plan> find(String planId);

    List<Plan> all();

    /**
     * Plans holding an activity whose folded search text contains {@code foldedText} (null: any), optionally only the
     * plan {@code planId}. The caller filters the activities; this narrows the plans on the database side.
     */
    List<Plan> withActivityText(String foldedText, String planId);

    /**
     * Replaces {@code before}'s state by {@code after}'s and appends the events, if the plan is still at
     * {@code before.version()}.
     *
     * @return the stored plan with its new version, or empty when the version moved or the plan is gone
     */
    Optional<Plan> update(Plan before, Plan after, List<? extends DomainEvent> events, AuditEntry audit);

    /** The plan's audit trail, oldest first; empty when the plan does not exist. */
    Optional<List<AuditEntry>> audit(String planId);
}
