package org.ariadne.partners.recommendation.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
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
    private final OutboxCollection recommendations;

    MongoRecommendationRepository(TenantDatabases databases, Outbox outbox) {
        this.databases = databases;
        this.recommendations = outbox.tenantCollection(RECOMMENDATIONS);
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
        Document stored = recommendations.insert(BsonRecords.toDocument(r, r.id()), events);
        return r.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Recommendation> find(String id) {
        return Optional.ofNullable(recommendations.documents().find(eq("_id", id)).projection(BsonRecords.WITHOUT_OUTBOX)
                .first()).map(d -> BsonRecords.fromDocument(d, Recommendation.class));
    }

    @Override
    public List<Recommendation> all() {
        List<Recommendation> all = new ArrayList<>();
        for (Document d : recommendations.documents().find().projection(BsonRecords.WITHOUT_OUTBOX)) {
            all.add(BsonRecords.fromDocument(d, Recommendation.class));
        }
        return all;
    }

    @Override
    public Optional<Recommendation> update(Recommendation before, Recommendation after, List<? extends DomainEvent> events) {
        Document stored = recommendations.update(before.id(), before.version(),
                BsonRecords.setState(BsonRecords.toDocument(after, after.id())), events);
        return Optional.ofNullable(stored).map(d -> BsonRecords.fromDocument(d, Recommendation.class));
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }
}
