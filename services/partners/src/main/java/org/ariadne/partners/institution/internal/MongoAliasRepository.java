package org.ariadne.partners.institution.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.partners.institution.Alias;
import org.ariadne.partners.institution.AliasRepository;
import org.ariadne.partners.institution.InstitutionEvents;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Aliases by key: {@code _id} is the alias key, so a key names one institution per tenant by construction and two
 * concurrent requests for one key cannot both succeed. Tenant aliases live in the tenant database, each with its own
 * outbox (AliasAdded); global ones in {@code partners__platform.aliases}.
 */
@Repository
class MongoAliasRepository implements AliasRepository {

    static final String COLLECTION = "aliases";

    private final TenantDatabases databases;
    private final OutboxCollection keys;
    private final MongoRegistryStamps stamps;

    MongoAliasRepository(TenantDatabases databases, Outbox outbox, MongoRegistryStamps stamps) {
        this.databases = databases;
        this.keys = outbox.tenantCollection(COLLECTION);
        this.stamps = stamps;
    }

    @Override
    public List<Alias> all() {
        return list(tenant(), new Document());
    }

    @Override
    public Optional<Alias> find(String key) {
        return list(tenant(), eq("_id", key)).stream().findFirst();
    }

    @Override
    public List<Alias> findAll(Collection<String> keys) {
        return list(tenant(), in("_id", keys));
    }

    @Override
    public List<Alias> of(String institutionId) {
        return list(tenant(), eq("institutionId", institutionId));
    }

    /**
     * First every alias without events, so that a clash (another request took a key meanwhile) can be undone before
     * anything was published; then each alias's AliasAdded through its outbox.
     */
    @Override
    public List<String> insertAll(List<Alias> aliases, boolean[] institutionIsGlobal) {
        List<String> clashed;
        try {
            clashed = insertOrUndo(tenant(), aliases, true);
        } finally {
            stamps.tenantChanged();
        }
        if (!clashed.isEmpty()) {
            return clashed;
        }
        String tenant = TenantContext.require().value();
        for (int i = 0; i < aliases.size(); i++) {
            Alias alias = aliases.get(i);
            keys.update(alias.key(), 1, null, InstitutionEvents.aliasAdded(tenant, alias, institutionIsGlobal[i]));
        }
        return List.of();
    }

    @Override
    public void addSpelling(String key, String spelling) {
        try {
            tenant().updateOne(eq("_id", key), Updates.addToSet("spellings", spelling));
        } finally {
            stamps.tenantChanged();
        }
    }

    @Override
    public long repoint(String from, String to) {
        try {
            return tenant().updateMany(eq("institutionId", from), Updates.set("institutionId", to)).getModifiedCount();
        } finally {
            stamps.tenantChanged();
        }
    }

    @Override
    public List<Alias> allGlobal() {
        return list(global(), new Document());
    }

    @Override
    public Optional<Alias> findGlobal(String key) {
        return list(global(), eq("_id", key)).stream().findFirst();
    }

    @Override
    public List<Alias> findAllGlobal(Collection<String> keys) {
        return list(global(), in("_id", keys));
    }

    @Override
    public List<Alias> globalOf(String institutionId) {
        return list(global(), eq("institutionId", institutionId));
    }

    @Override
    public List<String> insertAllGlobal(List<Alias> aliases) {
        try {
            return insertOrUndo(global(), aliases, false);
        } finally {
            stamps.globalChanged();
        }
    }

    @Override
    public void addGlobalSpelling(String key, String spelling) {
        try {
            global().updateOne(eq("_id", key), Updates.addToSet("spellings", spelling));
        } finally {
            stamps.globalChanged();
        }
    }

    private List<String> insertOrUndo(MongoCollection<Document> collection, List<Alias> aliases, boolean withOutbox) {
        List<String> inserted = new ArrayList<>();
        for (Alias alias : aliases) {
            Document document = BsonRecords.toDocument(alias, alias.key());
            boolean written;
            try {
                written = DuplicateKeys.writeUnlessPresent(() -> {
                    if (withOutbox) {
                        keys.insert(document, List.of());
                    } else {
                        collection.insertOne(document.append("version", 1L));
                    }
                });
            } catch (RuntimeException e) {
                collection.deleteMany(in("_id", inserted));
                throw e;
            }
            if (!written) {
                collection.deleteMany(in("_id", inserted));
                return List.of(alias.key());
            }
            inserted.add(alias.key());
        }
        return List.of();
    }

    private static List<Alias> list(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
        List<Alias> found = new ArrayList<>();
        for (Document d : collection.find(filter).projection(BsonRecords.WITHOUT_OUTBOX)) {
            found.add(BsonRecords.fromDocument(d, Alias.class));
        }
        return found;
    }

    private MongoCollection<Document> tenant() {
        return keys.documents();
    }

    private MongoCollection<Document> global() {
        return databases.serviceDirectory().getCollection(COLLECTION);
    }
}
