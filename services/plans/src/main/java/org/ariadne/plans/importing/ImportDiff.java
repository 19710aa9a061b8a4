package org.ariadne.plans.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanDiff;
import org.ariadne.plans.plan.PlanDiff.FieldChange;
import org.ariadne.plans.plan.PlanNode;

/**
 * What an import into a draft changes (or changed), for machines and for people: the plan's own fields, and the nodes
 * and activities added, changed — field by field, before → after — and removed, with how each changed one was
 * matched, and one sentence ("3 activities changed, 1 added, 1 removed; 1 node changed, 0 added, 0 removed …" or
 * "no changes").
 *
 * <p>Fields are named as in the API; a move is {@code node} (an activity's) or {@code parent} (a node's), each side
 * the node as {@code {id, code, title}}. Maps and lists of objects are compared inside:
 * {@code extra.report}, {@code responsibilities[1].deadline}, {@code indicators[0].text}. In a dry run a node the import
 * would add has no id yet ({@code null}): the commit gives it one.
 *
 * @param planId      the draft imported into
 * @param baseVersion the draft's version the difference was taken from (send it as If-Match with the commit)
 * @param version     after a commit: the plan's version (its new ETag; the same as {@code baseVersion} when nothing
 *                    changed); null in a dry run
 * @param changes     whether anything differs (a commit without changes writes nothing)
 * @param plan        the plan's own fields that change (title, levelNames, periodFrom, periodTo, strategyId)
 */
