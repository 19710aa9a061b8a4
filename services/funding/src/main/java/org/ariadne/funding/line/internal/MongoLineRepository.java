package org.ariadne.funding.line.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.LineRepository;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per line in the tenant database's {@code budget_lines} collection ({@link LineDocuments}); state and
 * events are written together through the {@link Outbox}, the collection is fetched per call.
 */
@Repository
class MongoLineRepository implements LineRepository {

    static final String COLLECTION = "budget_lines";

    private final OutboxCollection lines;

    MongoLineRepository(Outbox outbox) {
        this.lines = outbox.tenantCollection(COLLECTION);
    }

    @Override
    public BudgetLine insert(BudgetLine line, List<? extends DomainEvent> events) {
        Document stored = lines.insert(LineDocuments.toDocument(line), events);
        return line.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<BudgetLine> find(String lineId) {
        return Optional.ofNullable(documents().find(eq("_id", lineId)).projection(LineDocuments.STATE).first())
                .map(LineDocuments::toLine);
    }

    @Override
    public List<BudgetLine> all() {
        return read(new Document());
    }

    @Override
    public List<BudgetLine> linkedInto(String activityTenant) {
        return read(eq("linkTenants", activityTenant));
    }

    private List<BudgetLine> read(Bson filter) {
        List<BudgetLine> found = new ArrayList<>();
        for (Document d : documents().find(filter).projection(LineDocuments.STATE).sort(Sorts.ascending("code", "title", "_id"))) {
            found.add(LineDocuments.toLine(d));
        }
        return found;
    }

    @Override
    public Optional<BudgetLine> update(BudgetLine before, BudgetLine after, List<? extends DomainEvent> events) {
        Bson state = Updates.combine(
                Updates.set("updatedAt", Date.from(after.updatedAt())),
                Updates.set("allocations", LineDocuments.allocations(after)),
                Updates.set("links", LineDocuments.links(after)),
                Updates.set("linkTenants", LineDocuments.linkTenants(after)),
                Updates.set("transactions", LineDocuments.transactions(after)),
                Updates.combine(LineDocuments.fields(after).entrySet().stream()
                        .map(e -> Updates.set(e.getKey(), e.getValue())).toList()));
        Document stored = lines.update(before.id(), before.version(), state, events);
        return Optional.ofNullable(stored).map(LineDocuments::toLine);
    }

    private MongoCollection<Document> documents() {
        return lines.documents();
    }
}
