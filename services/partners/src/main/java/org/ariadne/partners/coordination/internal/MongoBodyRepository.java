package org.ariadne.partners.coordination.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.partners.coordination.BodyRepository;
import org.ariadne.partners.coordination.CoordinationBody;
import org.ariadne.partners.storage.BsonRecords;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code bodies} in the tenant database: one document per body, state and events written together. */
@Repository
class MongoBodyRepository implements BodyRepository {

    static final String COLLECTION = "bodies";

    private final OutboxCollection bodies;

    MongoBodyRepository(Outbox outbox) {
        this.bodies = outbox.tenantCollection(COLLECTION);
    }

    @Override
    public CoordinationBody insert(CoordinationBody body, List<? extends DomainEvent> events) {
        Document stored = bodies.insert(BsonRecords.toDocument(body, body.id()), events);
        return body.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<CoordinationBody> find(String id) {
        return Optional.ofNullable(bodies().find(eq("_id", id)).projection(BsonRecords.WITHOUT_OUTBOX).first())
                .map(d -> BsonRecords.fromDocument(d, CoordinationBody.class));
    }

    @Override
    public List<CoordinationBody> all() {
        List<CoordinationBody> all = new ArrayList<>();
        for (Document d : bodies().find().projection(BsonRecords.WITHOUT_OUTBOX).sort(Sorts.ascending("fields.name"))) {
            all.add(BsonRecords.fromDocument(d, CoordinationBody.class));
        }
        return all;
    }

    @Override
    public List<CoordinationBody> referring(String institutionId) {
        List<CoordinationBody> found = new ArrayList<>();
        for (Document d : bodies().find(or(eq("fields.hostInstitutionId", institutionId),
                eq("memberships.institutionId", institutionId), eq("meetings.attendeeInstitutionIds", institutionId),
                eq("tasks.assigneeInstitutionIds", institutionId))).projection(BsonRecords.WITHOUT_OUTBOX)) {
            found.add(BsonRecords.fromDocument(d, CoordinationBody.class));
        }
        return found;
    }

    @Override
    public Optional<CoordinationBody> update(CoordinationBody before, CoordinationBody after,
            List<? extends DomainEvent> events) {
        Document stored = bodies.update(before.id(), before.version(),
                BsonRecords.setState(BsonRecords.toDocument(after, after.id())), events);
        return Optional.ofNullable(stored).map(d -> BsonRecords.fromDocument(d, CoordinationBody.class));
    }

    private MongoCollection<Document> bodies() {
        return bodies.documents();
    }
}
