package org.ariadne.funding.institutions.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.funding.institutions.InstitutionSpellings;
import org.ariadne.funding.institutions.SpellingKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code funding__<tenant>.institution_spellings}: {@code {_id: key, institutionId}}. */
@Repository
class MongoInstitutionSpellings implements InstitutionSpellings {

    static final String COLLECTION = "institution_spellings";

    private final TenantDatabases databases;

    MongoInstitutionSpellings(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void save(String key, String institutionId) {
        collection().updateOne(eq("_id", key), new Document("$set", new Document("institutionId", institutionId)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void merge(String mergedId, String survivorId) {
        collection().updateMany(eq("institutionId", mergedId),
                new Document("$set", new Document("institutionId", survivorId)));
    }

    @Override
    public Optional<String> resolve(String printedName) {
        List<String> keys = SpellingKeys.of(printedName);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> found = new HashMap<>();
        for (Document d : collection().find(in("_id", keys))) {
            found.put(d.getString("_id"), d.getString("institutionId"));
        }
        return keys.stream().map(found::get).filter(id -> id != null).findFirst();
    }

    private MongoCollection<Document> collection() {
        return databases.current().getCollection(COLLECTION);
    }
}
