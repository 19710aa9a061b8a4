package org.ariadne.tenancy.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>
 * {@link #isOffboarded} is asked for every inbound record, so it answers from a copy of the directory kept in memory
 * instead of a query per record. Every change of an entry, by any replica, moves a counter ({@code tenants_stamp});
 * the copy is trusted for at most {@link #DEFAULT_FRESHNESS} after the counter was last read unchanged, and read again
 * whole when it moved. So a replica learns of another replica's offboarding within that time, and
 * {@link TenantData#drop} marks the tenant first and drops its database only after twice that time: by then no
 * replica's copy can still call the tenant active. A tenant the copy does not hold has no entry, so it is not offboarded.
 */
public class TenantDirectory {

    /** How long the copy of the directory is trusted without reading the counter again. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);
    private static final String OFFBOARDED = "OFFBOARDED";
    private static final String STAMP_ID = "tenants";

    private final TenantDatabases databases;
    /** Looked up when needed: an initializer may itself depend on the directory (the outbox's index). */
    private final Supplier<List<TenantDatabaseInitializer>> initializers;
    private final long freshnessNanos;
    private volatile Snapshot snapshot = Snapshot.NONE;

    public TenantDirectory(TenantDatabases databases, Supplier<List<TenantDatabaseInitializer>> initializers) {
        this(databases, initializers, DEFAULT_FRESHNESS);
    }

    public TenantDirectory(TenantDatabases databases, Supplier<List<TenantDatabaseInitializer>> initializers, Duration freshness) {
        this.databases = databases;
        this.initializers = initializers;
        this.freshnessNanos = freshness.toNanos();
    }

    /** How long a replica may still answer from a copy that predates another replica's change of an entry. */
    public Duration freshness() {
        return Duration.ofNanos(freshnessNanos);
    }

    /** Records the tenant and creates its database and indexes; safe to repeat. */
    public void provision(TenantId tenant, String name, boolean active) {
        Document entry = new Document("_id", tenant.value()).append("name", name)
                .append("status", active ? "ACTIVE" : "SUSPENDED").append("updatedAt", java.util.Date.from(Instant.now()));
        tenants().replaceOne(eq("_id", tenant.value()), entry, new ReplaceOptions().upsert(true));
        changed();
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
        changed();
    }

    /**
     * Whether events of the tenant must no longer be applied. Answered from the copy in memory (see the class
     * comment), for tenants it holds and for those it does not.
     */
    public boolean isOffboarded(TenantId tenant) {
        // A tenant the copy does not hold had no entry when the counter was last read, as fresh as the copy's other
        // answers: every write of an entry moves the counter. Not looked up in Mongo: a service that follows tenants it
        // never provisions (identity reads every tenant's plans events for its checklists) asked it for every record.
        return OFFBOARDED.equals(current().statuses().get(tenant.value()));
    }

    /** Forgets a tenant this service knew only because an import into it was being tried. */
    public void forget(TenantId tenant) {
        tenants().deleteOne(eq("_id", tenant.value()));
        changed();
    }

    public void setActive(TenantId tenant, boolean active) {
        tenants().updateOne(and(eq("_id", tenant.value()), ne("status", OFFBOARDED)),
                new Document("$set", new Document("status", active ? "ACTIVE" : "SUSPENDED")));
        changed();
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

    private MongoCollection<Document> stamp() {
        return databases.serviceDirectory().getCollection("tenants_stamp");
    }

    /** Moves the counter after a change of an entry, so that every replica reads the directory again. */
    private void changed() {
        ChangeStamps.move(stamp(), STAMP_ID);
        snapshot = Snapshot.NONE;
    }

    /** The copy of the directory, read again when its counter was not checked within the freshness or has moved. */
    private Snapshot current() {
        Snapshot known = snapshot;
        if (System.nanoTime() - known.checkedAt() < freshnessNanos) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            long now = System.nanoTime(); // before the read: the copy is trusted from when the counter was asked
            if (now - known.checkedAt() < freshnessNanos) {
                return known;
            }
            long changes = ChangeStamps.read(stamp(), STAMP_ID);
            Snapshot fresh;
            if (known != Snapshot.NONE && known.changes() == changes) {
                fresh = new Snapshot(changes, now, known.statuses());
            } else {
                Map<String, String> statuses = new HashMap<>();
                for (Document d : tenants().find().projection(new Document("status", 1))) {
                    if (d.getString("status") != null) {
                        statuses.put(d.getString("_id"), d.getString("status"));
                    }
                }
                fresh = new Snapshot(changes, now, Map.copyOf(statuses));
            }
            snapshot = fresh;
            return fresh;
        }
    }

    /** The directory's entries as read after its counter showed {@code changes}. */
    private record Snapshot(long changes, long checkedAt, Map<String, String> statuses) {
        static final Snapshot NONE = new Snapshot(-1, System.nanoTime() - Long.MAX_VALUE / 2, Map.of());
    }
}
