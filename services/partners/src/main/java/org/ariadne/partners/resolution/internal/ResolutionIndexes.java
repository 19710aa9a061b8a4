package org.ariadne.partners.resolution.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of readings and the review queue in a tenant database; idempotent. */
@Component
class ResolutionIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase db) {
        db.getCollection(MongoReviewRepository.COLLECTION).createIndex(Indexes.ascending("places.activityId"),
                new IndexOptions().name("place_activity"));
        db.getCollection(MongoReviewRepository.COLLECTION).createIndex(Indexes.ascending("status"),
                new IndexOptions().name("status"));
    }
}
