package org.ariadne.identity.signin.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ariadne.identity.signin.SignInFailures;
import org.ariadne.identity.signin.SignInThrottleProperties;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code platform__registry.sign_in_failures}: {@code {_id: key, failures, lastFailureAt, pausedUntil, expiresAt}}.
 * Counting is one atomic {@code $inc}, a pause one {@code $max}, so concurrent replicas never lose a failure; a TTL
 * index removes a key once its window and longest pause are over.
 */
@Repository
class MongoSignInFailures implements SignInFailures {

    static final String COLLECTION = "sign_in_failures";

    private final TenantDatabases databases;
    private final Duration keepFor;

    MongoSignInFailures(TenantDatabases databases, SignInThrottleProperties properties) {
        this.databases = databases;
        this.keepFor = properties.window().plus(properties.maxPause());
        collection().createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public int increment(String key, Instant now, Duration window) {
        collection().updateOne(and(eq("_id", key), lt("lastFailureAt", Date.from(now.minus(window)))), Updates.set("failures", 0));
        Document counted = collection().findOneAndUpdate(eq("_id", key),
                Updates.combine(Updates.inc("failures", 1), Updates.set("lastFailureAt", Date.from(now)),
                        Updates.set("expiresAt", Date.from(now.plus(keepFor)))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counted == null ? 1 : counted.getInteger("failures", 1);
    }

    @Override
    public void pauseUntil(String key, Instant until) {
        collection().updateOne(eq("_id", key), Updates.max("pausedUntil", Date.from(until)));
    }

    @Override
    public Optional<Instant> pausedUntil(String key) {
        Document document = collection().find(eq("_id", key)).first();
        return Optional.ofNullable(document).map(d -> d.getDate("pausedUntil")).map(Date::toInstant);
    }

    @Override
    public void reset(String key) {
        collection().deleteOne(eq("_id", key));
    }

    private MongoCollection<Document> collection() {
        return databases.platformRegistry().getCollection(COLLECTION);
    }
}
