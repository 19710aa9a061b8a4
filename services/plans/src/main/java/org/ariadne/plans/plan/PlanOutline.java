package org.ariadne.plans.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan without its activities: its own fields, its nodes and the codes more than one of its activities print. It
 * is what reading one node, one activity or a search hit needs of the plan — the flags of an activity's code and the
 * path to it — so those reads never load the whole tree.
 */
public final class PlanOutline {

    private final String id;
    private final String title;
    private final List<String> levelNames;
    private final PlanMetadata metadata;
    private final int versionNumber;
    private final String status;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final List<PlanNode> nodes;
    private final Set<String> duplicateCodes;
    private final Map<String, PlanNode> nodesById = new HashMap<>();

    public PlanOutline(String id, String title, List<String> levelNames, PlanMetadata metadata, int versionNumber,
            String status, long version, Instant createdAt, Instant updatedAt, List<PlanNode> nodes,
            Set<String> duplicateCodes) {
        this.id = id;
        this.title = title;
        this.levelNames = List.copyOf(levelNames);
        this.metadata = metadata == null ? PlanMetadata.NONE : metadata;
        this.versionNumber = versionNumber;
        this.status = status == null ? PlanVersion.DRAFT : status;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.nodes = List.copyOf(nodes);
        this.duplicateCodes = Set.copyOf(duplicateCodes);
        this.nodes.forEach(n -> nodesById.put(n.id(), n));
    }

    public String id() { return id; }
    public String title() { return title; }
    public List<String> levelNames() { return levelNames; }
    public PlanMetadata metadata() { return metadata; }
    public int versionNumber() { return versionNumber; }
    public String status() { return status; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<PlanNode> nodes() { return nodes; }
    /** Codes that more than one activity of the plan prints, as printed. */
    public Set<String> duplicateCodes() { return duplicateCodes; }

    public Optional<PlanNode> node(String nodeId) {
        return Optional.ofNullable(nodeId == null ? null : nodesById.get(nodeId));
    }

    /** The name of a level (1 = top), as the plan calls it. */
    public String levelName(int level) {
        return level >= 1 && level <= levelNames.size() ? levelNames.get(level - 1) : null;
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
        if (duplicateCodes.contains(activity.code())) {
            flags.add("DUPLICATE_CODE");
        }
        String parentCode = node(activity.nodeId()).map(PlanNode::code).orElse(null);
        if (parentCode != null && !codeKey(activity.code()).startsWith(codeKey(parentCode) + ".")) {
            flags.add("CODE_PARENT_MISMATCH");
        }
        return flags;
    }

    /** The codes more than one of the activities print. */
    public static Set<String> duplicateCodes(List<PlanActivity> activities) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> duplicates = new TreeSet<>();
        for (PlanActivity a : activities) {
            if (a.code() != null && counts.merge(a.code(), 1, Integer::sum) == 2) {
                duplicates.add(a.code());
            }
        }
        return duplicates;
    }

    /** "1.2." and "1.2" are the same code; roman chapter codes ("I") never prefix activity codes. */
    private static String codeKey(String code) {
        String key = code.strip();
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
