package org.ariadne.partners.resolution.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.partners.resolution.ReviewQueueRepository;
import org.ariadne.partners.storage.BsonRecords;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code review_queue}: one document {@code {_id: "review-queue", openNames, version, outbox}} per tenant. */
@Repository
class MongoReviewQueueRepository implements ReviewQueueRepository {

    static final String COLLECTION = "review_queue";
    static final String ID = "review-queue";
    private static final String OPEN_NAMES = "openNames";

    private final OutboxCollection queue;

    MongoReviewQueueRepository(Outbox outbox) {
        this.queue = outbox.tenantCollection(COLLECTION);
    }

    @Override
    public Optional<Stored> find() {
        Document d = queue.documents().find(eq("_id", ID)).projection(BsonRecords.WITHOUT_OUTBOX).first();
        return Optional.ofNullable(d).map(doc -> new Stored(((Number) doc.get(OPEN_NAMES)).intValue(),
                ((Number) doc.get("version")).longValue()));
    }

    @Override
    public boolean save(int openNames, Optional<Long> expectedVersion, List<? extends DomainEvent> events) {
        if (expectedVersion.isPresent()) {
            return queue.update(ID, expectedVersion.get(), Updates.set(OPEN_NAMES, openNames), events) != null;
        }
        try {
            queue.insert(new Document("_id", ID).append(OPEN_NAMES, openNames), events);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