public record ImportDiff(String planId, long baseVersion, Long version, boolean changes, String sentence,
        List<FieldChange> plan, Part nodes, Part activities) {

    /** At most this many items are listed per list (the counts are complete). */
    public static final int MAX_LISTED = 200;

    public static final String NO_CHANGES = "no changes";

    /** Added, changed and removed nodes or activities; {@code counts} counts all of them, the lists show at most 200. */
    public record Part(Counts counts, List<Item> added, List<Change> changed, List<Item> removed) {
    }

    public record Counts(int added, int changed, int removed, int unchanged) {
    }

    /** A node or activity added or removed; {@code under} is the node it hangs under (a node's parent, null on top). */
    public record Item(String id, String code, String title, NodeRef under) {
    }

    /** A matched node or activity that changed; {@code matchedBy}: "code and title", "title" or "code". */
    public record Change(String id, String code, String title, String matchedBy, List<FieldChange> fields) {
    }

    /** A node as a diff names it; {@code id} is null for a node a dry run would add. */
    public record NodeRef(String id, String code, String title) {
    }

    /**
     * The difference between the draft and what the import makes of it.
     *
     * @param version the plan's version after a commit, null for a dry run (new nodes are shown without ids)
     */
    static ImportDiff of(Plan draft, DraftImport.Result result, Long version) {
        Plan merged = result.merged();
        boolean dryRun = version == null;
        Map<String, PlanNode> before = new HashMap<>();
        draft.nodes().forEach(n -> before.put(n.id(), n));
        Map<String, PlanNode> after = new HashMap<>();
        merged.nodes().forEach(n -> after.put(n.id(), n));
        Refs refs = new Refs(before, after, dryRun);

        List<Item> addedNodes = new ArrayList<>();
        List<Change> changedNodes = new ArrayList<>();
        int unchangedNodes = 0;
        for (PlanNode n : merged.nodes()) {
            PlanNode old = before.get(n.id());
            if (old == null) {
                addedNodes.add(new Item(dryRun ? null : n.id(), n.code(), n.title(), refs.after(n.parentId())));
            } else if (!old.equals(n)) {
                changedNodes.add(new Change(n.id(), n.code(), n.title(), result.matchedBy().get(n.id()),
                        refs.fields(PlanDiff.fieldChanges(old, n))));
            } else {
                unchangedNodes++;
            }
        }
        List<Item> removedNodes = new ArrayList<>();
        for (PlanNode n : draft.nodes()) {
            if (!after.containsKey(n.id())) {
                removedNodes.add(new Item(n.id(), n.code(), n.title(), refs.before(n.parentId())));
            }
        }

        Map<String, PlanActivity> draftActivities = new HashMap<>();
        draft.activities().forEach(a -> draftActivities.put(a.id(), a));
        Set<String> kept = new java.util.HashSet<>();
        List<Item> addedActivities = new ArrayList<>();
        List<Change> changedActivities = new ArrayList<>();
        int unchangedActivities = 0;
        for (PlanActivity a : merged.activities()) {
            PlanActivity old = draftActivities.get(a.id());
            kept.add(a.id());
            if (old == null) {
                addedActivities.add(new Item(dryRun ? null : a.id(), a.code(), a.title(), refs.after(a.nodeId())));
            } else if (!old.equals(a)) {
                changedActivities.add(new Change(a.id(), a.code(), a.title(), result.matchedBy().get(a.id()),
                        refs.fields(PlanDiff.fieldChanges(old, a))));
            } else {
                unchangedActivities++;
            }
        }
        List<Item> removedActivities = new ArrayList<>();
        for (PlanActivity a : draft.activities()) {
            if (!kept.contains(a.id())) {
                removedActivities.add(new Item(a.id(), a.code(), a.title(), refs.before(a.nodeId())));
            }
        }

        List<FieldChange> planFields = planFields(draft, merged);
        Part nodes = part(addedNodes, changedNodes, removedNodes, unchangedNodes);
        Part activities = part(addedActivities, changedActivities, removedActivities, unchangedActivities);
        boolean changes = !planFields.isEmpty() || !addedNodes.isEmpty() || !changedNodes.isEmpty()
                || !removedNodes.isEmpty() || !addedActivities.isEmpty() || !changedActivities.isEmpty()
                || !removedActivities.isEmpty();
        return new ImportDiff(draft.id(), draft.version(), version, changes,
                changes ? sentence(planFields, nodes.counts(), activities.counts()) : NO_CHANGES, planFields, nodes,
                activities);
    }

    private static List<FieldChange> planFields(Plan draft, Plan merged) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "title", draft.title(), merged.title());
        compare(fields, "levelNames", draft.levelNames(), merged.levelNames());
        compare(fields, "periodFrom", draft.metadata().periodFrom(), merged.metadata().periodFrom());
        compare(fields, "periodTo", draft.metadata().periodTo(), merged.metadata().periodTo());
        compare(fields, "strategyId", draft.metadata().strategyId(), merged.metadata().strategyId());
        return fields;
    }

    private static void compare(List<FieldChange> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, before, after));
        }
    }

    private static Part part(List<Item> added, List<Change> changed, List<Item> removed, int unchanged) {
        return new Part(new Counts(added.size(), changed.size(), removed.size(), unchanged), first(added),
                first(changed), first(removed));
    }

    private static <T> List<T> first(List<T> items) {
        return items.size() <= MAX_LISTED ? items : List.copyOf(items.subList(0, MAX_LISTED));
    }

    private static String sentence(List<FieldChange> planFields, Counts nodes, Counts activities) {
        StringBuilder sentence = new StringBuilder()
                .append(plural(activities.changed(), "activity", "activities")).append(" changed, ")
                .append(activities.added()).append(" added, ").append(activities.removed()).append(" removed; ")
                .append(plural(nodes.changed(), "node", "nodes")).append(" changed, ")
                .append(nodes.added()).append(" added, ").append(nodes.removed()).append(" removed");
        if (!planFields.isEmpty()) {
            List<String> names = new ArrayList<>();
            planFields.forEach(f -> names.add(f.field()));
            sentence.append("; the plan's ").append(String.join(", ", names)).append(" changed");
        }
        return sentence.append(" (").append(plural(activities.unchanged(), "activity", "activities")).append(" and ")
                .append(plural(nodes.unchanged(), "node", "nodes")).append(" unchanged)").toString();
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** Names nodes for people (code and title) and looks inside maps and lists of objects. */
    private record Refs(Map<String, PlanNode> before, Map<String, PlanNode> after, boolean dryRun) {

        NodeRef before(String nodeId) {
            PlanNode node = nodeId == null ? null : before.get(nodeId);
            return node == null ? null : new NodeRef(node.id(), node.code(), node.title());
        }

        NodeRef after(String nodeId) {
            PlanNode node = nodeId == null ? null : after.get(nodeId);
            if (node == null) {
                return null;
            }
            boolean added = !before.containsKey(node.id());
            return new NodeRef(added && dryRun ? null : node.id(), node.code(), node.title());
        }

        List<FieldChange> fields(List<FieldChange> changes) {
            List<FieldChange> named = new ArrayList<>();
            for (FieldChange change : changes) {
                switch (change.field()) {
                    case "id", "level" -> {
                        // the id never changes; a node's level follows its parent (shown as "parent")
                    }
                    case "nodeId" -> named.add(new FieldChange("node", before((String) change.before()),
                            after((String) change.after())));
                    case "parentId" -> named.add(new FieldChange("parent", before((String) change.before()),
                            after((String) change.after())));
                    default -> inside(change.field(), change.before(), change.after(), named, 0);
                }
            }
            return named;
        }

        /** Two levels into maps ({@code extra.report}) and equally long lists of objects ({@code responsibilities[1]}). */
        private static void inside(String field, Object before, Object after, List<FieldChange> out, int depth) {
            if (depth < 2 && before instanceof Map<?, ?> then && after instanceof Map<?, ?> now) {
                Set<Object> keys = new LinkedHashSet<>(then.keySet());
                keys.addAll(now.keySet());
                for (Object key : keys) {
                    if (!Objects.equals(then.get(key), now.get(key))) {
                        inside(field + "." + key, then.get(key), now.get(key), out, depth + 1);
                    }
                }
                return;
            }
            if (depth < 2 && before instanceof List<?> then && after instanceof List<?> now && then.size() == now.size()
                    && then.stream().allMatch(v -> v instanceof Map) && now.stream().allMatch(v -> v instanceof Map)) {
                for (int i = 0; i < then.size(); i++) {
                    if (!Objects.equals(then.get(i), now.get(i))) {
                        inside(field + "[" + i + "]", then.get(i), now.get(i), out, depth + 1);
                    }
                }
                return;
            }
            out.add(new FieldChange(field, before, after));
        }
    }
}
