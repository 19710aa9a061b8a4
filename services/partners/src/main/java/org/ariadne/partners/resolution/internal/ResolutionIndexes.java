package org.ariadne.partners.resolution.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of readings and the review queue in a tenant database, and the queue's places in their own collection; idempotent. */
@Component
class ResolutionIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase db) {
        db.getCollection(MongoReviewRepository.PLACES).createIndex(Indexes.ascending(MongoReviewRepository.ACTIVITY_ID),
                new IndexOptions().name("place_activity"));
        db.getCollection(MongoReviewRepository.PLACES).createIndex(Indexes.ascending(MongoReviewRepository.KEY),
                new IndexOptions().name("place_key"));
        db.getCollection(MongoReviewRepository.COLLECTION).createIndex(Indexes.ascending("status"),
                new IndexOptions().name("status"));
        // sparse: only the few documents whose count is not published yet carry a count token
        db.getCollection(MongoReviewRepository.COLLECTION).createIndex(Indexes.ascending(MongoReviewRepository.COUNT_TOKEN),
                new IndexOptions().name("count_token").sparse(true));
        db.getCollection(MongoReadingRepository.COLLECTION).createIndex(Indexes.ascending(MongoReadingRepository.COUNT_TOKEN),
                new IndexOptions().name("count_token").sparse(true));
        MongoReviewRepository.movePlacesOutOfItems(db);
    }
}
