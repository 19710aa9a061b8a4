package org.ariadne.monitoring.planview.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.NodeView;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * The plan view in the tenant's database ({@code monitoring__<tenant>}): {@code plan_views}, {@code plan_nodes},
 * {@code plan_activities}. Each write is a version-guarded upsert of one document ({@link VersionGuardedWrite}): applied
 * only when the document does not hold the event's source version or a newer one yet.
 */
@Repository
class MongoPlanViewRepository implements PlanViewRepository {

    static final String PLANS = "plan_views";
    static final String NODES = "plan_nodes";
    static final String ACTIVITIES = "plan_activities";

    static final String SOURCE_VERSION = "sourceVersion";
    static final String INSTITUTIONS = "institutions";
    static final String INSTITUTIONS_VERSION = "institutionsVersion";
    static final String REMOVED = "removed";
    static final String PLAN_ID = "planId";
    static final String NODE_ID = "nodeId";

    private static final Logger log = LoggerFactory.getLogger(MongoPlanViewRepository.class);
    private static final Bson NOT_REMOVED = ne(REMOVED, true);

    private final TenantDatabases databases;

    MongoPlanViewRepository(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void savePlan(PlanView plan, long sourceVersion) {
        applyIfNewer(PLANS, plan.planId(), sourceVersion, new Document("title", plan.title())
                .append("levelNames", plan.levelNames() == null ? List.of() : plan.levelNames()));
    }

    @Override
    public void saveAdoption(String planId, String legalAct, String adoptionDate, long sourceVersion) {
        applyIfNewer(PLANS, planId, sourceVersion, new Document("legalAct", legalAct).append("adoptionDate", adoptionDate));
    }

    @Override
    public void saveNode(NodeView node, long sourceVersion) {
        applyIfNewer(NODES, node.nodeId(), sourceVersion, new Document(PLAN_ID, node.planId())
                .append("parentId", node.parentId())
                .append("level", node.level())
                .append("code", node.code())
                .append("title", node.title())
                .append(REMOVED, false));
    }

    @Override
    public void removeNode(String planId, String nodeId, long sourceVersion) {
        applyIfNewer(NODES, nodeId, sourceVersion, new Document(PLAN_ID, planId).append(REMOVED, true));
    }

    @Override
    public void saveActivity(ActivityView activity, long sourceVersion) {
        applyIfNewer(ACTIVITIES, activity.activityId(), sourceVersion, new Document(PLAN_ID, activity.planId())
                .append(NODE_ID, activity.nodeId())
                .append("code", activity.code())
                .append("title", activity.title())
                .append("deadline", activity.deadline())
                .append("leadInstitutions", activity.leadInstitutions())
                .append("partnerInstitutions", activity.partnerInstitutions())
                .append("deadlineEnd", activity.deadlineEnd())
                .append(REMOVED, false));
    }

    @Override
    public void removeActivity(String planId, String activityId, long sourceVersion) {
        applyIfNewer(ACTIVITIES, activityId, sourceVersion, new Document(PLAN_ID, planId).append(REMOVED, true));
    }

    @Override
    public List<PlanView> plans() {
        List<PlanView> plans = new ArrayList<>();
        for (Document d : collection(PLANS).find()) {
            plans.add(toPlan(d));
        }
        return plans;
    }

    @Override
    public List<NodeView> allNodes() {
        List<NodeView> nodes = new ArrayList<>();
        for (Document d : collection(NODES).find(NOT_REMOVED)
                .projection(Projections.include(PLAN_ID, "parentId", "level", "code", "title"))) {
            nodes.add(toNode(d));
        }
        return nodes;
    }

    @Override
    public Map<String, Map<String, Integer>> activityCounts() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Document group : collection(ACTIVITIES).aggregate(List.of(Aggregates.match(NOT_REMOVED),
                Aggregates.group(new Document(PLAN_ID, "$" + PLAN_ID).append(NODE_ID, "$" + NODE_ID),
                        Accumulators.sum("activities", 1))))) {
            Document key = group.get("_id", Document.class);
            counts.computeIfAbsent(key.getString(PLAN_ID), k -> new HashMap<>())
                    .put(key.getString(NODE_ID), group.get("activities", Number.class).intValue());
        }
        return counts;
    }

    @Override
    public Optional<PlanView> plan(String planId) {
        Document d = collection(PLANS).find(eq("_id", planId)).first();
        if (d != null) {
            return Optional.of(toPlan(d));
        }
        boolean hasContent = !ofPlan(NODES, planId).isEmpty() || !ofPlan(ACTIVITIES, planId).isEmpty();
        return hasContent ? Optional.of(new PlanView(planId, null, List.of())) : Optional.empty();
    }

    @Override
    public List<NodeView> nodes(String planId) {
        List<NodeView> nodes = new ArrayList<>();
        for (Document d : ofPlan(NODES, planId)) {
            nodes.add(toNode(d));
        }
        return nodes;
    }

    @Override
    public List<ActivityView> activities(String planId) {
        List<ActivityView> activities = new ArrayList<>();
        for (Document d : ofPlan(ACTIVITIES, planId)) {
            activities.add(new ActivityView(d.getString("_id"), d.getString(PLAN_ID), d.getString(NODE_ID),
                    d.getString("code"), d.getString("title"), d.getString("deadline"),
                    d.getList("leadInstitutions", String.class, List.of()),
                    d.getList("partnerInstitutions", String.class, List.of()), d.getString("deadlineEnd"),
                    institutions(d)));
        }
        return activities;
    }

    @Override
    public void saveInstitutions(String activityId, List<ActivityView.ResolvedInstitution> institutions, long readingVersion) {
        List<Document> resolved = new ArrayList<>();
        institutions.forEach(i -> resolved.add(new Document("printed", i.printed()).append("institutionId", i.institutionId())
                .append("institutionName", i.institutionName())));
        // an activity partners read before its plans event arrived gets its planId from that event
        if (!VersionGuardedWrite.applyIfNewer(collection(ACTIVITIES), activityId, INSTITUTIONS_VERSION, readingVersion,
                Updates.set(INSTITUTIONS, resolved))) {
            log.debug("Reading of {} already at version {} or newer", activityId, readingVersion);
        }
    }

    @Override
    public void repointInstitution(String mergedId, String survivorId, String survivorName) {
        // rare (a merge), so read, re-point and write back each reading that names the merged institution
        for (Document d : collection(ACTIVITIES).find(eq(INSTITUTIONS + ".institutionId", mergedId))) {
            List<Document> repointed = new ArrayList<>();
            for (Document i : d.getList(INSTITUTIONS, Document.class, List.of())) {
                repointed.add(mergedId.equals(i.getString("institutionId"))
                        ? new Document("printed", i.getString("printed")).append("institutionId", survivorId)
                                .append("institutionName", survivorName)
                        : i);
            }
            collection(ACTIVITIES).updateOne(eq("_id", d.getString("_id")),
                    new Document("$set", new Document(INSTITUTIONS, repointed)));
        }
    }

    private static List<ActivityView.ResolvedInstitution> institutions(Document d) {
        List<ActivityView.ResolvedInstitution> institutions = new ArrayList<>();
        for (Document i : d.getList(INSTITUTIONS, Document.class, List.of())) {
            institutions.add(new ActivityView.ResolvedInstitution(i.getString("printed"), i.getString("institutionId"),
                    i.getString("institutionName")));
        }
        return institutions;
    }

    private void applyIfNewer(String collectionName, String id, long sourceVersion, Document fields) {
        if (!VersionGuardedWrite.applyIfNewer(collection(collectionName), id, SOURCE_VERSION, sourceVersion, new Document("$set", fields))) {
            log.debug("{} {} already at version {} or newer", collectionName, id, sourceVersion);
        }
    }

    private static NodeView toNode(Document d) {
        Number level = d.get("level", Number.class);
        return new NodeView(d.getString("_id"), d.getString(PLAN_ID), d.getString("parentId"),
                level == null ? 0 : level.intValue(), d.getString("code"), d.getString("title"));
    }

    private static PlanView toPlan(Document d) {
        return new PlanView(d.getString("_id"), d.getString("title"), d.getList("levelNames", String.class, List.of()),
                d.getString("legalAct"), d.getString("adoptionDate"));
    }

    /**
     * A plan's documents not removed, found by the {@code planId} index alone: the Mongo wire server uses an index only
     * for a filter on exactly its keys, so adding the removed flag to the filter scanned the whole collection on every
     * read of a plan (docs/reliability.md, issue 14). A plan's removed documents are few.
     */
    private List<Document> ofPlan(String name, String planId) {
        List<Document> found = new ArrayList<>();
        for (Document d : collection(name).find(eq(PLAN_ID, planId))) {
            if (!Boolean.TRUE.equals(d.getBoolean(REMOVED))) {
                found.add(d);
            }
        }
        return found;
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
