package org.ariadne.identity.checklist.internal;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.identity.checklist.ChecklistStep;
import org.ariadne.identity.checklist.Checklists;
import org.ariadne.messaging.CloudEventHeaders;
import org.ariadne.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Marks checklist steps from the services' events, inside the record's tenant (lib-tenancy's record interceptor):
 * a plan created, a round opened, a budget line created. Marking keeps the earliest time, so replays and duplicates
 * change nothing; events of other types are skipped.
 */
@Component
class ChecklistEventsListener {

    private final InboundEvents inbound;
    private final Checklists checklists;

    ChecklistEventsListener(InboundEvents inbound, Checklists checklists) {
        this.inbound = inbound;
        this.checklists = checklists;
    }

    @KafkaListener(id = "identity.checklist", groupId = "identity.checklist",
            topics = {EventTypes.PLANS_TOPIC, EventTypes.MONITORING_TOPIC, EventTypes.FUNDING_TOPIC})
    void on(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        if (type == null || ChecklistStep.markedBy(type).isEmpty()) {
            return;
        }
        inbound.decode(record).ifPresent(event -> checklists.marked(ChecklistStep.markedBy(event.type()).orElseThrow(),
                occurredAt(record)));
    }

    private static Instant occurredAt(ConsumerRecord<String, String> record) {
        String time = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME);
        try {
            return time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }
}
