package org.ariadne.messaging;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.ariadne.tenancy.mongo.TenantDatabases;

/**
 * Where a repository gets the collection its aggregates live in. Asking for a collection registers it with the relay
 * (which drains exactly the registered collections), and gives each tenant's copy of it the index the relay looks up
 * pending documents by.
 */
public class Outbox implements TenantDatabaseInitializer {

    private final TenantDatabases databases;
    private final OutboxRelay relay;
    private final OutboxWriter writer;

    Outbox(TenantDatabases databases, OutboxRelay relay, OutboxWriter writer) {
        this.databases = databases;
        this.relay = relay;
        this.writer = writer;
    }

    /** A collection in every tenant database of this service (e.g. {@code plans}). */
    public OutboxCollection tenantCollection(String name) {
        relay.registerTenantCollection(name);
        return new OutboxCollection(name, () -> databases.current().getCollection(name), writer);
    }

    /** A collection in the platform registry (identity's tenants): only identity writes there. */
    public OutboxCollection platformCollection(String name) {
        relay.registerPlatformCollection(name);
        databases.platformRegistry().getCollection(name).createIndex(Indexes.ascending(OutboxFields.PENDING));
        return new OutboxCollection(name, () -> databases.platformRegistry().getCollection(name), writer);
    }

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        for (String collection : relay.tenantCollections()) {
            tenantDatabase.getCollection(collection).createIndex(Indexes.ascending(OutboxFields.PENDING));
        }
    }
}
