package org.ariadne.plans.importing.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.ariadne.plans.importing.ImportJob;
import org.ariadne.plans.importing.ImportJobStore;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Jobs as documents in the tenant's {@code import_jobs} collection ({@code _id} = job id, the rest = the job's JSON). */
@Repository
class MongoImportJobStore implements ImportJobStore {

    static final String COLLECTION = "import_jobs";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final TenantDatabases databases;

    MongoImportJobStore(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void insert(ImportJob job) {
        jobs().insertOne(toDocument(job));
    }

    @Override
    public void save(ImportJob job) {
        jobs().replaceOne(eq("_id", job.id()), toDocument(job), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ImportJob> find(String jobId) {
        Document found = jobs().find(eq("_id", jobId)).first();
        if (found == null) {
            return Optional.empty();
        }
        found.remove("_id");
        return Optional.of(JSON.readValue(found.toJson(), ImportJob.class));
    }

    private static Document toDocument(ImportJob job) {
        Document document = Document.parse(JSON.writeValueAsString(job));
        document.put("_id", job.id());
        return document;
    }

    private MongoCollection<Document> jobs() {
        return databases.current().getCollection(COLLECTION);
    }
}
