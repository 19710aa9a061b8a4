package org.ariadne.tenancy.mongo;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The stamp ({@link ChangeStamps}) of the platform-wide tenant registry, {@code platform__registry.tenants_stamp
 * {_id: "tenants", stamp}}: identity moves it after every write of an entry of {@code platform__registry.tenants}
 * (onboarded, status changed, removed), so the gateway's copy of the registry reads one document while nothing
 * changed instead of every tenant's entry.
 */
public final class TenantRegistryStamp {

    public static final String COLLECTION = "tenants_stamp";
    private static final String ID = "tenants";

    private TenantRegistryStamp() {
    }

    /** The registry's stamp; 0 while no write has moved it. */
    public static long read(TenantDatabases databases) {
        return ChangeStamps.read(stamps(databases), ID);
    }

    /** Moves the stamp; call after the write of the entry, so a reader that sees the new stamp sees the write. */
    public static void move(TenantDatabases databases) {
        ChangeStamps.move(stamps(databases), ID);
    }

    private static MongoCollection<Document> stamps(TenantDatabases databases) {
        return databases.platformRegistry().getCollection(COLLECTION);
    }
}
