package org.ariadne.identity.consent.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.identity.consent.ParentConsent;
import org.ariadne.identity.consent.ParentConsentRepository;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.messaging.OutboxFields;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code platform__registry.parent_consents}: {@code {_id: child tenant, parentId, granted, changedBy, changedAt}}
 * plus the outbox fields.
 */
@Repository
class MongoParentConsentRepository implements ParentConsentRepository {

    static final String CONSENTS = "parent_consents";

    private final OutboxCollection consents;

    MongoParentConsentRepository(Outbox outbox) {
        this.consents = outbox.platformCollection(CONSENTS);
    }

    @Override
    public Optional<ParentConsent> find(String tenant) {
        Document d = consents.documents().find(eq("_id", tenant)).first();
        if (d == null) {
            return Optional.empty();
        }
        Object version = d.get(OutboxFields.VERSION);
        Date changedAt = d.getDate("changedAt");
        return Optional.of(new ParentConsent(d.getString("_id"), d.getString("parentId"),
                Boolean.TRUE.equals(d.getBoolean("granted")), d.getString("changedBy"),
                changedAt == null ? null : changedAt.toInstant(), version instanceof Number n ? n.longValue() : 0L));
    }

    @Override
    public boolean save(ParentConsent consent, long expectedVersion, List<? extends DomainEvent> events) {
        if (expectedVersion == 0) {
            Document document = new Document("_id", consent.tenant()).append("parentId", consent.parentId())
                    .append("granted", consent.granted()).append("changedBy", consent.changedBy())
                    .append("changedAt", Date.from(consent.changedAt()));
            return DuplicateKeys.writeUnlessPresent(() -> consents.insert(document, events));
        }
        return consents.update(consent.tenant(), expectedVersion, Updates.combine(
                Updates.set("parentId", consent.parentId()), Updates.set("granted", consent.granted()),
                Updates.set("changedBy", consent.changedBy()), Updates.set("changedAt", Date.from(consent.changedAt()))),
                events) != null;
    }
}
