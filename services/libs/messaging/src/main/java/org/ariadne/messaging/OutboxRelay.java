package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregates' outboxes, in order, with an idempotent producer (acks=all), and removes
 * them once Kafka has acknowledged them. A document is leased before it is relayed, so two replicas never relay the
 * same document at the same time. A crash between publish and removal republishes: delivery is at least once and
 * consumers are idempotent.
 * <p>
 * What it looks at stays small however many tenants there are: a write marks its tenant in this service's
 * {@code outbox_pending} collection (shared by all replicas) and wakes the relay; each pass drains only the marked
 * tenants' registered collections (one query when nothing is pending), plus the platform collections. A slow sweep
 * over every tenant of the {@link TenantDirectory} is the recovery net for a mark that got lost.
 * <p>
 * The fast path: a write hands the document it just committed to the relay's fast-path thread, which sends the
 * document's outbox at once (no poll, no claim, no read back) and removes the acknowledged events; writes arriving
 * meanwhile are sent together in the next batch. What it cannot send (Kafka away, a document leased by a relay that is
 * publishing it, a full hand-over queue, a stopped relay) it marks for the poller above, which stays the safety net.
 * The fast path and the poller may both send an event (a poller that claims the document before the fast path removed
 * it): delivery stays at least once, always in outbox order, and the consumers' version guard applies it once. A
 * replica that dies between the commit and the send leaves no mark; the sweep finds the events (at its restart at once,
 * on another replica within {@code sweep-interval}).
 */
public class OutboxRelay implements SmartLifecycle {

