package org.ariadne.identity.checklist.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.ariadne.identity.checklist.ChecklistRepository;
import org.ariadne.identity.checklist.ChecklistStep;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document {@code {_id: "onboarding", <step>: <first time done>}} in {@code identity__<tenant>.checklist}. (Documents
 * written before partners published its review queue also hold {@code activitiesUnderReview}, no longer read.)
 */
@Repository
class MongoChecklists implements ChecklistRepository {

    static final String COLLECTION = "checklist";
    private static final String ID = "onboarding";

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

    private MongoCollection<Document> collection() {
        return databases.current().getCollection(COLLECTION);
    }
}
