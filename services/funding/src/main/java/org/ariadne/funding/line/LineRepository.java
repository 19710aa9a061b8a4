package org.ariadne.funding.line;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Budget lines of the current tenant; a line's state and its events are always stored together, atomically. */
public interface LineRepository {

    /** Stores a new line with its first events; returns it with its version. */
    BudgetLine insert(BudgetLine line, List<? extends DomainEvent> events);

    Optional<BudgetLine> find(String lineId);

    /** Every line of the tenant, in a stable order (code, title, id). */
    List<BudgetLine> all();

    /** Lines with at least one link to an activity of {@code activityTenant} (a descendant's view of its links). */
    List<BudgetLine> linkedInto(String activityTenant);

    /**
     * A value that changes with every write to the tenant's lines (their number and the sum of their versions: a line
     * is never deleted and every write raises its version), for answers computed from all of them.
     */
    String stamp();

    /** As {@link #stamp()}, for the lines linked to activities of {@code activityTenant}. */
    String stampLinkedInto(String activityTenant);

    /**
     * Replaces {@code before}'s state by {@code after}'s and appends the events, if the line is still at
     * {@code before.version()}.
     *
     * @return the stored line with its new version, or empty when the version moved or the line is gone
     */
    Optional<BudgetLine> update(BudgetLine before, BudgetLine after, List<? extends DomainEvent> events);
}
