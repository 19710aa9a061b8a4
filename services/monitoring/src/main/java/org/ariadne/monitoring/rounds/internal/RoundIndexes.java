package org.ariadne.monitoring.rounds.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Indexes of rounds, contributions and evidence in a tenant's database, and the activity count of rounds stored before
 * rounds kept it (so lists of rounds never read a round's copy of the plan); idempotent.
 */
@Component
class RoundIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        MongoCollection<Document> rounds = tenantDatabase.getCollection(MongoRoundRepository.ROUNDS);
        rounds.createIndex(Indexes.ascending("planId"));
        tenantDatabase.getCollection(MongoRoundRepository.CONTRIBUTIONS).createIndex(Indexes.ascending("roundId", "institution"));
        tenantDatabase.getCollection(MongoRoundRepository.EVIDENCE).createIndex(Indexes.ascending("roundId"));
        for (Document round : rounds.find(Filters.exists(MongoRoundRepository.ACTIVITY_COUNT, false))
                .projection(Projections.include("activities.activityId"))) {
            rounds.updateOne(Filters.eq("_id", round.get("_id")), Updates.set(MongoRoundRepository.ACTIVITY_COUNT,
                    round.getList("activities", Document.class, List.of()).size()));
        }
    }
}
