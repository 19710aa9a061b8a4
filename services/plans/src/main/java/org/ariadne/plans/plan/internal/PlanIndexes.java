package org.ariadne.plans.plan.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The indexes of the plans' collections in a tenant database; idempotent (run at provisioning and every start). Reads
 * of chunks, versions and audit entries go by {@code _id}; the other indexes serve the list's order, the relay and the
 * start-up sweep.
 */
@Component
class PlanIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        MongoCollection<Document> plans = tenantDatabase.getCollection(PlanDocuments.PLANS);
        plans.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().name("outbox_pending"));
        plans.createIndex(Indexes.ascending("title"), new IndexOptions().name("title"));
        // the tree no longer lives in the plan document (ADR 0009)
        dropIfPresent(plans, "activity_id");
        dropIfPresent(plans, "node_id");
        tenantDatabase.getCollection(PlanDocuments.ACTIVITY_CHUNKS).createIndex(Indexes.ascending("planId"),
                new IndexOptions().name("plan"));
        tenantDatabase.getCollection(PlanDocuments.VERSIONS).createIndex(Indexes.ascending("planId", "number"),
                new IndexOptions().name("plan_number").unique(true));
        tenantDatabase.getCollection(PlanDocuments.AUDIT).createIndex(Indexes.ascending("planId", "seq"),
                new IndexOptions().name("plan_seq").unique(true));
    }

    /** Looks first: asking to drop an index that is not there (a new tenant, or dropped at an earlier start) is logged. */
    private static void dropIfPresent(MongoCollection<Document> collection, String index) {
        for (Document existing : collection.listIndexes()) {
            if (index.equals(existing.getString("name"))) {
                try {
                    collection.dropIndex(index);
                } catch (MongoCommandException e) {
                    // dropped meanwhile by another instance starting at the same time
                }
                return;
            }
        }
    }
}