    static final String PENDING_MARKS = "outbox_pending";
    private static final int FAST_PATH_QUEUE = 10_000;
    private static final int FAST_PATH_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final TenantDatabases databases;
    private final TenantDirectory directory;
    /** The last poller pass found no marked tenant and published nothing: the next one may wait longer. */
    private volatile boolean lastPassIdle;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<String> tenantCollections = ConcurrentHashMap.newKeySet();
    private final Set<String> platformCollections = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Counter published;
    private final Counter failed;
    private final MultiGauge pendingGauge;
    private final Timer waited;
    private final Timer acknowledged;
    private volatile boolean running;
    private volatile Instant backOffUntil = Instant.EPOCH;
    private volatile Instant nextSweep = Instant.EPOCH;
    private Thread thread;
    private final BlockingQueue<Written> fastPath = new LinkedBlockingQueue<>(FAST_PATH_QUEUE);
    /** Events the fast path had acknowledged lately: a later write's outbox may still list them until they are pulled. */
    private final Set<String> recentlyAcknowledged = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > FAST_PATH_QUEUE;
        }
    });
    private Thread fastPathThread;

    /** A document a write just committed, with its outbox as stored. */
    private record Written(TenantId tenant, MongoCollection<Document> documents, Document document) {
    }

    public OutboxRelay(TenantDatabases databases, TenantDirectory directory, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, MeterRegistry meters) {
        this.databases = databases;
        this.directory = directory;
        this.kafka = kafka;
        this.properties = properties;
        this.published = Counter.builder("outbox.publish").tag("result", "success")
                .description("Events the outbox relay published").register(meters);
        this.failed = Counter.builder("outbox.publish").tag("result", "failure")
                .description("Outbox publish attempts that failed (Kafka unavailable)").register(meters);
        this.pendingGauge = MultiGauge.builder("outbox.pending")
                .description("Aggregates with unpublished events, per tenant").register(meters);
        // The first two legs of an event's way to the read models (docs/benchmarks.md, propagation); the consumers
        // measure the rest (InboundEventListeners).
        this.waited = propagationTimer("outbox.relay.lag", "From an event's write (its occurredAt) until the relay picked it up")
                .register(meters);
        this.acknowledged = propagationTimer("outbox.relay.publish", "From the relay picking an event up until Kafka acknowledged it")
                .register(meters);
    }

    /** A latency histogram (Prometheus buckets, so percentiles can be computed across replicas and time windows). */
    static Timer.Builder propagationTimer(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10));
    }

    void registerTenantCollection(String name) {
        tenantCollections.add(name);
    }

    void registerPlatformCollection(String name) {
        platformCollections.add(name);
    }

    Set<String> tenantCollections() {
        return Set.copyOf(tenantCollections);
    }

    /** A write committed events in {@code written}'s outbox: the fast path sends them, or the poller will. */
    void written(TenantId tenant, MongoCollection<Document> documents, Document written) {
        if (!running || !properties.fastPath() || !fastPath.offer(new Written(tenant, documents, written))) {
            pending(tenant, documents.getNamespace().getCollectionName());
        }
    }

    /** A write left events in a tenant's collection (the platform registry's when the tenant is null). */
    void pending(TenantId tenant, String collection) {
        if (tenant != null) {
            mark(tenant);
        }
        kick();
    }

    private void mark(TenantId tenant) {
        marks().updateOne(eq("_id", tenant.value()), Updates.setOnInsert("since", new Date()), new UpdateOptions().upsert(true));
    }

    /** Asks the relay to run now instead of at the next poll. */
    public void kick() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** One pass over the marked tenants and the platform collections; returns the number of events published. */
    int relayPending() {
        Set<TenantId> tenants = new LinkedHashSet<>();
        for (Document mark : marks().find()) {
            String id = mark.getString("_id");
            if (TenantId.isValid(id)) {
                tenants.add(TenantId.of(id));
            }
        }
        boolean marked = !tenants.isEmpty();
        if (!Instant.now().isBefore(nextSweep)) {
            tenants.addAll(directory.knownTenants());
            nextSweep = Instant.now().plus(properties.sweepInterval());
        }
        int published = relay(tenants);
        // a pass that met a Kafka outage is not idle: the platform collections' events, which leave no mark, are retried
        // at the poll interval too
        lastPassIdle = !marked && published == 0 && !Instant.now().isBefore(backOffUntil);
        return published;
    }

    /** A full pass over every tenant this service knows and the platform collections (recovery, tests). */
    public int relayOnce() {
        return relay(new LinkedHashSet<>(directory.knownTenants()));
    }

    private int relay(Set<TenantId> tenants) {
        int count = 0;
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (TenantId tenant : tenants) {
            if (Instant.now().isBefore(backOffUntil)) {
                break; // Kafka is away: the marks stay, the back-off decides when to try again
            }
            // Unmark first: a write after this line marks again, so nothing written during the drain is missed.
            marks().deleteOne(eq("_id", tenant.value()));
            long[] left = new long[1];
            count += TenantContext.callAs(tenant, () -> {
                int n = 0;
                for (String collection : tenantCollections) {
                    MongoCollection<Document> documents = databases.current().getCollection(collection);
                    n += drain(documents, tenant);
                    left[0] += documents.countDocuments(eq(OutboxFields.PENDING, true));
                }
                return n;
            });
            if (left[0] > 0) {
                mark(tenant); // leased by another replica, or Kafka failed: the next poll looks again
                rows.add(MultiGauge.Row.of(Tags.of("tenant", tenant.value()), left[0]));
            }
        }
        for (String collection : platformCollections) {
            count += drain(databases.platformRegistry().getCollection(collection), null);
        }
        pendingGauge.register(rows, true);
        return count;
    }

    private int drain(MongoCollection<Document> documents, TenantId expectedTenant) {
        int count = 0;
        while (running || properties.relayWhenStopped()) {
            if (Instant.now().isBefore(backOffUntil)) {
                return count;
            }
            Date now = new Date();
            Document claimed = documents.findOneAndUpdate(
                    and(eq(OutboxFields.PENDING, true), lt(OutboxFields.LEASE_UNTIL, now)),
                    Updates.combine(Updates.set(OutboxFields.LEASE_UNTIL, new Date(now.getTime() + properties.lease().toMillis())),
                            Updates.set(OutboxFields.LEASE_OWNER, owner)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (claimed == null) {
                return count;
            }
            int sent = publish(documents, claimed, expectedTenant);
            if (sent < 0) {
                return count;
            }
            count += sent;
        }
        return count;
    }

    /** Publishes a claimed document's events; returns how many, or -1 when Kafka did not acknowledge them. */
    private int publish(MongoCollection<Document> documents, Document claimed, TenantId expectedTenant) {
        Instant pickedUp = Instant.now();
        Object id = claimed.get("_id");
        List<OutboxEntry> entries = new ArrayList<>();
        claimed.getList(OutboxFields.OUTBOX, Document.class, List.of()).forEach(d -> entries.add(OutboxEntry.of(d)));
        List<String> sent = new ArrayList<>();
        try {
            List<CompletableFuture<?>> acks = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                if (expectedTenant != null && !expectedTenant.value().equals(entry.tenant())) {
                    throw new IllegalStateException("Outbox entry " + entry.eventId() + " of tenant " + entry.tenant()
                            + " found in the database of " + expectedTenant);
                }
                acks.add(kafka.send(entry.toRecord()));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Duration publishing = Duration.between(pickedUp, Instant.now());
            for (OutboxEntry entry : entries) {
                sent.add(entry.eventId());
                waited.record(Duration.between(entry.occurredAt(), pickedUp));
                acknowledged.record(publishing);
            }
        } catch (Exception e) {
            failed.increment();
            backOffUntil = Instant.now().plus(properties.retryBackoff());
            log.warn("Could not publish {} outbox event(s) of {} ({}); keeping them and retrying in {}",
                    entries.size(), id, rootMessage(e), properties.retryBackoff());
            documents.updateOne(and(eq("_id", id), eq(OutboxFields.LEASE_OWNER, owner)),
                    Updates.set(OutboxFields.LEASE_UNTIL, new Date(0)));
            return -1;
        }
        removePublished(documents, id, sent, owner);
        published.increment(sent.size());
        return sent.size();
    }

    private void fastPathLoop() {
        while (running) {
            List<Written> batch = new ArrayList<>();
            try {
                Written first = fastPath.poll(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                fastPath.drainTo(batch, FAST_PATH_BATCH - 1);
                publishWritten(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handToPoller(batch);
                return;
            } catch (RuntimeException e) {
                log.error("Outbox fast path failed; the poller publishes these events", e);
                handToPoller(batch);
            }
        }
    }

    /** Sends the outboxes of documents just written, oldest event first, and removes what Kafka acknowledged. */
    private void publishWritten(List<Written> batch) {
        // the latest write of a document lists every event of it not yet removed, so it alone is sent
        Map<String, Written> latest = new LinkedHashMap<>();
        for (Written written : batch) {
            latest.remove(written.documents().getNamespace() + "/" + written.document().get("_id"));
            latest.put(written.documents().getNamespace() + "/" + written.document().get("_id"), written);
        }
        if (Instant.now().isBefore(backOffUntil)) {
            handToPoller(latest.values()); // Kafka is away: the poller's back-off decides when to try again
            return;
        }
        Instant pickedUp = Instant.now();
        Map<Written, List<OutboxEntry>> sending = new LinkedHashMap<>();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        Date now = new Date();
        for (Written written : latest.values()) {
            Date lease = written.document().getDate(OutboxFields.LEASE_UNTIL);
            if (lease != null && lease.after(now)) {
                pending(written.tenant(), written.documents().getNamespace().getCollectionName()); // a relay is publishing it
                continue;
            }
            List<OutboxEntry> entries = new ArrayList<>();
            for (Document d : written.document().getList(OutboxFields.OUTBOX, Document.class, List.of())) {
                OutboxEntry entry = OutboxEntry.of(d);
                if (written.tenant() != null && !written.tenant().value().equals(entry.tenant())) {
                    throw new IllegalStateException("Outbox entry " + entry.eventId() + " of tenant " + entry.tenant()
                            + " written in the database of " + written.tenant());
                }
                if (!recentlyAcknowledged.contains(entry.eventId())) {
                    entries.add(entry);
                }
            }
            sending.put(written, entries);
        }
        try {
            // a send may also fail at once (no metadata within max.block.ms): the same back-off as a failed acknowledgement
            sending.values().forEach(entries -> entries.forEach(entry -> acks.add(kafka.send(entry.toRecord()))));
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handToPoller(sending.keySet());
            return;
        } catch (Exception e) {
            failed.increment();
            backOffUntil = Instant.now().plus(properties.retryBackoff());
            log.warn("Could not publish {} outbox event(s) on the fast path ({}); the poller retries in {}",
                    sending.values().stream().mapToInt(List::size).sum(),
                    rootMessage(e), properties.retryBackoff());
            handToPoller(sending.keySet());
            return;
        }
        Duration publishing = Duration.between(pickedUp, Instant.now());
        sending.forEach((written, entries) -> {
            List<String> sent = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                sent.add(entry.eventId());
                recentlyAcknowledged.add(entry.eventId());
                waited.record(Duration.between(entry.occurredAt(), pickedUp));
                acknowledged.record(publishing);
            }
            removePublished(written.documents(), written.document().get("_id"), sent, null);
            published.increment(sent.size());
        });
    }

    private void handToPoller(Iterable<Written> written) {
        for (Written w : written) {
            try {
                pending(w.tenant(), w.documents().getNamespace().getCollectionName());
            } catch (RuntimeException e) {
                // Mongo away too: the sweep finds the events
                log.warn("Could not mark {} for the outbox poller ({}); the sweep will find its events", w.tenant(), rootMessage(e));
            }
        }
    }

    /** Removes published events from a document's outbox (and releases the lease when {@code leaseOwner} holds it). */
    private void removePublished(MongoCollection<Document> documents, Object id, List<String> sent, String leaseOwner) {
        Bson pull = Updates.pull(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", sent)));
        if (leaseOwner == null) {
            documents.updateOne(eq("_id", id), pull);
        } else {
            documents.updateOne(and(eq("_id", id), eq(OutboxFields.LEASE_OWNER, leaseOwner)), Updates.combine(pull,
                    Updates.set(OutboxFields.LEASE_UNTIL, new Date(0)), Updates.set(OutboxFields.LEASE_OWNER, null)));
        }
        // Only an empty outbox clears the flag: an event appended while we published stays pending.
        documents.updateOne(and(eq("_id", id), size(OutboxFields.OUTBOX, 0)), Updates.set(OutboxFields.PENDING, false));
    }

    private MongoCollection<Document> marks() {
        return databases.serviceDirectory().getCollection(PENDING_MARKS);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The poller: a pass when a write kicks it, else after {@code poll-interval} while the last pass found work (marks
     * left by a failed send are retried at that pace), or after {@code idle-poll-interval} when it found none. A write
     * of this replica always kicks; only a mark another replica left without publishing waits that long.
     */
    private void loop() {
        while (running) {
            try {
                Duration wait = lastPassIdle ? properties.idlePollInterval() : properties.pollInterval();
                wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    relayPending();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox relay pass failed; retrying at the next poll", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        fastPathThread = new Thread(this::fastPathLoop, "outbox-fast-path");
        fastPathThread.setDaemon(true);
        fastPathThread.start();
        log.info("Outbox relay {} started: tenant collections {}, platform collections {}, poll every {}, sweep every {}",
                owner, tenantCollections, platformCollections, properties.pollInterval(), properties.sweepInterval());
    }

    @Override
    public void stop() {
        running = false;
        if (fastPathThread != null) {
            fastPathThread.interrupt();
            try {
                fastPathThread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Written> left = new ArrayList<>();
            fastPath.drainTo(left);
            handToPoller(left); // committed, not sent: the next start's poller finds them by their marks
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Kafka producer factory goes away, starts after it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
