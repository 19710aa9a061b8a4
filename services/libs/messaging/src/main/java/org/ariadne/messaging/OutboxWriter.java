package org.ariadne.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an aggregate's new state and the events it caused in ONE single-document atomic update, guarded by the
 * aggregate's version: there is no window in which the state is saved but its events are lost, and no
 * transaction is needed. The relay publishes the pending events later; a Kafka outage never fails a write.
 * <p>
 * Each event gets its own aggregate version (expected + 1, + 2 …), so consumers can guard per aggregate.
 */
class OutboxWriter {

    /**
     * Tells the relay that a write just committed events: {@code written} is the document as stored (its whole outbox),
     * in a tenant's collection (the platform registry's when the tenant is null).
     */
    @FunctionalInterface
    interface Kick {
        void written(TenantId tenant, MongoCollection<Document> collection, Document written);
    }

    private final JsonMapper json;
    private final String source;
    private final Kick kick;
    private final Supplier<String> traceparent;
    private final int maxPending;

    OutboxWriter(JsonMapper json, String source, Kick kick, Supplier<String> traceparent, int maxPending) {
        this.json = json;
        this.source = source;
        this.kick = kick;
        this.traceparent = traceparent;
        this.maxPending = maxPending;
    }

    /**
     * Inserts a new aggregate with its first events. The document must carry its {@code _id}; its version becomes
     * the number of events (at least 1).
     */
    Document insert(MongoCollection<Document> collection, Document aggregate, List<? extends DomainEvent> events) {
        Object id = aggregate.get("_id");
        long version = Math.max(1, events.size());
        Document document = new Document(aggregate)
                .append(OutboxFields.VERSION, version)
                .append(OutboxFields.OUTBOX, entries(String.valueOf(id), 0, events))
                .append(OutboxFields.PENDING, !events.isEmpty())
                .append(OutboxFields.LEASE_UNTIL, new Date(0))
                .append(OutboxFields.LEASE_OWNER, null);
        collection.insertOne(document);
        if (!events.isEmpty()) {
            kick.written(TenantContext.current().orElse(null), collection, document);
        }
        return document;
    }

    /**
     * Applies {@code stateUpdate} and appends the events if the aggregate is still at {@code expectedVersion} and matches
     * {@code guard} (when given), in one atomic update; {@code null} when it does not.
     */
    Document update(MongoCollection<Document> collection, Object id, long expectedVersion, Bson guard,
            Bson stateUpdate, List<? extends DomainEvent> events) {
        List<Bson> updates = new ArrayList<>();
        if (stateUpdate != null) {
            updates.add(stateUpdate);
        }
        updates.add(Updates.inc(OutboxFields.VERSION, (long) Math.max(1, events.size())));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxFields.OUTBOX, entries(String.valueOf(id), expectedVersion, events)));
            updates.add(Updates.set(OutboxFields.PENDING, true));
        }
        // A stuck relay must surface as failing writes, not as an ever-growing document.
        // (the element at index maxPending - n must not exist, so that after the push at most maxPending remain)
        int lastAllowedIndex = Math.max(0, maxPending - events.size());
        Bson notOverflowing = Document.parse("{\"" + OutboxFields.OUTBOX + "." + lastAllowedIndex + "\": {\"$exists\": false}}");
        Bson expected = and(eq("_id", id), eq(OutboxFields.VERSION, expectedVersion), notOverflowing);
        Document after = collection.findOneAndUpdate(
                guard == null ? expected : and(expected, guard),
                Updates.combine(updates),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after == null) {
            Document current = collection.find(eq("_id", id)).projection(new Document(OutboxFields.OUTBOX, 1)
                    .append(OutboxFields.VERSION, 1)).first();
            if (current != null && current.getList(OutboxFields.OUTBOX, Document.class, List.of()).size() + events.size() > maxPending
                    && current.getLong(OutboxFields.VERSION) == expectedVersion) {
                // Not the client's fault and not lost: events wait for Kafka (or, after a large import, for the relay
                // to catch up). The client may retry shortly.
                throw new OutboxFullException(id, maxPending);
            }
            return null;
        }
        if (!events.isEmpty()) {
            kick.written(TenantContext.current().orElse(null), collection, after);
        }
        return after;
    }

    private List<Document> entries(String aggregateId, long versionBefore, List<? extends DomainEvent> events) {
        String tenant = TenantContext.current().map(Object::toString).orElse(null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String parent = traceparent.get();
        List<Document> entries = new ArrayList<>();
        long version = versionBefore;
        for (DomainEvent event : events) {
            if (tenant != null && !tenant.equals(event.tenantId())) {
                throw new IllegalArgumentException("Event for tenant " + event.tenantId() + " written in tenant " + tenant);
            }
            String type = EventTypes.typeOf(event.getClass());
            entries.add(new OutboxEntry(EventIds.next(), type, EventTypes.topicOf(type), source, event.tenantId(), aggregateId,
                    ++version, now, parent, json.writeValueAsString(event)).toDocument());
        }
        return entries;
    }
}
