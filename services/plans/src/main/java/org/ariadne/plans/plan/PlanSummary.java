package org.ariadne.plans.plan;

import java.time.Instant;
import java.util.List;

/**
 * What a list of plans shows of each: its own fields, its version and status, and the counts of its tree. Stored with
 * the plan in the same write as every change, so a list reads these few fields and never a tree.
 */
public record PlanSummary(String id, String title, List<String> levelNames, PlanMetadata metadata, int versionNumber,
        String status, long version, Instant createdAt, Instant updatedAt, PlanCounts counts) {

    public PlanSummary {
        levelNames = List.copyOf(levelNames);
        metadata = metadata == null ? PlanMetadata.NONE : metadata;
    }

    public int nodeCount() {
        return counts.levels().stream().mapToInt(PlanCounts.LevelCount::nodes).sum();
    }

    public int activityCount() {
        return counts.activities();
    }
}
