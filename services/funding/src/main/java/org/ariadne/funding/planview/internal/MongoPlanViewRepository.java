package org.ariadne.funding.planview.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PlannedNode;
import org.ariadne.funding.planview.PrintedFunding;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The plan view in the tenant's database ({@code funding__<tenant>}): {@code plan_views}, {@code plan_nodes},
 * {@code plan_activities}. Each write is a version-guarded upsert of one document; when the document already holds
 * the event's plan version or a newer one, the upsert's insert collides with the existing id and the duplicate-key
 * error means "already applied".
 */
@Repository
class MongoPlanViewRepository implements PlanViewRepository {

    static final String PLANS = "plan_views";
    static final String NODES = "plan_nodes";
    static final String ACTIVITIES = "plan_activities";
    private static final String SOURCE_VERSION = "sourceVersion";
    private static final String REMOVED = "removed";

    private final TenantDatabases databases;

    MongoPlanViewRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void savePlan(String planId, String title, long sourceVersion) {
        applyIfNewer(PLANS, planId, sourceVersion, new Document("title", title));
    }

    @Override
    public void saveNode(PlannedNode node, long sourceVersion) {
        applyIfNewer(NODES, node.planId() + "/" + node.nodeId(), sourceVersion, new Document("planId", node.planId())
                .append("nodeId", node.nodeId()).append("parentId", node.parentId()).append("level", node.level())
                .append("code", node.code()).append("title", node.title()).append(REMOVED, false));
    }

    @Override
    public void removeNode(String planId, String nodeId, long sourceVersion) {
        applyIfNewer(NODES, planId + "/" + nodeId, sourceVersion, new Document("planId", planId).append("nodeId", nodeId)
                .append(REMOVED, true));
    }

    @Override
    public void saveActivity(PlannedActivity a, long sourceVersion) {
        List<Document> funding = new ArrayList<>();
        for (PrintedFunding f : a.funding()) {
            funding.add(new Document("kind", f.kind()).append("label", f.label()).append("holder", f.holder())
                    .append("amount", f.amount() == null ? null : f.amount().toPlainString()).append("currency", f.currency())
                    .append("year", f.year()));
        }
        applyIfNewer(ACTIVITIES, a.planId() + "/" + a.activityId(), sourceVersion, new Document("planId", a.planId())
                .append("activityId", a.activityId()).append("nodeId", a.nodeId()).append("code", a.code())
                .append("title", a.title()).append("leadInstitutions", a.leadInstitutions()).append("funders", a.funders())
                .append("funding", funding).append("deadlineStart", a.deadlineStart()).append("deadlineEnd", a.deadlineEnd())
                .append(REMOVED, false));
    }

    @Override
    public void removeActivity(String planId, String activityId, long sourceVersion) {
        applyIfNewer(ACTIVITIES, planId + "/" + activityId, sourceVersion, new Document("planId", planId)
                .append("activityId", activityId).append(REMOVED, true));
    }

    @Override
    public Optional<String> planTitle(String planId) {
        return Optional.ofNullable(collection(PLANS).find(eq("_id", planId)).first()).map(d -> d.getString("title"));
    }

    @Override
    public List<PlannedActivity> activities() {
        return activities(new Document());
    }

    @Override
    public List<PlannedActivity> activities(String planId) {
        return activities(eq("planId", planId));
    }

    @Override
    public Optional<PlannedActivity> activity(String planId, String activityId) {
        return activities(eq("_id", planId + "/" + activityId)).stream().findFirst();
    }

    @Override
    public List<PlannedActivity> activitiesWithCode(String code) {
        return activities(and(eq("code", code), ne(REMOVED, true)));
    }

    @Override
    public List<PlannedNode> nodes(String planId) {
        List<PlannedNode> nodes = new ArrayList<>();
        for (Document d : collection(NODES).find(eq("planId", planId))) {
            Number level = d.get("level", Number.class);
            nodes.add(new PlannedNode(d.getString("planId"), d.getString("nodeId"), d.getString("parentId"),
                    level == null ? 0 : level.intValue(), d.getString("code"), d.getString("title"), d.getBoolean(REMOVED, false)));
        }
        return nodes;
    }

    @Override
    public String stamp() {
        StringBuilder stamp = new StringBuilder();
        for (String name : List.of(PLANS, NODES, ACTIVITIES)) {
            Document sums = collection(name).aggregate(List.of(new Document("$group", new Document("_id", null)
                    .append("documents", new Document("$sum", 1)).append("versions", new Document("$sum", "$" + SOURCE_VERSION)))))
                    .first();
            stamp.append(sums == null ? "0:0" : ((Number) sums.get("documents")).longValue() + ":"
                    + ((Number) sums.get("versions")).longValue()).append('/');
        }
        return stamp.toString();
    }

    private List<PlannedActivity> activities(Bson filter) {
        List<PlannedActivity> activities = new ArrayList<>();
        for (Document d : collection(ACTIVITIES).find(filter)) {
            List<PrintedFunding> funding = new ArrayList<>();
            for (Document f : d.getList("funding", Document.class, List.of())) {
                Number year = f.get("year", Number.class);
                funding.add(new PrintedFunding(f.getString("kind"), f.getString("label"), f.getString("holder"),
                        f.getString("amount") == null ? null : new BigDecimal(f.getString("amount")), f.getString("currency"),
                        year == null ? null : year.intValue()));
            }
            activities.add(new PlannedActivity(d.getString("planId"), d.getString("activityId"), d.getString("nodeId"),
                    d.getString("code"), d.getString("title"), d.getList("leadInstitutions", String.class, List.of()),
                    d.getList("funders", String.class, List.of()), funding, d.getString("deadlineStart"),
                    d.getString("deadlineEnd"), d.getBoolean(REMOVED, false)));
        }
        return activities;
    }

    private void applyIfNewer(String collectionName, String id, long sourceVersion, Document fields) {
        // false: already at this version or a newer one (a duplicate or a replay)
        VersionGuardedWrite.applyIfNewer(collection(collectionName), id, SOURCE_VERSION, sourceVersion, new Document("$set", fields));
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
