package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two versions of a plan: nodes and activities added, removed and changed — the changed ones
 * field by field with the value before and after (details fields by name, e.g. {@code partnerInstitutions}).
 * Nodes and activities are matched by id: a revision copies the tree with its ids.
 */
public record PlanDiff(int from, int to, List<Item> added, List<Item> removed, List<Change> changed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A node or activity that exists in only one of the versions. */
    public record Item(String kind, String id, String code, String title) {
    }

    public record FieldChange(String field, Object before, Object after) {
    }

    public record Change(String kind, String id, String code, String title, List<FieldChange> fields) {
    }

    public static PlanDiff between(PlanVersion a, PlanVersion b) {
        List<Item> added = new ArrayList<>();
        List<Item> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        compare("node", index(a.nodes(), PlanNode::id), index(b.nodes(), PlanNode::id), added, removed, changed);
        compare("activity", index(a.activities(), PlanActivity::id), index(b.activities(), PlanActivity::id), added,
                removed, changed);
        return new PlanDiff(a.number(), b.number(), added, removed, changed);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(id.apply(i), i));
        return byId;
    }

    private static void compare(String kind, Map<String, ?> before, Map<String, ?> after, List<Item> added,
            List<Item> removed, List<Change> changed) {
        for (Map.Entry<String, ?> e : after.entrySet()) {
            Map<String, Object> now = fields(e.getValue());
            Object old = before.get(e.getKey());
            if (old == null) {
                added.add(new Item(kind, e.getKey(), (String) now.get("code"), (String) now.get("title")));
                continue;
            }
            List<FieldChange> fields = fieldChanges(old, e.getValue());
            if (!fields.isEmpty()) {
                changed.add(new Change(kind, e.getKey(), (String) now.get("code"), (String) now.get("title"), fields));
            }
        }
        for (Map.Entry<String, ?> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                Map<String, Object> then = fields(e.getValue());
                removed.add(new Item(kind, e.getKey(), (String) then.get("code"), (String) then.get("title")));
            }
        }
    }

    /**
     * The fields in which two states of one node or activity differ, in field order, with the value before and after
     * (named as in the API: an activity's details count as its own fields).
     */
    public static List<FieldChange> fieldChanges(Object before, Object after) {
        Map<String, Object> then = fields(before);
        Map<String, Object> now = fields(after);
        List<FieldChange> changes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(then.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!Objects.equals(then.get(name), now.get(name))) {
                changes.add(new FieldChange(name, then.get(name), now.get(name)));
            }
        }
        return changes;
    }

    /** A node's or activity's fields by name; an activity's details count as its own fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object item) {
        Map<String, Object> fields = new LinkedHashMap<>(JSON.convertValue(item, Map.class));
        Object details = fields.remove("details");
        if (details instanceof Map) {
            fields.putAll((Map<String, Object>) details);
        }
        fields.remove("topLevel");
        return fields;
    }
}
