package org.ariadne.funding.line.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The {@code budget_lines} indexes in a tenant database; idempotent (run at provisioning and every start). */
@Component
class LineIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        MongoCollection<Document> lines = tenantDatabase.getCollection(MongoLineRepository.COLLECTION);
        lines.createIndex(Indexes.ascending("linkTenants"), new IndexOptions().name("link_tenants"));
        lines.createIndex(Indexes.ascending("links.activityId"), new IndexOptions().name("link_activity"));
        lines.createIndex(Indexes.ascending("code", "title"), new IndexOptions().name("code_title"));
        lines.createIndex(Indexes.ascending("provenance"), new IndexOptions().name("provenance"));
    }
}
