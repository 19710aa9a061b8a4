package org.ariadne.partners.recommendation.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.OutboxWriter;
import org.ariadne.partners.recommendation.Recommendation;
import org.ariadne.partners.recommendation.RecommendationRepository;
import org.ariadne.partners.recommendation.RecommendationSource;
import org.ariadne.partners.storage.BsonRecords;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code recommendation_sources} (plain) and {@code recommendations} (aggregates with their outbox) per tenant. */
@Repository
class MongoRecommendationRepository implements RecommendationRepository {

    static final String RECOMMENDATIONS = "recommendations";
    static final String SOURCES = "recommendation_sources";

    private final TenantDatabases databases;
    private final OutboxWriter outbox;

    MongoRecommendationRepository(TenantDatabases databases, OutboxWriter outbox) {
        this.databases = databases;
        this.outbox = outbox;
    }

    @Override
    public RecommendationSource insertSource(RecommendationSource source) {
        collection(SOURCES).insertOne(BsonRecords.toDocument(source, source.id()));
        return source;
    }

    @Override
    public Optional<RecommendationSource> source(String id) {
        return Optional.ofNullable(collection(SOURCES).find(eq("_id", id)).first())
                .map(d -> BsonRecords.fromDocument(d, RecommendationSource.class));
    }

    @Override
    public List<RecommendationSource> sources() {
        List<RecommendationSource> all = new ArrayList<>();
        for (Document d : collection(SOURCES).find()) {
            all.add(BsonRecords.fromDocument(d, RecommendationSource.class));
        }
        return all;
    }

    @Override
    public Recommendation insert(Recommendation r, List<? extends DomainEvent> events) {
        Document stored = outbox.insert(collection(RECOMMENDATIONS), BsonRecords.toDocument(r, r.id()), events);
        return r.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Recommendation> find(String id) {
        return Optional.ofNullable(collection(RECOMMENDATIONS).find(eq("_id", id)).projection(BsonRecords.WITHOUT_OUTBOX)
                .first()).map(d -> BsonRecords.fromDocument(d, Recommendation.class));
    }

    @Override
    public List<Recommendation> all() {
        List<Recommendation> all = new ArrayList<>();
        for (Document d : collection(RECOMMENDATIONS).find().projection(BsonRecords.WITHOUT_OUTBOX)) {
            all.add(BsonRecords.fromDocument(d, Recommendation.class));
        }
        return all;
    }

    @Override
    public Optional<Recommendation> update(Recommendation before, Recommendation after, List<? extends DomainEvent> events) {
        Document stored = outbox.update(collection(RECOMMENDATIONS), before.id(), before.version(),
                BsonRecords.setState(BsonRecords.toDocument(after, after.id())), events);
        return Optional.ofNullable(stored).map(d -> BsonRecords.fromDocument(d, Recommendation.class));
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
