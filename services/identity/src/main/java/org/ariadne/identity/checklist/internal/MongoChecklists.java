package org.ariadne.identity.checklist.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ariadne.identity.checklist.ChecklistRepository;
import org.ariadne.identity.checklist.ChecklistStep;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document {@code {_id: "onboarding", <step>: <first time done>, activitiesUnderReview: [<activityId>]}} in
 * {@code identity__<tenant>.checklist}.
 */
@Repository
class MongoChecklists implements ChecklistRepository {

    static final String COLLECTION = "checklist";
    private static final String ID = "onboarding";
    private static final String UNDER_REVIEW = "activitiesUnderReview";

    private final TenantDatabases databases;

    MongoChecklists(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void markDone(ChecklistStep step, Instant at) {
        collection().updateOne(eq("_id", ID), Updates.min(step.key(), Date.from(at)), new UpdateOptions().upsert(true));
    }

    @Override
    public Map<ChecklistStep, Instant> done() {
        Map<ChecklistStep, Instant> done = new EnumMap<>(ChecklistStep.class);
        Document d = collection().find(eq("_id", ID)).first();
        if (d != null) {
            for (ChecklistStep step : ChecklistStep.values()) {
                Date at = d.getDate(step.key());
                if (at != null) {
                    done.put(step, at.toInstant());
                }
            }
        }
        return done;
    }

    @Override
    public void reopen(ChecklistStep step) {
        collection().updateOne(eq("_id", ID), Updates.unset(step.key()));
    }

    @Override
    public int activityRead(String activityId, boolean underReview) {
        Document d = collection().findOneAndUpdate(eq("_id", ID), underReview ? Updates.addToSet(UNDER_REVIEW, activityId)
                : Updates.pull(UNDER_REVIEW, activityId), new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return d == null ? 0 : d.getList(UNDER_REVIEW, String.class, List.of()).size();
    }

    private MongoCollection<Document> collection() {
        return databases.current().getCollection(COLLECTION);
    }
}
