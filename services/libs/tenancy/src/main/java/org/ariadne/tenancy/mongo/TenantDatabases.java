package org.ariadne.tenancy.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;

/**
 * The only way to a MongoDB database: one database per (service, tenant), named {@code <service>__<tenant>}
 * (e.g. {@code plans__ba-04}), on the service's single shared client. Repositories ask for the database on every
 * call and never keep it in a field, so a tenant can never be cached across requests.
 */
public class TenantDatabases {

    static final String SEPARATOR = "__";

    private final MongoClient client;
    private final String service;

    public TenantDatabases(MongoClient client, String service) {
        if (!service.matches("[a-z][a-z0-9-]{1,30}")) {
            throw new IllegalArgumentException("Service name '" + service + "' cannot prefix a database name");
        }
        this.client = client;
        this.service = service;
    }

    /** The database of the tenant in context. */
    public MongoDatabase current() {
        return client.getDatabase(nameFor(TenantContext.require()));
    }

    /** This service's own bookkeeping (which tenants it knows), outside every tenant's data. */
    public MongoDatabase serviceDirectory() {
        return client.getDatabase(service + SEPARATOR + "platform");
    }

    /** The platform-wide tenant registry; only identity writes it, the gateway reads it. */
    public MongoDatabase platformRegistry() {
        return client.getDatabase("platform" + SEPARATOR + "registry");
    }

    public String service() {
        return service;
    }

    String nameFor(TenantId tenant) {
        return service + SEPARATOR + tenant.value();
    }
}
