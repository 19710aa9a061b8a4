package org.ariadne.gateway.tenant;

import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * An in-memory snapshot of {@code platform__registry.tenants} (written by identity), re-read every
 * {@code ariadne.gateway.registry-refresh} on one background thread. The request path only reads the snapshot, so
 * the blocking Mongo driver never runs on a Netty event loop. When Mongo is unreachable the last snapshot stays in
 * use and the {@code ariadne.gateway.registry.age} gauge grows; before the first successful read every tenant
 * request is refused with 503 (fail closed, never "all tenants").
 */
public class TenantRegistry implements SmartLifecycle {

    /** What the registry says about a tenant. */
    public enum Standing { ACTIVE, INACTIVE, UNKNOWN, NOT_LOADED }

    public static final String COLLECTION = "tenants";
    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    private record Snapshot(Map<String, Boolean> activeById, long loadedAtNanos) {
    }

    private final TenantDatabases databases;
    private final Duration refresh;
    private final long createdAtNanos = System.nanoTime();
    private volatile Snapshot snapshot;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean failing;

    public TenantRegistry(TenantDatabases databases, Duration refresh) {
        this.databases = databases;
        this.refresh = refresh;
    }

    /** Memory only: safe on an event-loop thread. */
    public Standing standingOf(String tenant) {
        Snapshot current = snapshot;
        if (current == null) {
            return Standing.NOT_LOADED;
        }
        Boolean active = current.activeById().get(tenant);
        if (active == null) {
            return Standing.UNKNOWN;
        }
        return active ? Standing.ACTIVE : Standing.INACTIVE;
    }

    /** Reads the whole registry (blocking; background thread or tests only) and swaps the snapshot. */
    public void refresh() {
        Map<String, Boolean> activeById = new HashMap<>();
        for (Document tenant : databases.platformRegistry().getCollection(COLLECTION)
                .find().projection(Projections.include("_id", "status"))) {
            if (tenant.get("_id") instanceof String id) {
                activeById.put(id, "ACTIVE".equals(tenant.get("status")));
            }
        }
        snapshot = new Snapshot(Map.copyOf(activeById), System.nanoTime());
    }

    /** Seconds since the snapshot was last read successfully (since start-up while none was). */
    public double ageSeconds() {
        Snapshot current = snapshot;
        long since = current == null ? createdAtNanos : current.loadedAtNanos();
        return (System.nanoTime() - since) / 1e9;
    }

    public int size() {
        Snapshot current = snapshot;
        return current == null ? 0 : current.activeById().size();
    }

    private void refreshQuietly() {
        try {
            refresh();
            if (failing) {
                log.info("Tenant registry readable again ({} tenants)", size());
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Tenant registry refresh failed; keeping the snapshot from {} s ago", Math.round(ageSeconds()), e);
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tenant-registry-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refreshQuietly, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        if (executor != null) {
            executor.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
