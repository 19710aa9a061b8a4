package org.ariadne.plans.settings.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import org.ariadne.plans.settings.PlanSettings;
import org.ariadne.plans.settings.PlanSettingsStore;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The settings as one document {@code {_id: "plans", defaultLevelNames: [...]}} in the tenant's {@code settings}. */
@Repository
class MongoPlanSettings implements PlanSettingsStore {

    static final String COLLECTION = "settings";
    private static final String ID = "plans";

    private final TenantDatabases databases;

    MongoPlanSettings(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public PlanSettings current() {
        Document found = settings().find(eq("_id", ID)).first();
        if (found == null) {
            return PlanSettings.NONE;
        }
        return new PlanSettings(found.getList("defaultLevelNames", String.class, List.of()));
    }

    @Override
    public void save(PlanSettings plans) {
        settings().replaceOne(eq("_id", ID), new Document("_id", ID).append("defaultLevelNames", plans.defaultLevelNames()),
                new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> settings() {
        return databases.current().getCollection(COLLECTION);
    }
}
