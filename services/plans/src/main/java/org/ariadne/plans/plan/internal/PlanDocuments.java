package org.ariadne.plans.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.ActivitySearch;
import org.ariadne.plans.plan.AuditEntry;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanNode;
import org.bson.Document;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How plans look in Mongo (ADR 0009). Four collections in the tenant's database:
 * <ul>
 * <li>{@code plans}: one document per plan, the aggregate — its own fields, its nodes, the layout of its activity
 * chunks, its summary (counts, duplicate codes), the number of audit entries and the entry of the last change not yet
 * moved to the trail, plus the outbox fields lib-messaging keeps;
 * <li>{@code plan_activities}: the activities in chunks of at most {@value ActivityChunks#MAX_ACTIVITIES}, each chunk
 * immutable — a change writes new chunks for the runs of activities it changed, and the plan points at them;
 * <li>{@code plan_versions}: frozen earlier versions (nodes and the layout of their chunks, which they share with the
 * draft that followed them until it changes them);
 * <li>{@code plan_audit}: the audit trail, one document per entry, {@code _id = <planId>#<seq>}.
 * </ul>
 */
final class PlanDocuments {

    static final String PLANS = "plans";
    static final String ACTIVITY_CHUNKS = "plan_activities";
    static final String VERSIONS = "plan_versions";
    static final String AUDIT = "plan_audit";

    /** The storage shape of a plan document; documents without it are from before ADR 0009 and are migrated. */
    static final String STORAGE = "storage";
    static final int STORAGE_SHAPE = 2;
    static final String NODES = "nodes";
    /** The plan's current chunks, in order: {@code [{id, n}]} (n = how many activities the chunk holds). */
    static final String CHUNKS = "chunks";
    /** Chunks a frozen version also points at: never deleted when the draft replaces them. */
    static final String RETAINED_CHUNKS = "retainedChunks";
    static final String SUMMARY = "summary";
    static final String AUDIT_COUNT = "auditCount";
    /** Audit entries written with their change and not yet moved to {@value #AUDIT} (normally none). */
    static final String AUDIT_PENDING = "auditPending";

    /** Details, metadata and counts are plain records: Jackson maps them to and from BSON documents through JSON. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PlanDocuments() {
    }

    static Document node(PlanNode n) {
        return new Document("id", n.id()).append("parentId", n.parentId()).append("level", n.level())
                .append("code", n.code()).append("title", n.title());
    }

    static List<Document> nodes(List<PlanNode> nodes) {
        List<Document> documents = new ArrayList<>(nodes.size());
        nodes.forEach(n -> documents.add(node(n)));
        return documents;
    }

    static List<PlanNode> nodes(Document plan) {
        List<PlanNode> nodes = new ArrayList<>();
        for (Document n : plan.getList(NODES, Document.class, List.of())) {
            nodes.add(new PlanNode(n.getString("id"), n.getString("parentId"), ((Number) n.get("level")).intValue(),
                    n.getString("code"), n.getString("title")));
        }
        return nodes;
    }

    /** An activity as its chunk keeps it, with the folded text a search matches. */
    static Document activity(PlanActivity a) {
        return new Document("id", a.id()).append("nodeId", a.nodeId()).append("code", a.code())
                .append("title", a.title()).append("deadline", a.deadline())
                .append("leadInstitutions", a.leadInstitutions())
                .append("details", toBson(a.details()))
                .append("searchText", ActivitySearch.text(a));
    }

    static PlanActivity activity(Document a) {
        return new PlanActivity(a.getString("id"), a.getString("nodeId"), a.getString("code"), a.getString("title"),
                a.getString("deadline"), a.getList("leadInstitutions", String.class, List.of()),
                fromBson(a.get("details", Document.class), ActivityDetails.class));
    }

    static Document summary(PlanCounts counts, Collection<String> duplicateCodes) {
        return new Document("counts", toBson(counts)).append("duplicateCodes", List.copyOf(duplicateCodes));
    }

    static PlanMetadata metadata(Document plan) {
        return fromBson(plan.get("metadata", Document.class), PlanMetadata.class);
    }

    static int versionNumber(Document plan) {
        return plan.get("versionNumber") == null ? 1 : ((Number) plan.get("versionNumber")).intValue();
    }

    static Document audit(long seq, AuditEntry entry) {
        return toBson(entry).append("seq", seq);
    }

    static AuditEntry audit(Document d) {
        Document entry = new Document(d);
        entry.remove("_id");
        entry.remove("seq");
        entry.remove("planId");
        return fromBson(entry, AuditEntry.class);
    }

    static String auditId(String planId, long seq) {
        return planId + "#" + seq;
    }

    static String versionId(String planId, int number) {
        return planId + "#" + number;
    }

    static Date date(java.time.Instant instant) {
        return Date.from(instant);
    }

    /** How many characters of text a document holds, nested values included: a cheap bound on its stored size. */
    static long textSize(Object value) {
        if (value instanceof String text) {
            return text.length();
        }
        if (value instanceof Map<?, ?> map) {
            long size = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += String.valueOf(e.getKey()).length() + 8 + textSize(e.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> items) {
            long size = 0;
            for (Object item : items) {
                size += 8 + textSize(item);
            }
            return size;
        }
        return 8;
    }

    static Document toBson(Object record) {
        return Document.parse(JSON.writeValueAsString(record));
    }

    static <T> T fromBson(Document document, Class<T> type) {
        return document == null ? null : JSON.readValue(document.toJson(), type);
    }
}
