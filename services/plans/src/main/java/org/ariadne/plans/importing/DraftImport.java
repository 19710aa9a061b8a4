package org.ariadne.plans.importing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ActivityDetails.Indicator;
import org.ariadne.plans.plan.ChangePlan;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanNode;
import org.ariadne.text.TextFolding;

/**
 * A file imported into an existing draft: the plan the file describes is lined up with the draft, node by node and
 * activity by activity, and the draft becomes what the file says while every matched node and activity keeps its id
 * (monitoring, funding and partners refer to activities by id, so a re-import must never be remove-all/add-all).
 *
 * <p>Matching goes level by level for nodes (a node's parent is matched before the node), then over the activities.
 * Each pass pairs what is still unmatched, in document order, on a key; the first pass that finds a partner wins:
 * <ol>
 *   <li>inside the same parent (for an activity: the same node): code and title; then title alone (the code was
 *       renumbered); then code alone (the title was edited);</li>
 *   <li>anywhere in the plan (a moved node or activity): code and title; then a title, then a code, that occurs only
 *       once in the draft and once in the file (codes that restart per chapter, as Montenegro's do, or a repeated
 *       title are matched only inside their parent).</li>
 * </ol>
 * Codes are compared without spaces and trailing dots, titles folded as search folds them (case, diacritics,
 * Cyrillic look-alikes, runs of spaces). What is left unmatched in the file is added, what is left in the draft is
 * removed.
 *
 * <p>The file is the truth for everything it carries; what a file never carries stays as the draft has it:
 * institution links ({@code institutionIds}) of the names still printed, the structure of an indicator whose text
 * is unchanged (type, unit, baseline, targets …), funding entered through the API (funding read from a file's
 * {@code funding_sources}/{@code amounts} is read again), and the provenance when the file gives none.
 */
final class DraftImport {

    static final String BY_CODE_AND_TITLE = "code and title";
    static final String BY_TITLE = "title";
    static final String BY_CODE = "code";

    private DraftImport() {
    }

    /**
     * @param merged    the draft as the file says it should be (its own fields changed by {@code header})
     * @param matchedBy for every matched node and activity (by its id), the key that matched it
     */
    record Result(Plan merged, Map<String, String> matchedBy) {
    }

    static Result apply(Plan draft, Plan fromFile, ChangePlan header, Instant now) {
        Map<String, String> matchedBy = new HashMap<>();
        Map<String, String> nodeIds = matchNodes(draft, fromFile, matchedBy);
        Map<String, String> activityIds = matchActivities(draft, fromFile, nodeIds, matchedBy);
        List<PlanNode> nodes = new ArrayList<>();
        for (PlanNode n : fromFile.nodes()) {
            nodes.add(new PlanNode(nodeIds.getOrDefault(n.id(), n.id()),
                    n.parentId() == null ? null : nodeIds.getOrDefault(n.parentId(), n.parentId()), n.level(), n.code(),
                    n.title()));
        }
        Map<String, PlanActivity> draftActivities = new HashMap<>();
        draft.activities().forEach(a -> draftActivities.put(a.id(), a));
        List<PlanActivity> activities = new ArrayList<>();
        for (PlanActivity read : fromFile.activities()) {
            String nodeId = nodeIds.getOrDefault(read.nodeId(), read.nodeId());
            String draftId = activityIds.get(read.id());
            activities.add(draftId == null
                    ? new PlanActivity(read.id(), nodeId, read.code(), read.title(), read.deadline(),
                            read.leadInstitutions(), read.details())
                    : merged(draftActivities.get(draftId), read, nodeId));
        }
        Plan merged = draft.withHeader(header, now).withImportedTree(nodes, activities, now);
        return new Result(merged, matchedBy);
    }

    private static Map<String, String> matchNodes(Plan draft, Plan fromFile, Map<String, String> matchedBy) {
        Map<String, String> ids = new HashMap<>();
        int depth = Math.max(draft.levelNames().size(), fromFile.levelNames().size());
        for (int level = 1; level <= depth; level++) {
            int at = level;
            Pairing<PlanNode> pairing = new Pairing<>(
                    fromFile.nodes().stream().filter(n -> n.level() == at).toList(),
                    draft.nodes().stream().filter(n -> n.level() == at).toList(), PlanNode::id, ids, matchedBy);
            Function<PlanNode, String> fileParent = n -> n.parentId() == null ? "top"
                    : ids.getOrDefault(n.parentId(), "new " + n.parentId());
            Function<PlanNode, String> draftParent = n -> n.parentId() == null ? "top" : n.parentId();
            pairing.inside(fileParent, draftParent, PlanNode::code, PlanNode::title);
            pairing.anywhere(PlanNode::code, PlanNode::title);
        }
        return ids;
    }

    private static Map<String, String> matchActivities(Plan draft, Plan fromFile, Map<String, String> nodeIds,
            Map<String, String> matchedBy) {
        Map<String, String> ids = new HashMap<>();
        Pairing<PlanActivity> pairing = new Pairing<>(fromFile.activities(), draft.activities(), PlanActivity::id, ids,
                matchedBy);
        pairing.inside(a -> nodeIds.getOrDefault(a.nodeId(), "new " + a.nodeId()), PlanActivity::nodeId,
                PlanActivity::code, PlanActivity::title);
        pairing.anywhere(PlanActivity::code, PlanActivity::title);
        return ids;
    }

