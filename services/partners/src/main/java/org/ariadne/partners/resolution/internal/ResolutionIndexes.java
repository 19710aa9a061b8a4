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
        // the count's publication removes the token with {_id, countToken}: a unique index on exactly those keys answers
        // it on the Mongo wire server too, which uses an index only for a filter on exactly its keys (else it scans)
        db.getCollection(MongoReviewRepository.COLLECTION).createIndex(Indexes.ascending("_id", MongoReviewRepository.COUNT_TOKEN),
                new IndexOptions().name("id_count_token").unique(true));
        db.getCollection(MongoReadingRepository.COLLECTION).createIndex(Indexes.ascending("_id", MongoReadingRepository.COUNT_TOKEN),
                new IndexOptions().name("id_count_token").unique(true));
        MongoReviewRepository.movePlacesOutOfItems(db);
    }
}
