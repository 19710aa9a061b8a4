package org.ariadne.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;

/**
 * One pending event in an aggregate's outbox: what the writer stores and the relay publishes, in one type. It becomes
 * a CloudEvents binary-mode record keyed {@code <tenant>:<aggregateId>}.
 */
public record OutboxEntry(String eventId, String type, String topic, String source, String tenant, String aggregateId,
        long aggregateVersion, Instant occurredAt, String traceparent, String data) {

    /** The entry as it lives in the aggregate document's {@code outbox} array. */
    Document toDocument() {
        return new Document("eventId", eventId).append("type", type).append("topic", topic).append("source", source)
                .append("tenant", tenant).append("aggregateId", aggregateId).append("aggregateVersion", aggregateVersion)
                .append("occurredAt", Date.from(occurredAt)).append("traceparent", traceparent).append("data", data);
    }

    static OutboxEntry of(Document d) {
        Number version = d.get("aggregateVersion", Number.class);
        return new OutboxEntry(d.getString("eventId"), d.getString("type"), d.getString("topic"), d.getString("source"),
                d.getString("tenant"), d.getString("aggregateId"), version == null ? 0 : version.longValue(),
                d.getDate("occurredAt").toInstant(), d.getString("traceparent"), d.getString("data"));
    }

    /** The Kafka record: the event data as the value, the CloudEvents attributes as {@code ce_*} headers. */
    ProducerRecord<String, String> toRecord() {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, tenant + ":" + aggregateId, data);
        var headers = record.headers();
        CloudEventHeaders.put(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(headers, CloudEventHeaders.ID, eventId);
        CloudEventHeaders.put(headers, CloudEventHeaders.TYPE, type);
        CloudEventHeaders.put(headers, CloudEventHeaders.SOURCE, source);
        CloudEventHeaders.put(headers, CloudEventHeaders.SUBJECT, aggregateId);
        CloudEventHeaders.put(headers, CloudEventHeaders.TIME, occurredAt.toString());
        CloudEventHeaders.put(headers, CloudEventHeaders.DATA_SCHEMA, "urn:ariadne:schema:" + type);
        CloudEventHeaders.put(headers, CloudEventHeaders.TENANT, tenant);
        CloudEventHeaders.put(headers, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(aggregateVersion));
        CloudEventHeaders.put(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        headers.add(CloudEventHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
