package org.ariadne.partners.institution.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.ariadne.partners.institution.RegistryStamps;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code registry_stamp}: one document {@code {_id: "registry", stamp}} in the tenant database and one in
 * {@code partners__platform}. The repositories move it after each write of institutions or aliases (also a write
 * undone), so a reader that sees the new stamp sees the write.
 */
@Component
class MongoRegistryStamps implements RegistryStamps {

    static final String COLLECTION = "registry_stamp";
    private static final String ID = "registry";
    private static final String STAMP = "stamp";

    private final TenantDatabases databases;

    MongoRegistryStamps(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Stamp current() {
        return new Stamp(read(databases.current().getCollection(COLLECTION)),
                read(databases.serviceDirectory().getCollection(COLLECTION)));
    }

    void tenantChanged() {
        move(databases.current().getCollection(COLLECTION));
    }

    void globalChanged() {
        move(databases.serviceDirectory().getCollection(COLLECTION));
    }

    private static long read(MongoCollection<Document> stamps) {
        Document d = stamps.find(eq("_id", ID)).first();
        Number stamp = d == null ? null : d.get(STAMP, Number.class);
        return stamp == null ? 0 : stamp.longValue();
    }

    private static void move(MongoCollection<Document> stamps) {
        stamps.updateOne(eq("_id", ID), Updates.inc(STAMP, 1L), new UpdateOptions().upsert(true));
    }
}
