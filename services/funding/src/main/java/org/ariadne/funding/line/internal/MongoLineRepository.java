package org.ariadne.funding.line.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.LineRepository;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per line in the tenant database's {@code budget_lines} collection ({@link LineDocuments}); state and
 * events are written together through the {@link Outbox}, the collection is fetched per call.
 * <p>
 * Every total reads all of a tenant's lines, so {@link #all()} keeps the last decoded list per tenant and answers it
 * again while the tenant's lines are unchanged: a line is never deleted and every write raises its version, so the
 * number of lines and the sum of their versions (one small aggregation) change with every write. When they changed,
 * only the lines whose version differs are read again (their ids and versions first, then those documents). The
 * stamp is read before the lines, so a kept list is never older than its stamp; each instance checks the database,
 * so replicas never serve each other's stale lists.
 */
@Repository
class MongoLineRepository implements LineRepository {

    static final String COLLECTION = "budget_lines";

    private static final int CACHED_TENANTS = 50;

    private final OutboxCollection lines;
    private final TenantDatabases databases;
    private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                    return size() > CACHED_TENANTS;
                }
            });

    /** A tenant's decoded lines and the stamp they were read at. */
    private record Cached(String stamp, List<BudgetLine> lines) {

        Map<String, BudgetLine> byId() {
            Map<String, BudgetLine> byId = new java.util.HashMap<>();
            lines.forEach(l -> byId.put(l.id(), l));
            return byId;
        }
    }

    MongoLineRepository(Outbox outbox, TenantDatabases databases) {
        this.lines = outbox.tenantCollection(COLLECTION);
        this.databases = databases;
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
        String database = databases.current().getName();
        String key = stamp();
        Cached cached = cache.get(database);
        if (cached != null && cached.stamp().equals(key)) {
            return cached.lines();
        }
        List<BudgetLine> all = cached == null ? read(new Document()) : refreshed(cached);
        cache.put(database, new Cached(key, List.copyOf(all)));
        return all;
    }

    /** The kept lines with those whose version moved read again; all of them when most moved. */
    private List<BudgetLine> refreshed(Cached cached) {
        Map<String, BudgetLine> byId = cached.byId();
        List<String> changed = new ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Document d : documents().find().projection(new Document("version", 1))) {
            String id = d.getString("_id");
            present.add(id);
            BudgetLine kept = byId.get(id);
            if (kept == null || kept.version() != ((Number) d.get("version")).longValue()) {
                changed.add(id);
            }
        }
        if (changed.size() > Math.max(50, present.size() / 4)) {
            return read(new Document());
        }
        byId.keySet().retainAll(present);
        for (int from = 0; from < changed.size(); from += 500) {
            for (BudgetLine line : read(com.mongodb.client.model.Filters.in("_id", changed.subList(from,
                    Math.min(changed.size(), from + 500))))) {
                byId.put(line.id(), line);
            }
        }
        List<BudgetLine> all = new ArrayList<>(byId.values());
        all.sort(BY_CODE);
        return all;
    }

    @Override
    public String stamp() {
        return stampOf(new Document());
    }

    @Override
    public String stampLinkedInto(String activityTenant) {
        return stampOf(eq("linkTenants", activityTenant));
    }

    private String stampOf(Bson filter) {
        Document stamp = documents().aggregate(List.of(new Document("$match", filter), new Document("$group",
                new Document("_id", null).append("lines", new Document("$sum", 1))
                        .append("versions", new Document("$sum", "$version"))))).first();
        return stamp == null ? "0:0" : ((Number) stamp.get("lines")).longValue() + ":"
                + ((Number) stamp.get("versions")).longValue();
    }

    @Override
    public List<BudgetLine> linkedInto(String activityTenant) {
        return read(eq("linkTenants", activityTenant));
    }

    /** Sorted here by code, title and id (cheaper than asking the Mongo wire server to sort). */
    private List<BudgetLine> read(Bson filter) {
        List<BudgetLine> found = new ArrayList<>();
        for (Document d : documents().find(filter).projection(LineDocuments.STATE)) {
            found.add(LineDocuments.toLine(d));
        }
        found.sort(BY_CODE);
        return found;
    }

    private static final Comparator<BudgetLine> BY_CODE = Comparator
            .comparing((BudgetLine l) -> l.fields().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(l -> l.fields().title()).thenComparing(BudgetLine::id);

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
