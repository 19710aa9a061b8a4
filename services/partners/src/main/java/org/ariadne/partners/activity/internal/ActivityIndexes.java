package org.ariadne.partners.activity.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of the activity view in a tenant database; idempotent. */
@Component
class ActivityIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase db) {
        db.getCollection(MongoActivityViews.COLLECTION).createIndex(Indexes.ascending("codeKey"),
                new IndexOptions().name("code"));
        db.getCollection(MongoActivityViews.COLLECTION).createIndex(Indexes.ascending("planId", "removed"),
                new IndexOptions().name("plan"));
        VersionGuardedWrite.index(db, MongoActivityViews.COLLECTION, "planVersion");
    }
}
