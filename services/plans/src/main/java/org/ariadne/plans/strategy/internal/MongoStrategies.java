package org.ariadne.plans.strategy.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.plans.strategy.Strategies;
import org.ariadne.plans.strategy.Strategy;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per strategy in the tenant database's {@code strategies} collection. */
@Repository
class MongoStrategies implements Strategies {

    static final String COLLECTION = "strategies";

    private final TenantDatabases databases;

    MongoStrategies(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Strategy insert(Strategy s) {
        strategies().insertOne(new Document("_id", s.id()).append("title", s.title()).append("periodFrom", s.periodFrom())
                .append("periodTo", s.periodTo()).append("description", s.description())
                .append("createdAt", Date.from(s.createdAt())));
        return s;
    }

    @Override
    public Optional<Strategy> find(String id) {
        return Optional.ofNullable(strategies().find(eq("_id", id)).first()).map(MongoStrategies::toStrategy);
    }

    @Override
    public List<Strategy> all() {
        List<Strategy> all = new ArrayList<>();
        strategies().find().sort(Sorts.ascending("title", "_id")).forEach(d -> all.add(toStrategy(d)));
        return all;
    }

    private static Strategy toStrategy(Document d) {
        return new Strategy(d.getString("_id"), d.getString("title"), d.getString("periodFrom"), d.getString("periodTo"),
                d.getString("description"), d.getDate("createdAt").toInstant());
    }

    private MongoCollection<Document> strategies() {
        return databases.current().getCollection(COLLECTION);
    }
}
