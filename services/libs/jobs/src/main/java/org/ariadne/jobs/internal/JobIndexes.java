package org.ariadne.jobs.internal;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;

/** The jobs collection (newest first) and the file chunks (in order, one chunk per position) of a tenant. */
public class JobIndexes implements TenantDatabaseInitializer {

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        tenantDatabase.getCollection("jobs").createIndex(Indexes.descending("createdAt"));
        tenantDatabase.getCollection("job_file_chunks").createIndex(Indexes.ascending("fileId", "n"),
                new IndexOptions().unique(true));
    }
}
