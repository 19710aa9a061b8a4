package org.ariadne.messaging;

import java.util.Date;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consuming side of the contracts: decodes a record into its contract record (tolerant of unknown fields),
 * checks that payload, header and key name the same tenant, and keeps the inbox of processed event ids for
 * effects that are not naturally idempotent.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);
    static final String PROCESSED = "processed_events";

    private final JsonMapper json;
    private final TenantDatabases databases;
    private final TenantDirectory directory;

    public InboundEvents(JsonMapper json, TenantDatabases databases, TenantDirectory directory) {
        this.json = json;
        this.databases = databases;
        this.directory = directory;
    }

    /**
     * The event in a record, or empty when its type is not one this build knows (a newer major version or an event
     * this consumer does not follow): tolerated and skipped, never dead-lettered.
     */
    public Optional<InboundEvent> decode(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        String eventId = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
        if (type == null || eventId == null) {
            throw new InvalidEventException("Record " + coordinates(record) + " lacks ce_type or ce_id", null);
        }
        Optional<Class<? extends DomainEvent>> eventClass = EventTypes.classOf(type);
        if (eventClass.isEmpty()) {
            log.info("Skipping {} of unknown type {}", coordinates(record), type);
            return Optional.empty();
        }
        DomainEvent payload;
        try {
            payload = json.readValue(record.value(), eventClass.get());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("Record " + coordinates(record) + " of type " + type + " is unreadable: " + e.getMessage(), e);
        }
        TenantId tenant = TenantContext.require();
        if (!(payload instanceof TenantOnboarded) && directory != null && directory.isOffboarded(tenant)) {
            // a late event of an offboarded tenant: applying it would bring the dropped database back
            log.info("Skipping {} of type {}: tenant {} was offboarded", coordinates(record), type, tenant);
            return Optional.empty();
        }
        if (!tenant.value().equals(payload.tenantId())) {
            throw new InvalidEventException("Record " + coordinates(record) + " names tenant " + payload.tenantId()
                    + " in its payload but " + tenant + " in ce_tenant", null);
        }
        String versionHeader = CloudEventHeaders.get(record.headers(), CloudEventHeaders.AGGREGATE_VERSION);
        long version;
        try {
            version = versionHeader == null ? 0 : Long.parseLong(versionHeader);
        } catch (NumberFormatException e) {
            throw new InvalidEventException("Record " + coordinates(record) + " has a malformed ce_aggversion", e);
        }
        String subject = CloudEventHeaders.get(record.headers(), CloudEventHeaders.SUBJECT);
        return Optional.of(new InboundEvent(eventId, type, subject, version, payload));
    }

    /**
     * Claims an event for a consumer in the tenant's inbox. Returns false when the consumer already processed it,
     * so side effects run once even though delivery is at least once.
     */
    public boolean firstDelivery(String consumer, InboundEvent event) {
        boolean first = DuplicateKeys.writeUnlessPresent(() -> databases.current().getCollection(PROCESSED)
                .insertOne(new Document("_id", consumer + ":" + event.eventId()).append("type", event.type())
                        .append("processedAt", new Date())));
        if (!first) {
            log.debug("{} already processed {}", consumer, event.eventId());
        }
        return first;
    }

    private static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
