package org.ariadne.partners.institution.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes of the tenant registry (run at provisioning and every start) and of the global registry (at every start).
 * Idempotent. Alias keys need no index of their own: the key is the {@code _id}.
 */
@Configuration
class InstitutionIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase db) {
        db.getCollection(MongoInstitutionRepository.COLLECTION).createIndex(Indexes.ascending("parentId"),
                new IndexOptions().name("parent"));
        db.getCollection(MongoInstitutionRepository.COLLECTION).createIndex(Indexes.ascending("globalRef"),
                new IndexOptions().name("global_ref"));
        db.getCollection(MongoAliasRepository.COLLECTION).createIndex(Indexes.ascending("institutionId"),
                new IndexOptions().name("institution"));
    }

    @Bean
    ApplicationRunner globalRegistryIndexes(TenantDatabases databases) {
        return args -> {
            MongoDatabase platform = databases.serviceDirectory();
            platform.getCollection(MongoAliasRepository.COLLECTION).createIndex(Indexes.ascending("institutionId"),
                    new IndexOptions().name("institution"));
            platform.getCollection(MongoInstitutionRepository.COLLECTION).createIndex(Indexes.ascending("parentId"),
                    new IndexOptions().name("parent"));
        };
    }
}
