package org.ariadne.partners.coordination.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.springframework.stereotype.Component;

/** Indexes of bodies and reminder notifications in a tenant database; idempotent. */
@Component
class BodyIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase db) {
        db.getCollection(MongoBodyRepository.COLLECTION).createIndex(Indexes.ascending("memberships.institutionId"),
                new IndexOptions().name("member_institution"));
        db.getCollection(MongoBodyRepository.COLLECTION).createIndex(Indexes.ascending("tasks.assigneeInstitutionIds"),
                new IndexOptions().name("task_assignee"));
    }
}
