package org.ariadne.tenancy.mongo;

import com.mongodb.client.MongoDatabase;

/**
 * Creates a feature's collections and indexes in a tenant's database. Run when a tenant is provisioned and again
 * at every start for known tenants, so it must be idempotent (createIndex is).
 */
public interface TenantDatabaseInitializer {
    void initialize(MongoDatabase tenantDatabase);
}
