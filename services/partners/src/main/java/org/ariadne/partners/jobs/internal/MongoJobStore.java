package org.ariadne.partners.jobs.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ariadne.partners.jobs.Job;
import org.ariadne.partners.jobs.Jobs;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code jobs} in the tenant database. */
@Repository
class MongoJobStore implements Jobs.JobStore {

    private final TenantDatabases databases;

    MongoJobStore(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void insert(Job job) {
        jobs().insertOne(BsonRecords.toDocument(job, job.id()));
    }

    @Override
    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs().find(eq("_id", id)).first()).map(d -> BsonRecords.fromDocument(d, Job.class));
    }

    @Override
    public void running(String id) {
        jobs().updateOne(and(eq("_id", id), eq("state", Job.QUEUED)), Updates.set("state", Job.RUNNING));
    }

    @Override
    public void progress(String id, int done, int total) {
        jobs().updateOne(eq("_id", id), Updates.set("progress", new Document("done", done).append("total", total)));
    }

    @Override
    public void finish(String id, String state, String result, Job.Problem problem, Instant at) {
        find(id).filter(job -> Job.QUEUED.equals(job.state()) || Job.RUNNING.equals(job.state())).ifPresent(job -> {
            Job finished = new Job(job.id(), job.kind(), state, job.progress(), result, problem, job.createdBy(),
                    job.createdAt(), at);
            jobs().replaceOne(and(eq("_id", id), in("state", List.of(Job.QUEUED, Job.RUNNING))),
                    BsonRecords.toDocument(finished, id));
        });
    }

    private MongoCollection<Document> jobs() {
        return databases.current().getCollection("jobs");
    }
}
