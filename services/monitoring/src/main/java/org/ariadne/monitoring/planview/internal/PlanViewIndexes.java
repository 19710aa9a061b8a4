package org.ariadne.monitoring.planview.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** The plan view's indexes in a tenant's database (idempotent: run at provisioning and at every start). */
@Component
class PlanViewIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoPlanViewRepository.NODES).createIndex(Indexes.ascending(MongoPlanViewRepository.PLAN_ID));
        tenantDatabase.getCollection(MongoPlanViewRepository.ACTIVITIES).createIndex(Indexes.ascending(MongoPlanViewRepository.PLAN_ID));
        tenantDatabase.getCollection(MongoPlanViewRepository.ACTIVITIES).createIndex(Indexes.ascending(MongoPlanViewRepository.NODE_ID));
        for (String collection : new String[] {MongoPlanViewRepository.PLANS, MongoPlanViewRepository.NODES, MongoPlanViewRepository.ACTIVITIES}) {
            VersionGuardedWrite.index(tenantDatabase, collection, MongoPlanViewRepository.SOURCE_VERSION);
        }
        VersionGuardedWrite.index(tenantDatabase, MongoPlanViewRepository.ACTIVITIES, MongoPlanViewRepository.INSTITUTIONS_VERSION);
    }
}
