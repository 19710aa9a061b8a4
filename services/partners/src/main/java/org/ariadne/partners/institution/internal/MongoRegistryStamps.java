package org.ariadne.partners.institution.internal;

import org.ariadne.partners.institution.RegistryStamps;
import org.ariadne.tenancy.mongo.ChangeStamps;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.springframework.stereotype.Component;

/**
 * {@code registry_stamp}: one stamp ({@link ChangeStamps}) {@code {_id: "registry", stamp}} in the tenant database and one
 * in {@code partners__platform}. The repositories move it after each write of institutions or aliases (also a write
 * undone), so a reader that sees the new stamp sees the write.
 */
@Component
class MongoRegistryStamps implements RegistryStamps {

    static final String COLLECTION = "registry_stamp";
    private static final String ID = "registry";

    private final TenantDatabases databases;

    MongoRegistryStamps(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Stamp current() {
        return new Stamp(ChangeStamps.read(databases.current().getCollection(COLLECTION), ID),
                ChangeStamps.read(databases.serviceDirectory().getCollection(COLLECTION), ID));
    }

    void tenantChanged() {
        ChangeStamps.move(databases.current().getCollection(COLLECTION), ID);
    }

    void globalChanged() {
        ChangeStamps.move(databases.serviceDirectory().getCollection(COLLECTION), ID);
    }
}
