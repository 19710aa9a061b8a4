package org.ariadne.plans.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * An action plan: a tree of nodes of variable depth (the level names are the plan's, top first) and the activities
 * hanging under its nodes. Immutable: every change returns a new plan; {@link PlanEvents} derives the events from the
 * difference. The whole plan is one aggregate, stored as one document with its version.
 */
public final class Plan {

    public static final int MAX_LEVELS = 8;

    private final String id;
    private final String title;
    private final List<String> levelNames;
    private final List<PlanNode> nodes;
    private final List<PlanActivity> activities;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;
    private final PlanMetadata metadata;
    private final int versionNumber;
    private final String status;
    private final List<PlanVersion> history;

    public Plan(String id, String title, List<String> levelNames, List<PlanNode> nodes, List<PlanActivity> activities,
            Instant createdAt, Instant updatedAt, long version) {
        this(id, title, levelNames, nodes, activities, createdAt, updatedAt, version, PlanMetadata.NONE);
    }

    public Plan(String id, String title, List<String> levelNames, List<PlanNode> nodes, List<PlanActivity> activities,
            Instant createdAt, Instant updatedAt, long version, PlanMetadata metadata) {
        this(id, title, levelNames, nodes, activities, createdAt, updatedAt, version, metadata, 1, PlanVersion.DRAFT,
                List.of());
    }

    /**
     * @param versionNumber the number of the current version of the tree (1 = first)
     * @param status        the current version's status: draft or adopted (adopted = immutable)
     * @param history       earlier versions, frozen, oldest first
     */
    public Plan(String id, String title, List<String> levelNames, List<PlanNode> nodes, List<PlanActivity> activities,
            Instant createdAt, Instant updatedAt, long version, PlanMetadata metadata, int versionNumber, String status,
            List<PlanVersion> history) {
        this.metadata = metadata == null ? PlanMetadata.NONE : metadata;
        this.versionNumber = versionNumber;
        this.status = status == null ? PlanVersion.DRAFT : status;
        this.history = history == null ? List.of() : List.copyOf(history);
        this.id = id;
        this.title = title;
        this.levelNames = List.copyOf(levelNames);
        this.nodes = List.copyOf(nodes);
        this.activities = List.copyOf(activities);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new, empty plan (version 0 until it is stored). */
    public static Plan create(String id, String title, List<String> levelNames, Instant now) {
        List<String> names = new ArrayList<>();
        levelNames.forEach(name -> names.add(name.strip()));
        return new Plan(id, title.strip(), names, List.of(), List.of(), now, now, 0);
    }

    public String id() { return id; }
    public String title() { return title; }
    public List<String> levelNames() { return levelNames; }
    public List<PlanNode> nodes() { return nodes; }
    public List<PlanActivity> activities() { return activities; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public PlanMetadata metadata() { return metadata; }
    public int versionNumber() { return versionNumber; }
    public String status() { return status; }
    public List<PlanVersion> history() { return history; }

    public boolean isAdopted() {
        return PlanVersion.ADOPTED.equals(status);
    }

    /** The same plan with other metadata (period, legal act, adoption date, strategy). */
    public Plan withMetadata(PlanMetadata newMetadata, Instant now) {
        return new Plan(id, title, levelNames, nodes, activities, createdAt, now, version, newMetadata, versionNumber,
                status, history);
    }

    /**
     * The plan with its own fields changed; 422 problems for a blank title, another number of levels than the plan
     * has, a blank level name or a period that ends before it starts.
     */
    public Plan withHeader(ChangePlan change, Instant now) {
        String newTitle = change.title().orElse(title);
        if (newTitle == null || newTitle.isBlank()) {
            throw invalid("/title", "must not be blank");
        }
        List<String> newLevels = change.levelNames().orElse(levelNames);
        if (newLevels == null || newLevels.size() != levelNames.size()) {
            throw invalid("/levelNames", "must name the plan's " + levelNames.size()
                    + " levels (levels are renamed here, never added or removed)");
        }
        if (newLevels.stream().anyMatch(name -> name == null || name.isBlank())) {
            throw invalid("/levelNames", "a level name must not be blank");
        }
        PlanMetadata newMetadata = new PlanMetadata(blankToNull(change.periodFrom().orElse(metadata.periodFrom())),
                blankToNull(change.periodTo().orElse(metadata.periodTo())), metadata.legalAct(), metadata.adoptionDate(),
                blankToNull(change.strategyId().orElse(metadata.strategyId())));
        newMetadata.requireValidPeriod();
        return new Plan(id, newTitle.strip(), newLevels.stream().map(String::strip).toList(), nodes, activities,
                createdAt, now, version, newMetadata, versionNumber, status, history);
    }

    // ---------------------------------------------------------------- versions

    /** The current version as a version record. */
    public PlanVersion currentVersion() {
        return new PlanVersion(versionNumber, status, metadata.legalAct(), metadata.adoptionDate(), nodes, activities);
    }

    /** Every version, oldest first, the current one last. */
    public List<PlanVersion> versions() {
        List<PlanVersion> all = new ArrayList<>(history);
        all.add(currentVersion());
        return all;
    }

    public PlanVersion requireVersion(int number) {
        return versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version " + number + " of plan " + id));
    }

    /** 409 when the current version is adopted: it cannot change any more, only be revised. */
    public void requireDraft() {
        if (isAdopted()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + versionNumber + " of plan " + id
                    + " is adopted (" + metadata.legalAct() + ", " + metadata.adoptionDate()
                    + ") and cannot change; start a revision (POST .../revisions) and change that",
                    Map.of("versionNumber", versionNumber, "status", status));
        }
    }

    /** Adopts the current (draft) version by a legal act. */
    public Plan adopt(String legalAct, String adoptionDate, Instant now) {
        requireDraft();
        PlanMetadata adopted = new PlanMetadata(metadata.periodFrom(), metadata.periodTo(), legalAct.strip(),
                adoptionDate, metadata.strategyId());
        return new Plan(id, title, levelNames, nodes, activities, createdAt, now, version, adopted, versionNumber,
                PlanVersion.ADOPTED, history);
    }

    /** Starts a revision: the adopted version is frozen into the history, a new draft copies its tree (same ids). */
    public Plan revise(Instant now) {
        if (!isAdopted()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + versionNumber + " of plan " + id
                    + " is still a draft: change it directly; only an adopted version is revised",
                    Map.of("versionNumber", versionNumber, "status", status));
        }
        List<PlanVersion> frozen = new ArrayList<>(history);
        frozen.add(currentVersion());
        PlanMetadata draft = new PlanMetadata(metadata.periodFrom(), metadata.periodTo(), null, null,
                metadata.strategyId());
        return new Plan(id, title, levelNames, nodes, activities, createdAt, now, version, draft, versionNumber + 1,
                PlanVersion.DRAFT, frozen);
    }

    /**
     * The flags of an activity's code: DUPLICATE_CODE when another activity of the plan prints the same code,
     * CODE_PARENT_MISMATCH when the code does not start with its node's code (both kept as printed, never rejected).
     */
    public List<String> codeFlags(PlanActivity activity) {
        List<String> flags = new ArrayList<>();
        if (activity.code() == null) {
            return flags;
        }
        Map<String, Long> counts = codeCounts;
        if (counts == null) {
            counts = new HashMap<>();
            for (PlanActivity a : activities) {
                if (a.code() != null) {
                    counts.merge(a.code(), 1L, Long::sum);
                }
            }
            codeCounts = counts;
        }
        if (counts.getOrDefault(activity.code(), 0L) > 1) {
            flags.add("DUPLICATE_CODE");
        }
        String parentCode = node(activity.nodeId()).map(PlanNode::code).orElse(null);
        if (parentCode != null && !codeKey(activity.code()).startsWith(codeKey(parentCode) + ".")) {
            flags.add("CODE_PARENT_MISMATCH");
        }
        return flags;
    }

    /** "1.2." and "1.2" are the same code; roman chapter codes ("I") never prefix activity codes. */
    private static String codeKey(String code) {
        String key = code.strip();
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** Lookups built on first use (the plan is immutable): reading a 1,000-activity tree stays linear. */
    private Map<String, PlanNode> nodesById;
    private Map<String, Long> codeCounts;

    public Optional<PlanNode> node(String nodeId) {
        Map<String, PlanNode> byId = nodesById;
        if (byId == null) {
            byId = new HashMap<>();
            for (PlanNode n : nodes) {
                byId.put(n.id(), n);
            }
            nodesById = byId;
        }
        return Optional.ofNullable(nodeId == null ? null : byId.get(nodeId));
    }

    public Optional<PlanActivity> activity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    /** The name of a level (1 = top), as the plan calls it. */
    public String levelName(int level) {
        return level >= 1 && level <= levelNames.size() ? levelNames.get(level - 1) : null;
    }

    public PlanNode requireNode(String nodeId) {
        return node(nodeId).orElseThrow(() -> ProblemException.notFound("Node " + nodeId + " of plan " + id));
    }

    public PlanActivity requireActivity(String activityId) {
        return activity(activityId).orElseThrow(() -> ProblemException.notFound("Activity " + activityId + " of plan " + id));
    }

    // ---------------------------------------------------------------- nodes

    public Plan addNode(String nodeId, AddNode command, Instant now) {
        String parentId = blankToNull(command.parentId());
        int level = 1;
        if (parentId != null) {
            PlanNode parent = node(parentId).orElseThrow(() -> invalid("/parentId", "There is no node " + parentId + " in this plan"));
            level = parent.level() + 1;
            if (level > levelNames.size()) {
                throw invalid("/parentId", "A node under " + describe(parent) + " would be at level " + level
                        + ", but this plan has " + levelNames.size() + " levels " + levelNames);
            }
        }
        List<PlanNode> changed = new ArrayList<>(nodes);
        changed.add(new PlanNode(nodeId, parentId, level, blankToNull(command.code()), command.title().strip()));
        return with(changed, activities, now);
    }

    public Plan changeNode(String nodeId, ChangeNode command, Instant now) {
        PlanNode node = requireNode(nodeId);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.title().present() && command.title().value() == null) {
            problems.add(new FieldProblem("/title", "must not be null"));
        }
        String parentId = node.parentId();
        if (command.parentId().present()) {
            parentId = blankToNull(command.parentId().value());
            if (parentId != null && !parentId.equals(node.parentId())) {
                checkMove(node, parentId, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String code = blankToNull(command.code().orElse(node.code()));
        String title = command.title().orElse(node.title()).strip();
        PlanNode moved = new PlanNode(node.id(), parentId, node.level(), code, title);
        List<PlanNode> changed = new ArrayList<>();
        for (PlanNode n : nodes) {
            changed.add(n.id().equals(nodeId) ? moved : n);
        }
        return with(relevel(changed), activities, now);
    }

    private void checkMove(PlanNode node, String parentId, List<FieldProblem> problems) {
        Optional<PlanNode> parent = node(parentId);
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("/parentId", "There is no node " + parentId + " in this plan"));
            return;
        }
        if (parentId.equals(node.id()) || descendantsOf(node.id()).contains(parentId)) {
            problems.add(new FieldProblem("/parentId", "A node cannot move under itself or one of its descendants"));
            return;
        }
        int newLevel = parent.get().level() + 1;
        int deepest = newLevel + height(node.id()) - 1;
        if (deepest > levelNames.size()) {
            problems.add(new FieldProblem("/parentId", "Under " + describe(parent.get()) + " this node's subtree would reach level "
                    + deepest + ", but this plan has " + levelNames.size() + " levels " + levelNames));
        }
    }

    /** Removes an empty node: 409 while it still has child nodes or activities. */
    public Plan removeNode(String nodeId, Instant now) {
        PlanNode node = requireNode(nodeId);
        long children = nodes.stream().filter(n -> nodeId.equals(n.parentId())).count();
        long held = activities.stream().filter(a -> nodeId.equals(a.nodeId())).count();
        if (children > 0 || held > 0) {
            throw new ProblemException(ProblemType.CONFLICT, describe(node) + " still has " + children + " child node(s) and "
                    + held + " activit" + (held == 1 ? "y" : "ies") + "; move or remove them first",
                    Map.of("children", children, "activities", held));
        }
        List<PlanNode> changed = new ArrayList<>(nodes);
        changed.removeIf(n -> n.id().equals(nodeId));
        return with(changed, activities, now);
    }

    // ---------------------------------------------------------------- activities

    public Plan addActivity(String activityId, AddActivity command, Instant now) {
        String nodeId = command.nodeId();
        if (node(nodeId).isEmpty()) {
            throw invalid("/nodeId", "There is no node " + nodeId + " in this plan");
        }
        List<PlanActivity> changed = new ArrayList<>(activities);
        changed.add(new PlanActivity(activityId, nodeId, blankToNull(command.code()), command.title().strip(),
                blankToNull(command.deadline()), strip(command.leadInstitutions()), command.details()));
        return with(nodes, changed, now);
    }

    public Plan changeActivity(String activityId, ChangeActivity command, Instant now) {
        PlanActivity activity = requireActivity(activityId);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.title().present() && command.title().value() == null) {
            problems.add(new FieldProblem("/title", "must not be null"));
        }
        if (command.nodeId().present()) {
            String nodeId = command.nodeId().value();
            if (nodeId == null || nodeId.isBlank()) {
                problems.add(new FieldProblem("/nodeId", "must not be blank"));
            } else if (node(nodeId).isEmpty()) {
                problems.add(new FieldProblem("/nodeId", "There is no node " + nodeId + " in this plan"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        PlanActivity after = new PlanActivity(activity.id(),
                command.nodeId().orElse(activity.nodeId()),
                blankToNull(command.code().orElse(activity.code())),
                command.title().orElse(activity.title()).strip(),
                blankToNull(command.deadline().orElse(activity.deadline())),
                command.leadInstitutions().present() ? strip(command.leadInstitutions().value()) : activity.leadInstitutions(),
                command.details() == null ? activity.details() : command.details().apply(activity.details()));
        List<PlanActivity> changed = new ArrayList<>();
        for (PlanActivity a : activities) {
            changed.add(a.id().equals(activityId) ? after : a);
        }
        return with(nodes, changed, now);
    }

    public Plan removeActivity(String activityId, Instant now) {
        requireActivity(activityId);
        List<PlanActivity> changed = new ArrayList<>(activities);
        changed.removeIf(a -> a.id().equals(activityId));
        return with(nodes, changed, now);
    }

    // ---------------------------------------------------------------- tree helpers

    /** Every node below {@code nodeId}, at any depth. */
    public Set<String> descendantsOf(String nodeId) {
        Set<String> found = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(nodeId));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (PlanNode n : nodes) {
                if (n.parentId() != null && frontier.contains(n.parentId()) && found.add(n.id())) {
                    next.add(n.id());
                }
            }
            frontier = next;
        }
        return found;
    }

    /** Levels of the subtree rooted at {@code nodeId} (1 for a leaf). */
    private int height(String nodeId) {
        int height = 1;
        for (PlanNode n : nodes) {
            if (nodeId.equals(n.parentId())) {
                height = Math.max(height, 1 + height(n.id()));
            }
        }
        return height;
    }

    /** Recomputes every node's level from its parent chain (after a move). */
    private static List<PlanNode> relevel(List<PlanNode> nodes) {
        Map<String, PlanNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<PlanNode> result = new ArrayList<>();
        for (PlanNode n : nodes) {
            int level = 1;
            PlanNode cursor = n;
            while (cursor.parentId() != null && level <= nodes.size()) {
                cursor = byId.get(cursor.parentId());
                level++;
            }
            result.add(level == n.level() ? n : new PlanNode(n.id(), n.parentId(), level, n.code(), n.title()));
        }
        return result;
    }

    /**
     * The same plan with the institutions the activity's printed names stand for ({@code institutionIds}: printed part
     * → institution id, as the partners service reads them). Not a change of what the plan says, so also allowed on an
     * adopted version; the printed names stay as they are. Empty when the activity is not in the plan.
     */
    public Optional<Plan> withInstitutionIds(String activityId, Map<String, String> institutionIds, Instant now) {
        Optional<PlanActivity> activity = activity(activityId);
        if (activity.isEmpty() || activity.get().details().institutionIds().equals(institutionIds)) {
            return Optional.empty();
        }
        return Optional.of(withActivityDetails(activity.get(), activity.get().details().toBuilder(), institutionIds, now));
    }

    /** The same plan with every institution id {@code from} (merged away) replaced by {@code to}; empty when none named it. */
    public Optional<Plan> withInstitutionRepointed(String from, String to, Instant now) {
        Plan current = this;
        boolean changed = false;
        for (PlanActivity a : activities) {
            if (a.details().institutionIds().containsValue(from)) {
                Map<String, String> ids = new java.util.LinkedHashMap<>();
                a.details().institutionIds().forEach((printed, id) -> ids.put(printed, from.equals(id) ? to : id));
                current = current.withActivityDetails(current.requireActivity(a.id()), a.details().toBuilder(), ids, now);
                changed = true;
            }
        }
        return changed ? Optional.of(current) : Optional.empty();
    }

    private Plan withActivityDetails(PlanActivity activity, ActivityDetails.Builder details, Map<String, String> ids,
            Instant now) {
        details.institutionIds = ids;
        PlanActivity after = new PlanActivity(activity.id(), activity.nodeId(), activity.code(), activity.title(),
                activity.deadline(), activity.leadInstitutions(), details.build());
        List<PlanActivity> changed = new ArrayList<>();
        for (PlanActivity a : activities) {
            changed.add(a.id().equals(activity.id()) ? after : a);
        }
        return with(nodes, changed, now);
    }

    private Plan with(List<PlanNode> newNodes, List<PlanActivity> newActivities, Instant now) {
        return new Plan(id, title, levelNames, newNodes, newActivities, createdAt, now, version, metadata, versionNumber,
                status, history);
    }

    /** The tree of one plan version (earlier or current) as a plan of its own, for reading it; 404 problem if unknown. */
    public Plan asOfVersion(int number) {
        PlanVersion v = requireVersion(number);
        return new Plan(id, title, levelNames, v.nodes(), v.activities(), createdAt, updatedAt, version, metadata,
                v.number(), v.status(), List.of());
    }

    /** The same state at another version (as stored). */
    public Plan atVersion(long storedVersion) {
        return new Plan(id, title, levelNames, nodes, activities, createdAt, updatedAt, storedVersion, metadata,
                versionNumber, status, history);
    }

    private String describe(PlanNode node) {
        String name = levelName(node.level());
        return (name == null ? "node" : name) + " " + (node.code() == null ? node.id() : node.code());
    }

    private static ProblemException invalid(String pointer, String detail) {
        return ProblemException.validation(List.of(new FieldProblem(pointer, detail)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> strip(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> result.add(v.strip()));
        }
        return result;
    }
}
