package org.ariadne.messaging;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.function.Supplier;
import org.ariadne.contracts.DomainEvent;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection of aggregates with an in-document outbox, as a repository holds it: obtained from {@link Outbox}, which
 * registered it with the relay, so no collection's events can be forgotten. Every write stores the new state and its
 * events in one atomic single-document update; reads go through {@link #documents()}.
 */
public final class OutboxCollection {

    private final String name;
    private final Supplier<MongoCollection<Document>> documents;
    private final OutboxWriter writer;

    OutboxCollection(String name, Supplier<MongoCollection<Document>> documents, OutboxWriter writer) {
        this.name = name;
        this.documents = documents;
        this.writer = writer;
    }

    public String name() {
        return name;
    }

    /** The collection in the current tenant's database (or the platform registry's), fetched per call. */
    public MongoCollection<Document> documents() {
        return documents.get();
    }

    /**
     * Inserts a new aggregate with its first events. The document must carry its {@code _id}; its version becomes the
     * number of events (at least 1).
     */
    public Document insert(Document aggregate, List<? extends DomainEvent> events) {
        return writer.insert(documents(), aggregate, events);
    }

    /**
     * Applies {@code stateUpdate} and appends the events if the aggregate is still at {@code expectedVersion}.
     *
     * @return the document after the update, or {@code null} when the version moved (or the aggregate is gone)
     * @throws OutboxFullException when the aggregate's outbox already holds as many events as it may
     */
    public Document update(Object id, long expectedVersion, Bson stateUpdate, List<? extends DomainEvent> events) {
        return writer.update(documents(), id, expectedVersion, null, stateUpdate, events);
    }

    /**
     * As {@link #update(Object, long, Bson, List)}, and only while the document also matches {@code guard} (e.g. "not
     * locked by a process that reads many aggregates at once"), checked in the same atomic update.
     */
    public Document update(Object id, long expectedVersion, Bson guard, Bson stateUpdate, List<? extends DomainEvent> events) {
        return writer.update(documents(), id, expectedVersion, guard, stateUpdate, events);
    }
}
