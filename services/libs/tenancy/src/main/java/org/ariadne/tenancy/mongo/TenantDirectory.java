package org.ariadne.tenancy.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this service knows of the tenants (fed by identity's TenantOnboarded/TenantSuspended events), and the one
 * place that provisions a tenant's database: every {@link TenantDatabaseInitializer} runs inside the tenant's context.
 */
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);
    private static final String OFFBOARDED = "OFFBOARDED";

    private final TenantDatabases databases;
    /** Looked up when needed: an initializer may itself depend on the directory (the outbox's index). */
    private final Supplier<List<TenantDatabaseInitializer>> initializers;

    public TenantDirectory(TenantDatabases databases, Supplier<List<TenantDatabaseInitializer>> initializers) {
        this.databases = databases;
        this.initializers = initializers;
    }

    /** Records the tenant and creates its database and indexes; safe to repeat. */
    public void provision(TenantId tenant, String name, boolean active) {
        Document entry = new Document("_id", tenant.value()).append("name", name)
                .append("status", active ? "ACTIVE" : "SUSPENDED").append("updatedAt", java.util.Date.from(Instant.now()));
        tenants().replaceOne(eq("_id", tenant.value()), entry, new ReplaceOptions().upsert(true));
        initialize(tenant);
        log.info("Tenant {} provisioned for {} ({})", tenant, databases.service(), entry.getString("status"));
    }

    /**
     * Marks the tenant offboarded: it is no longer known (no scheduled work, no relay sweep, no index creation at
     * start-up), and events that still arrive for it are not applied (they would bring its database back).
     */
    public void offboarded(TenantId tenant) {
        tenants().replaceOne(eq("_id", tenant.value()), new Document("_id", tenant.value()).append("status", OFFBOARDED)
                .append("updatedAt", java.util.Date.from(Instant.now())), new ReplaceOptions().upsert(true));
    }

    public boolean isOffboarded(TenantId tenant) {
        return Optional.ofNullable(tenants().find(eq("_id", tenant.value())).first())
                .map(d -> OFFBOARDED.equals(d.getString("status"))).orElse(false);
    }

    /** Forgets a tenant this service knew only because an import into it was being tried. */
    public void forget(TenantId tenant) {
        tenants().deleteOne(eq("_id", tenant.value()));
    }

    public void setActive(TenantId tenant, boolean active) {
        tenants().updateOne(and(eq("_id", tenant.value()), ne("status", OFFBOARDED)),
                new Document("$set", new Document("status", active ? "ACTIVE" : "SUSPENDED")));
    }

    public boolean isActive(TenantId tenant) {
        return Optional.ofNullable(tenants().find(eq("_id", tenant.value())).first())
                .map(d -> "ACTIVE".equals(d.getString("status"))).orElse(false);
    }

    /** Whether the tenant is known here and suspended (an unknown tenant is not: it may just not be provisioned yet). */
    public boolean isSuspended(TenantId tenant) {
        return Optional.ofNullable(tenants().find(eq("_id", tenant.value())).first())
                .map(d -> "SUSPENDED".equals(d.getString("status"))).orElse(false);
    }

    public List<TenantId> activeTenants() {
        List<TenantId> active = new ArrayList<>();
        for (Document d : tenants().find(eq("status", "ACTIVE"))) {
            active.add(TenantId.of(d.getString("_id")));
        }
        return active;
    }

    /** Every tenant this service has provisioned, active or suspended (a suspended tenant's events still leave). */
    public List<TenantId> knownTenants() {
        List<TenantId> known = new ArrayList<>();
        for (Document d : tenants().find(ne("status", OFFBOARDED)).projection(new Document("_id", 1))) {
            known.add(TenantId.of(d.getString("_id")));
        }
        return known;
    }

    /** Re-runs the initializers for every known tenant (at start-up: new indexes reach existing tenants). */
    public void initializeKnownTenants() {
        for (Document d : tenants().find(ne("status", OFFBOARDED))) {
            initialize(TenantId.of(d.getString("_id")));
        }
    }

    private void initialize(TenantId tenant) {
        TenantContext.runAs(tenant, () -> initializers.get().forEach(i -> i.initialize(databases.current())));
    }

    private MongoCollection<Document> tenants() {
        return databases.serviceDirectory().getCollection("tenants");
    }
}
