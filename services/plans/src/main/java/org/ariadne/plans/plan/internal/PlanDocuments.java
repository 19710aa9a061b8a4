package org.ariadne.plans.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
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
                details(a.get("details", Document.class)));
    }

    /**
     * An activity's details as {@link #toBson} stored them, bound by hand: reading a plan binds them for every activity
     * (a change reads the whole tree), and Jackson's record creators (a method handle spread per call) cost most of a
     * change of a 1,000-activity plan. Field names are the records' components, as Jackson writes them.
     */
    static ActivityDetails details(Document d) {
        if (d == null) {
            return null;
        }
        Document provenance = d.get("provenance", Document.class);
        return new ActivityDetails(string(d, "description"), strings(d, "goals"), string(d, "expectedResults"),
                strings(d, "partnerInstitutions"), strings(d, "implementers"), strings(d, "funders"),
                stringMap(d, "institutionIds"), documents(d, "indicators").stream().map(PlanDocuments::indicator).toList(),
                strings(d, "meansOfVerification"), strings(d, "quantitativeTargets"), string(d, "resources"),
                documents(d, "funding").stream().map(PlanDocuments::funding).toList(), strings(d, "frameworkRefs"),
                documents(d, "responsibilities").stream().map(PlanDocuments::responsibility).toList(),
                provenance == null ? null : new ActivityDetails.Provenance(string(provenance, "sourceFile"),
                        string(provenance, "lines"), integer(provenance, "seq")),
                stringMap(d, "extra"));
    }

    private static ActivityDetails.Indicator indicator(Document d) {
        return d == null ? null : new ActivityDetails.Indicator(string(d, "text"), string(d, "type"), string(d, "unit"),
                string(d, "baseline"), stringMap(d, "targets"), strings(d, "meansOfVerification"), string(d, "disaggregation"));
    }

    private static ActivityDetails.FundingReference funding(Document d) {
        return d == null ? null : new ActivityDetails.FundingReference(string(d, "sourceKind"), string(d, "label"),
                string(d, "holder"), string(d, "amount"), string(d, "currency"), integer(d, "year"));
    }

    private static ActivityDetails.Responsibility responsibility(Document d) {
        return d == null ? null : new ActivityDetails.Responsibility(string(d, "code"), string(d, "deadline"),
                strings(d, "leadInstitutions"), strings(d, "partnerInstitutions"), strings(d, "implementers"),
                strings(d, "funders"), strings(d, "goals"), strings(d, "quantitativeTargets"), string(d, "resources"), strings(d, "indicators"),
                strings(d, "meansOfVerification"), strings(d, "frameworkRefs"), stringMap(d, "extra"));
    }

    private static String string(Document d, String key) {
        Object value = d.get(key);
        return value == null ? null : value.toString();
    }

    private static Integer integer(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static int intValue(Document d, String key) {
        Integer value = integer(d, key);
        return value == null ? 0 : value;
    }

    /** A list of texts; null when absent (the records make it empty). */
    private static List<String> strings(Document d, String key) {
        List<?> values = d.get(key, List.class);
        if (values == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(values.size());
        values.forEach(v -> texts.add(v == null ? null : v.toString()));
        return texts;
    }

    private static List<Document> documents(Document d, String key) {
        List<Document> values = d.getList(key, Document.class);
        return values == null ? List.of() : values;
    }

    private static Map<String, String> stringMap(Document d, String key) {
        Document values = d.get(key, Document.class);
        if (values == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((k, v) -> texts.put(k, v == null ? null : v.toString()));
        return texts;
    }

    static Document summary(PlanCounts counts, Collection<String> duplicateCodes) {
        return new Document("counts", toBson(counts)).append("duplicateCodes", List.copyOf(duplicateCodes));
    }

    static PlanMetadata metadata(Document plan) {
        Document m = plan.get("metadata", Document.class);
        return m == null ? null : new PlanMetadata(string(m, "periodFrom"), string(m, "periodTo"), string(m, "legalAct"),
                string(m, "adoptionDate"), string(m, "strategyId"));
    }

    /** The counts of a plan's summary, bound by hand for the list (see {@link #details}). */
    static PlanCounts counts(Document summary) {
        Document c = summary == null ? null : summary.get("counts", Document.class);
        if (c == null) {
            return null;
        }
        List<PlanCounts.LevelCount> levels = new ArrayList<>();
        for (Document level : documents(c, "levels")) {
            levels.add(new PlanCounts.LevelCount(intValue(level, "level"), string(level, "name"), intValue(level, "nodes")));
        }
        return new PlanCounts(levels, intValue(c, "activities"), intValue(c, "responsibilityBlocks"), intValue(c, "goals"));
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

    /**
     * A document is a map of the plain values {@link #toBson} stored: Jackson binds it directly, without printing it
     * as JSON text and parsing that again (which cost most of reading a large plan's activities).
     */
    static <T> T fromBson(Document document, Class<T> type) {
        return document == null ? null : JSON.convertValue(document, type);
    }
}
