package org.ariadne.plans.plan.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The {@code plans} collection's indexes in a tenant database; idempotent (run at provisioning and every start). */
@Component
class PlanIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        MongoCollection<Document> plans = tenantDatabase.getCollection(MongoPlanRepository.COLLECTION);
        plans.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().name("outbox_pending"));
        plans.createIndex(Indexes.ascending("activities.id"), new IndexOptions().name("activity_id"));
        plans.createIndex(Indexes.ascending("nodes.id"), new IndexOptions().name("node_id"));
        plans.createIndex(Indexes.ascending("title"), new IndexOptions().name("title"));
    }
}
