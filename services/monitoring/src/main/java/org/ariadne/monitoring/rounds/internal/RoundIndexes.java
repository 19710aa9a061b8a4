package org.ariadne.monitoring.rounds.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of rounds, contributions and evidence in a tenant's database (idempotent). */
@Component
class RoundIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoRoundRepository.ROUNDS).createIndex(Indexes.ascending("planId"));
        tenantDatabase.getCollection(MongoRoundRepository.CONTRIBUTIONS).createIndex(Indexes.ascending("roundId", "institution"));
        tenantDatabase.getCollection(MongoRoundRepository.EVIDENCE).createIndex(Indexes.ascending("roundId"));
    }
}
