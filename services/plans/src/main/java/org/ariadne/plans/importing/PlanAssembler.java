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
 * Validates parsed rows and builds the plan they describe: one node per distinct ancestor path, in document order —
 * every heading row of a table is a node, also when no activity follows it — and the activities under their deepest
 * ancestor. Blocking problems (no title, no rows, a path deeper than the plan's levels) mean nothing is written; the
 * others only report what was understood (a duplicate code, a code that does not match its parent, a deadline that
 * could not be read) and the rows are imported as printed. It also names the levels in the reading of the rows.
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /**
     * The outcome: the plan (null when a blocking problem prevents it), every problem, the tree's counts, and how
     * every row of the file was read.
     */
    public record Assembly(Plan plan, List<ImportProblem> problems, boolean blocking, PlanCounts summary,
            List<PlanCounts.PreviewNode> tree, ImportReading reading) {
    }

    public static Assembly assemble(String title, List<String> levelNames, PlanMetadata metadata, ParsedTable table,
            Instant now) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        boolean blocking = !table.problems().stream().allMatch(p -> p.understood() != null);
        if (title == null || title.isBlank()) {
            problems.add(new ImportProblem(0, "plan", "the plan has no title (give ?title= or a bundle's plan.title)", null));
            blocking = true;
        }
        List<String> levels = levelNames(levelNames == null || levelNames.isEmpty() ? table.levelNames() : levelNames);
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
        Tree tree = new Tree(levels, problems);
        List<PlanActivity> activities = new ArrayList<>();
        Map<String, Integer> firstRows = new LinkedHashMap<>();
        List<PlanRows.ActivityRows> groups = PlanRows.group(table.rows());
        List<ParsedTable.Heading> headings = table.headings() == null ? List.of() : table.headings();
        int nextHeading = 0;
        for (PlanRows.ActivityRows group : groups) {
            ImportRow first = group.first();
            // headings above this activity in the document first, so that the tree keeps the document's order
            while (nextHeading < headings.size() && headings.get(nextHeading).rowNumber() < first.rowNumber()) {
                tree.node(headings.get(nextHeading).path(), headings.get(nextHeading).rowNumber());
                nextHeading++;
            }
            boolean usable = true;
            if (first.title() == null || first.title().isBlank()) {
                problems.add(new ImportProblem(first.rowNumber(), "title", "empty title: an activity needs one", null));
                usable = false;
            }
            for (ImportRow row : group.rows()) {
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
            String parentId = tree.node(first.path(), first.rowNumber());
            if (parentId == null) {
                continue;
            }
            PlanActivity activity = PlanRows.toActivity(UUID.randomUUID().toString(), parentId, group);
            activities.add(activity);
            firstRows.put(activity.id(), first.rowNumber());
        }
        for (; nextHeading < headings.size(); nextHeading++) {
            tree.node(headings.get(nextHeading).path(), headings.get(nextHeading).rowNumber());
        }
        blocking |= tree.blocking;
        Plan assembled = new Plan(plan.id(), plan.title(), plan.levelNames(), tree.nodes, activities, now, now, 0,
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
        ImportReading reading = table.reading() != null ? table.reading() : readingOfLines(table, groups);
        return new Assembly(blocking ? null : assembled, problems, blocking, PlanCounts.of(assembled),
                PlanCounts.preview(assembled), reading.named(levels));
    }

    /** The level names, each one named: a level the file and the request leave unnamed is "Level n". */
    private static List<String> levelNames(List<String> given) {
        List<String> levels = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String name = given.get(i);
                levels.add(name == null || name.isBlank() ? "Level " + (i + 1) : name);
            }
        }
        if (levels.isEmpty()) {
            levels.add("Level 1");
        }
        return levels;
    }

    /** Formats read line by line (JSON lines, a bundle) have no headings or header rows: each line is one row. */
    private static ImportReading readingOfLines(ParsedTable table, List<PlanRows.ActivityRows> groups) {
        int rows = table.rows().size();
        return new ImportReading(rows, List.of(), List.of(), groups.size(), rows, rows - groups.size(), 0, 0, List.of(), 0,
                null);
    }

    /** The nodes, made once per distinct path (code and title at every level), in the order they are first met. */
    private static final class Tree {
        final List<String> levels;
        final List<ImportProblem> problems;
        final Map<String, String> nodeIds = new LinkedHashMap<>();
        final List<PlanNode> nodes = new ArrayList<>();
        boolean blocking;

        Tree(List<String> levels, List<ImportProblem> problems) {
            this.levels = levels;
            this.problems = problems;
        }

        /** The id of the node at the end of the path, made with its ancestors where needed; null on a problem. */
        String node(List<ImportRow.PathLevel> path, int row) {
            if (path.size() > levels.size()) {
                problems.add(new ImportProblem(row, "path", "the heading is " + path.size()
                        + " levels deep but the plan has " + levels.size() + " levels " + levels, null));
                blocking = true;
                return null;
            }
            String parentId = null;
            StringBuilder key = new StringBuilder();
            for (int depth = 0; depth < path.size(); depth++) {
                ImportRow.PathLevel level = path.get(depth);
                key.append(level.code()).append('\u0001').append(level.title()).append('\u0002');
                String existing = nodeIds.get(key.toString());
                if (existing == null) {
                    String nodeTitle = level.title() == null || level.title().isBlank() ? level.code() : level.title();
                    if (nodeTitle == null) {
                        problems.add(new ImportProblem(row, "path", "level " + (depth + 1)
                                + " has neither code nor title", null));
                        blocking = true;
                        return null;
                    }
                    existing = UUID.randomUUID().toString();
                    nodeIds.put(key.toString(), existing);
                    nodes.add(new PlanNode(existing, parentId, depth + 1, blank(level.code()), nodeTitle.strip()));
                }
                parentId = existing;
            }
            return parentId;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
