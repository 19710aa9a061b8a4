package org.ariadne.plans.importing;

import java.util.List;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;

/**
 * What a {@value ImportJobs#KIND} job shows besides the common job fields: the format and mode, the plan's own fields
 * as the import understood them, and — once the file is read — the parsed tree's counts ({@code summary}) and the tree
 * in document order (each node with the number of activities directly under it), and {@code reading}: how every row of
 * the file was read (headings per level, activities, blocks, repeated headers, ignored rows and why).
 */
public record ImportDetails(String format, String mode, String title, List<String> levelNames, PlanMetadata metadata,
        PlanCounts summary, ImportReading reading, List<PlanCounts.PreviewNode> tree) {
}
