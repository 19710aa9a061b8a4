package org.ariadne.plans.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanNode;

/**
 * Validates parsed rows and builds the plan they describe: one node per distinct ancestor path (in order of first
 * appearance), the activities under their deepest ancestor. Blocking problems (no title, no rows, a path deeper than
 * the plan's levels) mean nothing is written; the others only report what was understood (a duplicate code, a code
 * that does not match its parent, a deadline that could not be read) and the rows are imported as printed.
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /** The outcome: the plan (null when a blocking problem prevents it), every problem, and the tree's counts. */
    public record Assembly(Plan plan, List<ImportProblem> problems, boolean blocking, PlanCounts summary,
            List<PlanCounts.PreviewNode> tree) {
    }

    public static Assembly assemble(String title, List<String> levelNames, PlanMetadata metadata, ParsedTable table,
            Instant now) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        boolean blocking = !table.problems().stream().allMatch(p -> p.understood() != null);
        if (title == null || title.isBlank()) {
            problems.add(new ImportProblem(0, "plan", "the plan has no title (give ?title= or a bundle's plan.title)", null));
            blocking = true;
        }
        List<String> levels = levelNames == null || levelNames.isEmpty() ? table.levelNames() : levelNames;
        if (levels == null || levels.isEmpty()) {
            levels = List.of("Level 1");
        }
        if (levels.size() > Plan.MAX_LEVELS) {
            problems.add(new ImportProblem(0, "path", "the plan has " + levels.size() + " levels; at most "
                    + Plan.MAX_LEVELS + " are supported", null));
            blocking = true;
            levels = levels.subList(0, Plan.MAX_LEVELS);
        }
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(0, null, "the file holds no activity rows", null));
            blocking = true;
        }
        Plan plan = Plan.create(UUID.randomUUID().toString(), title == null || title.isBlank() ? "-" : title, levels, now)
                .withMetadata(metadata == null ? PlanMetadata.NONE : metadata, now);
        Map<String, String> nodeIds = new LinkedHashMap<>();
        List<PlanNode> nodes = new ArrayList<>();
        List<PlanActivity> activities = new ArrayList<>();
        Map<String, Integer> firstRows = new LinkedHashMap<>();
        for (PlanRows.ActivityRows group : PlanRows.group(table.rows())) {
            boolean usable = true;
            for (ImportRow row : group.rows()) {
                if (row.title() == null || row.title().isBlank()) {
                    problems.add(new ImportProblem(row.rowNumber(), "title", "empty title: an activity needs one", null));
                    usable = false;
                }
                if (row.path().size() > levels.size()) {
                    problems.add(new ImportProblem(row.rowNumber(), "path", "the row is " + row.path().size()
                            + " levels deep but the plan has " + levels.size() + " levels " + levels, null));
                    usable = false;
                }
                if (row.path().isEmpty()) {
                    problems.add(new ImportProblem(row.rowNumber(), "path", "the row names no node of the tree", null));
                    usable = false;
                }
            }
            if (!usable) {
                blocking = true;
                continue;
            }
            ImportRow first = group.first();
            String parentId = null;
            StringBuilder key = new StringBuilder();
            for (int depth = 0; depth < first.path().size(); depth++) {
                ImportRow.PathLevel level = first.path().get(depth);
                key.append(level.code()).append('\u0001').append(level.title()).append('\u0002');
                String existing = nodeIds.get(key.toString());
                if (existing == null) {
                    String title1 = level.title() == null || level.title().isBlank() ? level.code() : level.title();
                    if (title1 == null) {
                        problems.add(new ImportProblem(first.rowNumber(), "path", "level " + (depth + 1)
                                + " has neither code nor title", null));
                        blocking = true;
                        break;
                    }
                    existing = UUID.randomUUID().toString();
                    nodeIds.put(key.toString(), existing);
                    nodes.add(new PlanNode(existing, parentId, depth + 1, blank(level.code()), title1.strip()));
                }
                parentId = existing;
            }
            PlanActivity activity = PlanRows.toActivity(UUID.randomUUID().toString(), parentId, group);
            activities.add(activity);
            firstRows.put(activity.id(), first.rowNumber());
        }
        Plan assembled = new Plan(plan.id(), plan.title(), plan.levelNames(), nodes, activities, now, now, 0,
                plan.metadata());
        for (PlanActivity activity : activities) {
            List<String> flags = assembled.codeFlags(activity);
            int row = firstRows.get(activity.id());
            if (flags.contains("DUPLICATE_CODE")) {
                problems.add(new ImportProblem(row, "code", "code " + activity.code() + " is used by another activity too",
                        "kept as printed, flagged DUPLICATE_CODE"));
            }
            if (flags.contains("CODE_PARENT_MISMATCH")) {
                problems.add(new ImportProblem(row, "code", "code " + activity.code() + " does not start with its parent's code "
                        + assembled.node(activity.nodeId()).map(PlanNode::code).orElse(""), "kept as printed, flagged CODE_PARENT_MISMATCH"));
            }
            if (activity.deadline() != null && "unknown".equals(activity.deadlineReading().kind())) {
                problems.add(new ImportProblem(row, "deadline", "no date, period or cadence could be read from \""
                        + activity.deadline() + "\"", "kept as printed, without a structured reading"));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Assembly(blocking ? null : assembled, problems, blocking, PlanCounts.of(assembled),
                PlanCounts.preview(assembled));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
