package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregates' outboxes, in order, with an idempotent producer (acks=all), and removes
 * them once Kafka has acknowledged them. A document is leased before it is relayed, so two replicas never relay the
 * same document at the same time. Each write kicks the relay; polling is the safety net (restarts, Kafka outages).
 * A crash between publish and removal republishes: delivery is at least once and consumers are idempotent.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final TenantDatabases databases;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Counter published;
    private final Counter failed;
    private final MultiGauge pendingGauge;
    private volatile boolean running;
    private volatile Instant backOffUntil = Instant.EPOCH;
    private Thread thread;

    public OutboxRelay(TenantDatabases databases, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            MeterRegistry meters) {
        this.databases = databases;
        this.kafka = kafka;
        this.properties = properties;
        this.published = Counter.builder("outbox.publish").tag("result", "success")
                .description("Events the outbox relay published").register(meters);
        this.failed = Counter.builder("outbox.publish").tag("result", "failure")
                .description("Outbox publish attempts that failed (Kafka unavailable)").register(meters);
        this.pendingGauge = MultiGauge.builder("outbox.pending")
                .description("Aggregates with unpublished events, per tenant").register(meters);
    }

    /** Asks the relay to run now instead of at the next poll. Cheap; called after every write. */
    public void kick() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** One full pass over every outbox this service owns; returns the number of events published. */
    public int relayOnce() {
        int count = 0;
        Map<String, Long> pendingPerTenant = new HashMap<>();
        for (TenantId tenant : databases.tenantsWithDatabases()) {
            count += TenantContext.callAs(tenant, () -> {
                int n = 0;
                for (String collection : properties.tenantCollections()) {
                    MongoCollection<Document> documents = databases.current().getCollection(collection);
                    n += drain(documents, tenant);
                    long pending = documents.countDocuments(eq(OutboxFields.PENDING, true));
                    pendingPerTenant.merge(tenant.value(), pending, Long::sum);
                }
                return n;
            });
        }
        for (String collection : properties.platformCollections()) {
            count += drain(databases.platformRegistry().getCollection(collection), null);
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        pendingPerTenant.forEach((tenant, n) -> rows.add(MultiGauge.Row.of(Tags.of("tenant", tenant), n)));
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
            int published = publish(documents, claimed, expectedTenant);
            if (published < 0) {
                return count; // Kafka is away: stop this pass, the back-off decides when to try again
            }
            count += published;
        }
        return count;
    }

    /** Publishes a claimed document's events; returns how many, or -1 when Kafka did not acknowledge them. */
    private int publish(MongoCollection<Document> documents, Document claimed, TenantId expectedTenant) {
        Object id = claimed.get("_id");
        List<Document> entries = claimed.getList(OutboxFields.OUTBOX, Document.class, List.of());
        List<String> sent = new ArrayList<>();
        try {
            List<CompletableFuture<?>> acks = new ArrayList<>();
            for (Document entry : entries) {
                if (expectedTenant != null && !expectedTenant.value().equals(entry.getString("tenant"))) {
                    throw new IllegalStateException("Outbox entry " + entry.getString("eventId") + " of tenant "
                            + entry.getString("tenant") + " found in the database of " + expectedTenant);
                }
                acks.add(kafka.send(record(entry)));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            entries.forEach(e -> sent.add(e.getString("eventId")));
        } catch (Exception e) {
            failed.increment();
            backOffUntil = Instant.now().plus(properties.retryBackoff());
            log.warn("Could not publish {} outbox event(s) of {} ({}); keeping them and retrying in {}",
                    entries.size(), id, rootMessage(e), properties.retryBackoff());
            documents.updateOne(and(eq("_id", id), eq(OutboxFields.LEASE_OWNER, owner)),
                    Updates.set(OutboxFields.LEASE_UNTIL, new Date(0)));
            return -1;
        }
        documents.updateOne(and(eq("_id", id), eq(OutboxFields.LEASE_OWNER, owner)), Updates.combine(
                Updates.pull(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", sent))),
                Updates.set(OutboxFields.LEASE_UNTIL, new Date(0)),
                Updates.set(OutboxFields.LEASE_OWNER, null)));
        // Only an empty outbox clears the flag: an event appended while we published stays pending.
        documents.updateOne(and(eq("_id", id), size(OutboxFields.OUTBOX, 0)), Updates.set(OutboxFields.PENDING, false));
        published.increment(sent.size());
        return sent.size();
    }

    private ProducerRecord<String, String> record(Document entry) {
        String tenant = entry.getString("tenant");
        String aggregateId = entry.getString("aggregateId");
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.getString("topic"),
                tenant + ":" + aggregateId, entry.getString("data"));
        var headers = record.headers();
        CloudEventHeaders.put(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(headers, CloudEventHeaders.ID, entry.getString("eventId"));
        CloudEventHeaders.put(headers, CloudEventHeaders.TYPE, entry.getString("type"));
        CloudEventHeaders.put(headers, CloudEventHeaders.SOURCE, entry.getString("source"));
        CloudEventHeaders.put(headers, CloudEventHeaders.SUBJECT, aggregateId);
        CloudEventHeaders.put(headers, CloudEventHeaders.TIME, entry.getDate("occurredAt").toInstant().toString());
        CloudEventHeaders.put(headers, CloudEventHeaders.DATA_SCHEMA, "urn:ariadne:schema:" + entry.getString("type"));
        CloudEventHeaders.put(headers, CloudEventHeaders.TENANT, tenant);
        CloudEventHeaders.put(headers, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(entry.get("aggregateVersion")));
        CloudEventHeaders.put(headers, CloudEventHeaders.TRACEPARENT, entry.getString("traceparent"));
        headers.add(CloudEventHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    relayOnce();
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
        log.info("Outbox relay {} started: tenant collections {}, platform collections {}, poll every {}",
                owner, properties.tenantCollections(), properties.platformCollections(), properties.pollInterval());
    }

    @Override
    public void stop() {
        running = false;
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
