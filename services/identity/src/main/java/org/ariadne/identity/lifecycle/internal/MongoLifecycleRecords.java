package org.ariadne.identity.lifecycle.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.ariadne.identity.lifecycle.LifecycleRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code platform__registry.tenant_lifecycle}: {@code {_id: tenant, lastExport: {...}, offboarding: {...}}}. */
@Repository
class MongoLifecycleRecords implements LifecycleRecords {

    static final String COLLECTION = "tenant_lifecycle";

    private final TenantDatabases databases;

    MongoLifecycleRecords(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<State> find(String tenant) {
        Document d = collection().find(eq("_id", tenant)).first();
        if (d == null) {
            return Optional.empty();
        }
        Document e = d.get("lastExport", Document.class);
        Document o = d.get("offboarding", Document.class);
        return Optional.of(new State(tenant,
                e == null ? null : new Export(e.getString("jobId"), instant(e, "startedAt"), e.get("tenantVersion", Number.class).longValue(),
                        Boolean.TRUE.equals(e.getBoolean("suspended")), instant(e, "finishedAt"), e.getString("sha256"),
                        instant(e, "downloadedAt")),
                o == null ? null : new OffboardingRequest(o.getString("tokenHash"), o.getString("phrase"), o.getString("reason"),
                        o.getString("requestedBy"), instant(o, "expiresAt"))));
    }

    @Override
    public void exportStarted(String tenant, String jobId, long tenantVersion, boolean suspended, Instant at) {
        collection().updateOne(eq("_id", tenant), Updates.combine(
                Updates.set("lastExport", new Document("jobId", jobId).append("startedAt", Date.from(at))
                        .append("tenantVersion", tenantVersion).append("suspended", suspended)),
                Updates.unset("offboarding")), new UpdateOptions().upsert(true));
    }

    @Override
    public void exportFinished(String tenant, String jobId, String sha256, Instant at) {
        collection().updateOne(and(eq("_id", tenant), eq("lastExport.jobId", jobId)), Updates.combine(
                Updates.set("lastExport.finishedAt", Date.from(at)), Updates.set("lastExport.sha256", sha256)));
    }

    @Override
    public void exportDownloaded(String tenant, String jobId, Instant at) {
        collection().updateOne(and(eq("_id", tenant), eq("lastExport.jobId", jobId)),
                Updates.set("lastExport.downloadedAt", Date.from(at)));
    }

    @Override
    public void offboardingRequested(String tenant, OffboardingRequest request) {
        collection().updateOne(eq("_id", tenant), Updates.set("offboarding", new Document("tokenHash", request.tokenHash())
                .append("phrase", request.phrase()).append("reason", request.reason()).append("requestedBy", request.requestedBy())
                .append("expiresAt", Date.from(request.expiresAt()))));
    }

    @Override
    public void remove(String tenant) {
        collection().deleteOne(eq("_id", tenant));
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
