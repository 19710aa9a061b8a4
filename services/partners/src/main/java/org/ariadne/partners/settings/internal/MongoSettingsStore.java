package org.ariadne.partners.settings.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.ariadne.partners.settings.PartnerSettings;
import org.ariadne.partners.settings.Settings;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code settings} in the tenant database, one document {@code _id: partners}. */
@Repository
class MongoSettingsStore implements Settings.SettingsStore {

    private static final String ID = "partners";
    private final TenantDatabases databases;

    MongoSettingsStore(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<PartnerSettings> find() {
        Document d = settings().find(eq("_id", ID)).first();
        if (d == null) {
            return Optional.empty();
        }
        PartnerSettings defaults = PartnerSettings.DEFAULTS;
        return Optional.of(new PartnerSettings(d.getString("language") == null ? defaults.language() : d.getString("language"),
                d.getString("coordinatorEmail"), d.getString("fromAddress") == null ? defaults.fromAddress()
                        : d.getString("fromAddress"), d.getInteger("daysBefore", defaults.daysBefore()),
                d.getInteger("daysWithoutDueDate", defaults.daysWithoutDueDate())));
    }

    @Override
    public void save(PartnerSettings s) {
        settings().replaceOne(eq("_id", ID), new Document("_id", ID).append("language", s.language())
                .append("coordinatorEmail", s.coordinatorEmail()).append("fromAddress", s.fromAddress())
                .append("daysBefore", s.daysBefore()).append("daysWithoutDueDate", s.daysWithoutDueDate()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void defaultLanguage(String language) {
        // a collision means a language is set already: the coordinator's choice stands
        DuplicateKeys.writeUnlessPresent(() -> settings().updateOne(and(eq("_id", ID), exists("language", false)),
                Updates.set("language", language), new UpdateOptions().upsert(true)));
    }

    private MongoCollection<Document> settings() {
        return databases.current().getCollection("settings");
    }
}
