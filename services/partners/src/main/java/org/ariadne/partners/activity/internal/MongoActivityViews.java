package org.ariadne.partners.activity.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.partners.activity.ActivityViews;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * {@code activities} in the tenant database: one document per plan activity, {@code planVersion} the guard. An
 * upsert whose guard fails on an existing document hits the unique {@code _id}: that is a stale event, ignored.
 */
@Repository
class MongoActivityViews implements ActivityViews {

    static final String COLLECTION = "activities";

    private final TenantDatabases databases;

    MongoActivityViews(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public VersionGuardedWrite.Outcome save(ActivityView a, long planVersion) {
        Bson update = Updates.combine(Updates.set("planId", a.planId()), Updates.set("code", a.code()),
                Updates.set("codeKey", codeKey(a.code())), Updates.set("title", a.title()),
                Updates.set("leadInstitutions", a.leadInstitutions()), Updates.set("partnerInstitutions",
                        a.partnerInstitutions()), Updates.set("funders", a.funders()), Updates.set("removed", false));
        // a document holding only a monitoring status has no planVersion yet
        return VersionGuardedWrite.write(activities(), a.activityId(), "planVersion", planVersion, update);
    }

    @Override
    public boolean markRemoved(String planId, String activityId, long planVersion) {
        return guarded(activityId, planVersion, Updates.combine(Updates.set("planId", planId), Updates.set("removed", true)));
    }

    @Override
    public boolean holds(String activityId, long planVersion) {
        Document d = activities().find(eq("_id", activityId)).projection(Projections.include("planVersion", "removed")).first();
        Number held = d == null ? null : d.get("planVersion", Number.class);
        return held != null && held.longValue() == planVersion && !Boolean.TRUE.equals(d.getBoolean("removed"));
    }

    private boolean guarded(String activityId, long planVersion, Bson update) {
        // a document holding only a monitoring status has no planVersion yet
        return VersionGuardedWrite.applyIfNewer(activities(), activityId, "planVersion", planVersion, update);
    }

    @Override
    public void saveStatus(String activityId, String status, String roundId, String acceptedAt) {
        activities().updateOne(eq("_id", activityId), Updates.combine(Updates.set("latestStatus", status),
                Updates.set("latestRoundId", roundId), Updates.set("latestStatusAt", acceptedAt)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<ActivityView> find(String activityId) {
        return Optional.ofNullable(activities().find(eq("_id", activityId)).first()).map(MongoActivityViews::view);
    }

    @Override
    public List<ActivityView> byCode(String code, String planId) {
        Bson filter = and(eq("codeKey", codeKey(code)), eq("removed", false));
        if (planId != null) {
            filter = and(filter, eq("planId", planId));
        }
        return list(filter);
    }

    @Override
    public List<ActivityView> all() {
        return list(in("removed", List.of(false)));
    }

    @Override
    public List<ActivityView> ofPlan(String planId) {
        // exactly the keys of the "plan" index: the Mongo wire server uses an index only for such a filter
        return list(and(eq("planId", planId), eq("removed", false)));
    }

    private List<ActivityView> list(Bson filter) {
        List<ActivityView> found = new ArrayList<>();
        for (Document d : activities().find(filter)) {
            found.add(view(d));
        }
        return found;
    }

    /** "5.1", "5.1." and " 5.1 " are one code. */
    static String codeKey(String code) {
        if (code == null) {
            return null;
        }
        String key = code.strip();
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static ActivityView view(Document d) {
        return new ActivityView(d.getString("_id"), d.getString("planId"), d.getString("code"), d.getString("title"),
                d.getList("leadInstitutions", String.class, List.of()),
                d.getList("partnerInstitutions", String.class, List.of()), d.getList("funders", String.class, List.of()),
                Boolean.TRUE.equals(d.getBoolean("removed")), d.getString("latestStatus"), d.getString("latestRoundId"),
                d.getString("latestStatusAt"));
    }

    private MongoCollection<Document> activities() {
        return databases.current().getCollection(COLLECTION);
    }
}
