package org.ariadne.funding.planview.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of the plan view collections in a tenant database; idempotent. */
@Component
class PlanViewIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoPlanViewRepository.ACTIVITIES)
                .createIndex(Indexes.ascending("planId"), new IndexOptions().name("plan"));
        for (String collection : new String[] {MongoPlanViewRepository.PLANS, MongoPlanViewRepository.NODES,
                MongoPlanViewRepository.ACTIVITIES}) {
            VersionGuardedWrite.index(tenantDatabase, collection, "sourceVersion");
        }
        tenantDatabase.getCollection(MongoPlanViewRepository.ACTIVITIES)
                .createIndex(Indexes.ascending("code"), new IndexOptions().name("code"));
        tenantDatabase.getCollection(MongoPlanViewRepository.NODES)
                .createIndex(Indexes.ascending("planId"), new IndexOptions().name("plan"));
    }
}
