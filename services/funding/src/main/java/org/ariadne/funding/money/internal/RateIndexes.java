package org.ariadne.funding.money.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** The {@code exchange_rates} index in a tenant database; idempotent. */
@Component
class RateIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection(MongoRateRepository.COLLECTION)
                .createIndex(Indexes.ascending("currency", "year"), new IndexOptions().name("currency_year"));
    }
}
