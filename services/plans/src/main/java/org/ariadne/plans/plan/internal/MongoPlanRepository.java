package org.ariadne.plans.plan.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.AuditEntry;
import org.ariadne.plans.plan.ActivitySearch;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanMetadata;
import org.ariadne.plans.plan.PlanVersion;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanNode;
import org.ariadne.plans.plan.PlanRepository;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per plan in the tenant database's {@code plans} collection:
 * {@code {_id, title, levelNames[], nodes[], activities[], createdAt, updatedAt, version, outbox…}}. State and events
 * are written together through the {@link Outbox}; the collection is fetched per call, never kept.
 */
@Repository
class MongoPlanRepository implements PlanRepository {

    static final String COLLECTION = "plans";

    /** The outbox fields are the relay's: never read into the aggregate. */
    private static final Document STATE = new Document("title", 1).append("levelNames", 1).append("nodes", 1)
            .append("activities", 1).append("createdAt", 1).append("updatedAt", 1).append("version", 1)
            .append("metadata", 1).append("versionNumber", 1).append("status", 1).append("history", 1);

    /** Details and metadata are plain records: Jackson maps them to and from BSON documents through JSON. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final OutboxCollection plans;

    MongoPlanRepository(Outbox outbox) {
        this.plans = outbox.tenantCollection(COLLECTION);
    }

    @Override
    public Plan insert(Plan plan, List<? extends DomainEvent> events, AuditEntry audit) {
        Document stored = plans.insert(toDocument(plan).append("audit", List.of(toBson(audit))), events);
        return plan.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Plan> find(String planId) {
        return Optional.ofNullable(plans().find(eq("_id", planId)).projection(STATE).first()).map(MongoPlanRepository::toPlan);
    }

    @Override
    public List<Plan> all() {
        List<Plan> all = new ArrayList<>();
        for (Document d : plans().find().projection(STATE).sort(Sorts.ascending("title", "_id"))) {
            all.add(toPlan(d));
        }
        return all;
    }

    @Override
    public List<Plan> withActivityText(String foldedText, String planId) {
        List<Bson> filters = new ArrayList<>();
        if (foldedText != null) {
            // a plain substring: every regex metacharacter of the query escaped, no anchors (works on real MongoDB
            // and on mongo-java-server, which has no $text)
            filters.add(Filters.regex("activities.searchText", escapeRegex(foldedText)));
        }
        if (planId != null) {
            filters.add(eq("_id", planId));
        }
        List<Plan> found = new ArrayList<>();
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        for (Document d : plans().find(filter).projection(STATE).sort(Sorts.ascending("title", "_id"))) {
            found.add(toPlan(d));
        }
        return found;
    }

    @Override
    public Optional<List<AuditEntry>> audit(String planId) {
        Document found = plans().find(eq("_id", planId)).projection(new Document("audit", 1)).first();
        if (found == null) {
            return Optional.empty();
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Document entry : found.getList("audit", Document.class, List.of())) {
            entries.add(fromBson(entry, AuditEntry.class));
        }
        return Optional.of(entries);
    }

    static String escapeRegex(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    @Override
    public Optional<Plan> update(Plan before, Plan after, List<? extends DomainEvent> events, AuditEntry audit) {
        Bson state = Updates.combine(
                Updates.set("title", after.title()),
                Updates.set("levelNames", after.levelNames()),
                Updates.set("nodes", nodes(after)),
                Updates.set("activities", activities(after)),
                Updates.set("updatedAt", Date.from(after.updatedAt())),
                Updates.set("metadata", toBson(after.metadata())),
                Updates.set("versionNumber", after.versionNumber()),
                Updates.set("status", after.status()),
                Updates.set("history", history(after)),
                Updates.push("audit", toBson(audit)));
        Document stored = plans.update(before.id(), before.version(), state, events);
        return Optional.ofNullable(stored).map(MongoPlanRepository::toPlan);
    }

    private MongoCollection<Document> plans() {
        return plans.documents();
    }

    static Document toDocument(Plan plan) {
        return new Document("_id", plan.id())
                .append("title", plan.title())
                .append("levelNames", plan.levelNames())
                .append("nodes", nodes(plan))
                .append("activities", activities(plan))
                .append("metadata", toBson(plan.metadata()))
                .append("versionNumber", plan.versionNumber())
                .append("status", plan.status())
                .append("history", history(plan))
                .append("createdAt", Date.from(plan.createdAt()))
                .append("updatedAt", Date.from(plan.updatedAt()));
    }

    private static List<Document> nodes(Plan plan) {
        List<Document> nodes = new ArrayList<>();
        for (PlanNode n : plan.nodes()) {
            nodes.add(new Document("id", n.id()).append("parentId", n.parentId()).append("level", n.level())
                    .append("code", n.code()).append("title", n.title()));
        }
        return nodes;
    }

    private static List<Document> activities(Plan plan) {
        List<Document> activities = new ArrayList<>();
        for (PlanActivity a : plan.activities()) {
            activities.add(new Document("id", a.id()).append("nodeId", a.nodeId()).append("code", a.code())
                    .append("title", a.title()).append("deadline", a.deadline())
                    .append("leadInstitutions", a.leadInstitutions())
                    .append("details", toBson(a.details()))
                    .append("searchText", ActivitySearch.text(a)));
        }
        return activities;
    }

    static Plan toPlan(Document d) {
        List<PlanNode> nodes = new ArrayList<>();
        for (Document n : d.getList("nodes", Document.class, List.of())) {
            nodes.add(new PlanNode(n.getString("id"), n.getString("parentId"), ((Number) n.get("level")).intValue(),
                    n.getString("code"), n.getString("title")));
        }
        List<PlanActivity> activities = new ArrayList<>();
        for (Document a : d.getList("activities", Document.class, List.of())) {
            activities.add(new PlanActivity(a.getString("id"), a.getString("nodeId"), a.getString("code"),
                    a.getString("title"), a.getString("deadline"), a.getList("leadInstitutions", String.class, List.of()),
                    fromBson(a.get("details", Document.class), ActivityDetails.class)));
        }
        return new Plan(d.getString("_id"), d.getString("title"), d.getList("levelNames", String.class, List.of()),
                nodes, activities, d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                ((Number) d.get("version")).longValue(), fromBson(d.get("metadata", Document.class), PlanMetadata.class),
                d.get("versionNumber") == null ? 1 : ((Number) d.get("versionNumber")).intValue(), d.getString("status"),
                history(d));
    }

    /** Earlier versions are frozen copies: stored as they were, read back as they were. */
    private static List<Document> history(Plan plan) {
        List<Document> versions = new ArrayList<>();
        plan.history().forEach(v -> versions.add(toBson(v)));
        return versions;
    }

    private static List<PlanVersion> history(Document d) {
        List<PlanVersion> versions = new ArrayList<>();
        for (Document v : d.getList("history", Document.class, List.of())) {
            versions.add(fromBson(v, PlanVersion.class));
        }
        return versions;
    }

    static Document toBson(Object record) {
        return Document.parse(JSON.writeValueAsString(record));
    }

    static <T> T fromBson(Document document, Class<T> type) {
        return document == null ? null : JSON.readValue(document.toJson(), type);
    }
}