    /**
     * The activity as the file prints it, under the draft's id, with what no file carries kept from the draft.
     */
    private static PlanActivity merged(PlanActivity draft, PlanActivity read, String nodeId) {
        ActivityDetails kept = draft.details();
        ActivityDetails.Builder details = read.details().toBuilder();
        Set<String> printed = new HashSet<>(read.leadInstitutions());
        printed.addAll(read.details().partnerInstitutions());
        Map<String, String> links = new LinkedHashMap<>();
        kept.institutionIds().forEach((name, id) -> {
            if (printed.contains(name)) {
                links.put(name, id);
            }
        });
        details.institutionIds = links;
        Map<String, Indicator> known = new HashMap<>();
        kept.indicators().forEach(i -> known.putIfAbsent(i.text(), i));
        List<Indicator> indicators = new ArrayList<>();
        read.details().indicators().forEach(i -> indicators.add(known.getOrDefault(i.text(), i)));
        details.indicators = indicators;
        boolean fundingFromTheApi = !kept.funding().equals(PlanRows.fundingRead(kept));
        if (read.details().funding().isEmpty() && fundingFromTheApi) {
            details.funding = kept.funding();
        }
        if (read.details().provenance() == null) {
            details.provenance = kept.provenance();
        }
        return new PlanActivity(draft.id(), nodeId, read.code(), read.title(), read.deadline(), read.leadInstitutions(),
                details.build());
    }

    static String codeKey(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String key = code.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.isEmpty() ? null : key;
    }

    static String titleKey(String title) {
        return title == null || title.isBlank() ? null : TextFolding.fold(title);
    }

    /** Keys made of parts; none when a part is missing (an item without a code is never matched by code). */
    private static String key(String... parts) {
        for (String part : parts) {
            if (part == null) {
                return null;
            }
        }
        return String.join("\u0001", parts);
    }

    /**
     * Pairs items of the file with items of the draft, pass after pass, each item once; {@code ids} maps a file
     * item's id to its draft partner's, {@code matchedBy} the draft id to the key that matched it.
     */
    private static final class Pairing<T> {
        private final List<T> fromFile;
        private final List<T> draft;
        private final Function<T, String> id;
        private final Map<String, String> ids;
        private final Map<String, String> matchedBy;
        private final Set<String> taken = new HashSet<>();

        Pairing(List<T> fromFile, List<T> draft, Function<T, String> id, Map<String, String> ids,
                Map<String, String> matchedBy) {
            this.fromFile = fromFile;
            this.draft = draft;
            this.id = id;
            this.ids = ids;
            this.matchedBy = matchedBy;
        }

        /** The passes inside the same parent: code and title, then title, then code. */
        void inside(Function<T, String> fileParent, Function<T, String> draftParent, Function<T, String> code,
                Function<T, String> title) {
            pass(BY_CODE_AND_TITLE, t -> key(fileParent.apply(t), codeKey(code.apply(t)), titleKey(title.apply(t))),
                    t -> key(draftParent.apply(t), codeKey(code.apply(t)), titleKey(title.apply(t))), false);
            pass(BY_TITLE, t -> key(fileParent.apply(t), titleKey(title.apply(t))),
                    t -> key(draftParent.apply(t), titleKey(title.apply(t))), false);
            pass(BY_CODE, t -> key(fileParent.apply(t), codeKey(code.apply(t))),
                    t -> key(draftParent.apply(t), codeKey(code.apply(t))), false);
        }

        /** The passes across the whole plan: code and title, then a title or a code that occurs once on each side. */
        void anywhere(Function<T, String> code, Function<T, String> title) {
            Function<T, String> both = t -> key(codeKey(code.apply(t)), titleKey(title.apply(t)));
            pass(BY_CODE_AND_TITLE, both, both, false);
            Function<T, String> titleOnly = t -> titleKey(title.apply(t));
            pass(BY_TITLE, titleOnly, titleOnly, true);
            Function<T, String> codeOnly = t -> codeKey(code.apply(t));
            pass(BY_CODE, codeOnly, codeOnly, true);
        }

        private void pass(String basis, Function<T, String> fileKey, Function<T, String> draftKey, boolean unique) {
            Map<String, Deque<T>> open = new HashMap<>();
            for (T item : draft) {
                String key = taken.contains(id.apply(item)) ? null : draftKey.apply(item);
                if (key != null) {
                    open.computeIfAbsent(key, k -> new ArrayDeque<>()).add(item);
                }
            }
            if (unique) {
                Set<String> once = onceIn(draft, draftKey);
                once.retainAll(onceIn(fromFile, fileKey));
                open.keySet().retainAll(once);
            }
            for (T item : fromFile) {
                if (ids.containsKey(id.apply(item))) {
                    continue;
                }
                String key = fileKey.apply(item);
                Deque<T> candidates = key == null ? null : open.get(key);
                if (candidates == null || candidates.isEmpty()) {
                    continue;
                }
                String partner = id.apply(candidates.poll());
                ids.put(id.apply(item), partner);
                taken.add(partner);
                matchedBy.put(partner, basis);
            }
        }

        /** The keys that occur exactly once among all the items (matched or not). */
        private Set<String> onceIn(List<T> items, Function<T, String> key) {
            Map<String, Integer> counts = new HashMap<>();
            for (T item : items) {
                String k = key.apply(item);
                if (k != null) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
            Set<String> once = new HashSet<>();
            counts.forEach((k, n) -> {
                if (n == 1) {
                    once.add(k);
                }
            });
            return once;
        }
    }
}
