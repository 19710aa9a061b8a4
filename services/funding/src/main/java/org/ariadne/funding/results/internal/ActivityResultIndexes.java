package org.ariadne.funding.results.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** The index an activity's results are read by, in a tenant database; idempotent. */
@Component
class ActivityResultIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoActivityResults.REPORTS)
                .createIndex(Indexes.ascending("planId", "activityId"), new IndexOptions().name("activity"));
        VersionGuardedWrite.index(tenantDatabase, MongoActivityResults.ROUNDS, "sourceVersion");
        VersionGuardedWrite.index(tenantDatabase, MongoActivityResults.REPORTS, "sourceVersion");
    }
}
