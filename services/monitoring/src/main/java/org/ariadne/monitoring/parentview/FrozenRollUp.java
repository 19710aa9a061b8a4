package org.ariadne.monitoring.parentview;

import java.time.Instant;
import java.util.List;
import org.ariadne.monitoring.rounds.RollUp;

/**
 * A frozen round's roll-up as a parent may read it: the round's plan and period and its counts per node and overall.
 * The snapshot's issues, narratives and reports stay with the tenant.
 */
public record FrozenRollUp(String roundId, String planId, String planTitle, String kind, String periodStart,
        String periodEnd, Instant frozenAt, RollUp.Row overall, List<RollUp.Row> rows) {

    public FrozenRollUp {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
