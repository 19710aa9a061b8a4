package org.ariadne.plans.importing.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** The {@code import_jobs} collection's index (newest first listing); idempotent. */
@Component
class ImportJobIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoImportJobStore.COLLECTION)
                .createIndex(Indexes.descending("createdAt"), new IndexOptions().name("created_at"));
    }
}
