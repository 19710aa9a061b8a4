package org.ariadne.identity.tenant.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRepository;
import org.ariadne.identity.tenant.TenantStatus;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantRegistryStamp;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The registry in {@code platform__registry.tenants}: {@code {_id: "ba-04", name, parentId, status, languages[],
 * currency, timeZone, levelNames[], createdAt}} plus the outbox fields, which only lib-messaging touches. The
 * gateway reads {@code _id} and {@code status} of the same documents, and reads them again only when the registry's
 * stamp ({@link TenantRegistryStamp}) moved: every write here moves it after the entry is written.
 */
@Repository
class MongoTenantRepository implements TenantRepository {

    static final String COLLECTION = "tenants";

    private final OutboxCollection tenants;
    private final TenantDatabases databases;

    MongoTenantRepository(Outbox outbox, TenantDatabases databases) {
        this.tenants = outbox.platformCollection(COLLECTION);
        this.databases = databases;
        // a parent's list of its children reads only them, however many jurisdictions the platform holds
        collection().createIndex(Indexes.ascending("parentId"));
    }

    @Override
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first()).map(MongoTenantRepository::toTenant);
    }

    @Override
    public List<Tenant> all() {
        List<Tenant> all = new ArrayList<>();
        collection().find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toTenant(d)));
        return all;
    }

    @Override
    public List<Tenant> activeChildrenOf(String parentId) {
        List<Tenant> children = new ArrayList<>();
        collection().find(and(eq("parentId", parentId), eq("status", TenantStatus.ACTIVE.name())))
                .sort(Sorts.ascending("_id")).forEach(d -> children.add(toTenant(d)));
        return children;
    }

    @Override
    public boolean insert(Tenant tenant, String template, List<? extends DomainEvent> events) {
        Document document = new Document("_id", tenant.id())
                .append("name", tenant.name())
                .append("parentId", tenant.parentId())
                .append("status", tenant.status().name())
                .append("suspendedReason", tenant.suspendedReason())
                .append("languages", tenant.languages())
                .append("currency", tenant.currency())
                .append("timeZone", tenant.timeZone())
                .append("levelNames", tenant.levelNames())
                .append("template", template)
                .append("createdAt", Date.from(tenant.createdAt()));
        boolean inserted = DuplicateKeys.writeUnlessPresent(() -> tenants.insert(document, events));
        if (inserted) {
            TenantRegistryStamp.move(databases);
        }
        return inserted;
    }

    @Override
    public Optional<Tenant> changeStatus(String id, long expectedVersion, TenantStatus status, String reason,
            List<? extends DomainEvent> events) {
        Document after = tenants.update(id, expectedVersion, Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("suspendedReason", reason),
                Updates.set("statusChangedAt", new Date())), events);
        if (after != null) {
            TenantRegistryStamp.move(databases);
        }
        return Optional.ofNullable(after).map(MongoTenantRepository::toTenant);
    }

    @Override
    public void remove(String id) {
        collection().deleteOne(eq("_id", id));
        TenantRegistryStamp.move(databases);
    }

    @Override
    public Set<String> activeAmong(Collection<String> ids) {
        Set<String> active = new HashSet<>();
        collection().find(and(in("_id", ids), eq("status", TenantStatus.ACTIVE.name())))
                .projection(Projections.include("_id"))
                .forEach(d -> active.add(d.getString("_id")));
        return active;
    }

    private MongoCollection<Document> collection() {
        return tenants.documents();
    }

    private static Tenant toTenant(Document d) {
        Date createdAt = d.getDate("createdAt");
        Object version = d.get("version");
        return new Tenant(d.getString("_id"), d.getString("name"), d.getString("parentId"),
                TenantStatus.valueOf(d.getString("status")), d.getString("suspendedReason"),
                d.getList("languages", String.class, List.of()), d.getString("currency"), d.getString("timeZone"),
                d.getList("levelNames", String.class, List.of()), d.getString("template"),
                createdAt == null ? null : createdAt.toInstant(),
                version instanceof Number n ? n.longValue() : 0L);
    }
}
