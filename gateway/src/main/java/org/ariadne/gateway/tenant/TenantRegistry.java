package org.ariadne.gateway.tenant;

import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantRegistryStamp;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An in-memory snapshot of {@code platform__registry.tenants} (written by identity), re-read every
 * {@code ariadne.gateway.registry-refresh} on one background thread. The request path only reads the snapshot, so
 * the blocking Mongo driver never runs on a Netty event loop. When Mongo is unreachable the last snapshot stays in
 * use and the {@code ariadne.gateway.registry.age} gauge grows; before the first successful read every tenant
 * request is refused with 503 (fail closed, never "all tenants").
 *
 * <p>A request for a tenant the snapshot does not know has the registry read again at once ({@link #recheck}), off
 * the event loop, at most once per {@link #RECHECK_SPACING} and shared by the requests that wait for it: a tenant
 * onboarded a moment ago is routed on its first request, so the periodic refresh only has to catch suspensions,
 * reactivations and offboardings — which the services enforce themselves as well — and can be slow (10 s): reading
 * every tenant of a large deployment every 2 s was the gateway's whole idle work, and it grows with the tenants.
 *
 * <p>The periodic refresh reads the registry's stamp ({@link TenantRegistryStamp}, moved by identity after every write
 * of an entry) and reads the entries again only when it moved, so an idle gateway reads one document however many
 * tenants there are. Every {@link #FULL_READ_SPACING} it reads the entries whatever the stamp says: an entry written
 * by an identity that stopped before moving the stamp is seen then.
 */
public class TenantRegistry implements SmartLifecycle {

    /** What the registry says about a tenant. */
    public enum Standing { ACTIVE, INACTIVE, UNKNOWN, NOT_LOADED }

    public static final String COLLECTION = "tenants";
    /** The least time between two reads for unknown tenants: token holders naming tenants that do not exist cannot make it more. */
    static final Duration RECHECK_SPACING = Duration.ofSeconds(1);
    /** The longest time the periodic refresh trusts the stamp alone. */
    static final Duration FULL_READ_SPACING = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    /**
     * The entries as read after the stamp showed {@code stamp}, at {@code readAtNanos}; {@code loadedAtNanos} is when
     * the registry was last read successfully (the entries, or the stamp unchanged).
     */
    private record Snapshot(Map<String, Boolean> activeById, long stamp, long readAtNanos, long loadedAtNanos) {
    }

    private final TenantDatabases databases;
    private final Duration refresh;
    private final long createdAtNanos = System.nanoTime();
    private volatile Snapshot snapshot;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean failing;
    private final AtomicReference<Mono<Void>> recheck = new AtomicReference<>();
    private final long recheckSpacingNanos;
    private final long fullReadSpacingNanos;
    private volatile long lastRecheckNanos;

    public TenantRegistry(TenantDatabases databases, Duration refresh) {
        this(databases, refresh, RECHECK_SPACING, FULL_READ_SPACING);
    }

    TenantRegistry(TenantDatabases databases, Duration refresh, Duration recheckSpacing, Duration fullReadSpacing) {
        this.databases = databases;
        this.refresh = refresh;
        this.recheckSpacingNanos = recheckSpacing.toNanos();
        this.fullReadSpacingNanos = fullReadSpacing.toNanos();
        this.lastRecheckNanos = System.nanoTime() - recheckSpacingNanos;
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

    /**
     * The tenant's standing after reading the registry again, for a tenant the snapshot does not know: the read runs on
     * Reactor's bounded-elastic threads (never on an event loop), at most once per spacing ({@link #RECHECK_SPACING}), and requests
     * that arrive while it runs wait for the same read. Within the spacing the snapshot answers as it is.
     */
    public Mono<Standing> recheck(String tenant) {
        Mono<Void> running = recheck.get();
        if (running == null) {
            long now = System.nanoTime();
            if (now - lastRecheckNanos < recheckSpacingNanos) {
                return Mono.fromSupplier(() -> standingOf(tenant));
            }
            Mono<Void> read = Mono.<Void>fromRunnable(this::refreshQuietly)
                    .subscribeOn(Schedulers.boundedElastic())
                    .doFinally(signal -> recheck.set(null))
                    .cache();
            if (recheck.compareAndSet(null, read)) {
                lastRecheckNanos = now;
                running = read;
            } else {
                running = recheck.get();
                if (running == null) {
                    return Mono.fromSupplier(() -> standingOf(tenant));
                }
            }
        }
        return running.then(Mono.fromSupplier(() -> standingOf(tenant)));
    }

    /** Reads the whole registry (blocking; background thread or tests only) and swaps the snapshot. */
    public void refresh() {
        long stamp = TenantRegistryStamp.read(databases); // before the entries: a write between the two moves it again
        long now = System.nanoTime();
        Map<String, Boolean> activeById = new HashMap<>();
        for (Document tenant : databases.platformRegistry().getCollection(COLLECTION)
                .find().projection(Projections.include("_id", "status"))) {
            if (tenant.get("_id") instanceof String id) {
                activeById.put(id, "ACTIVE".equals(tenant.get("status")));
            }
        }
        snapshot = new Snapshot(Map.copyOf(activeById), stamp, now, now);
    }

    /**
     * The periodic refresh (blocking; background thread or tests only): reads the stamp, and the whole registry only
     * when the stamp moved, or the entries were last read {@link #FULL_READ_SPACING} ago, or never.
     */
    public void refreshIfChanged() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.readAtNanos() >= fullReadSpacingNanos) {
            refresh();
            return;
        }
        long stamp = TenantRegistryStamp.read(databases);
        if (stamp != current.stamp()) {
            refresh();
            return;
        }
        // unchanged: the entries are as read, and the registry was readable now
        Snapshot known = snapshot;
        if (known == current) {
            snapshot = new Snapshot(current.activeById(), stamp, current.readAtNanos(), now);
        }
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
        quietly(this::refresh);
    }

    private void refreshIfChangedQuietly() {
        quietly(this::refreshIfChanged);
    }

    private void quietly(Runnable read) {
        try {
            read.run();
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
        executor.scheduleWithFixedDelay(this::refreshIfChangedQuietly, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
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
