package org.ariadne.identity.checklist.internal;

import java.time.Instant;
import java.util.UUID;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.partners.v1.ReviewQueueChanged;
import org.ariadne.identity.checklist.ChecklistStep;
import org.ariadne.identity.checklist.Checklists;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks checklist steps from the services' events, one handler per topic (plans, monitoring, funding, partners), inside
 * the event's tenant: a plan created, a round opened, a budget line created, the plan's institution names read with none
 * left in partners' review queue. Marking keeps the earliest time, so replays and duplicates change nothing; events of
 * other types are passed over.
 */
@Configuration(proxyBeanMethods = false)
class ChecklistEventsListener {

    @Bean
    InboundEventHandler checklistFromPlans(Checklists checklists) {
        return new StepMarker(EventTypes.PLANS_TOPIC, "identity.checklist.plans", checklists);
    }

    @Bean
    InboundEventHandler checklistFromMonitoring(Checklists checklists) {
        return new StepMarker(EventTypes.MONITORING_TOPIC, "identity.checklist.monitoring", checklists);
    }

    @Bean
    InboundEventHandler checklistFromFunding(Checklists checklists) {
        return new StepMarker(EventTypes.FUNDING_TOPIC, "identity.checklist.funding", checklists);
    }

    @Bean
    InboundEventHandler checklistFromPartners(Checklists checklists) {
        return new InstitutionsReading(checklists);
    }

    /** Follows how many names wait in partners' review queue. */
    record InstitutionsReading(Checklists checklists) implements InboundEventHandler {

        @Override
        public String topic() {
            return EventTypes.PARTNERS_TOPIC;
        }

        @Override
        public String id() {
            return "identity.checklist.partners";
        }

        @Override
        public boolean wants(String type) {
            return EventTypes.typeOf(ReviewQueueChanged.class).equals(type);
        }

        @Override
        public void handle(InboundEvent event) {
            if (event.payload() instanceof ReviewQueueChanged queue) {
                checklists.reviewQueueChanged(queue.openNames(), StepMarker.occurredAt(event.eventId()));
            }
        }
    }

    /** Marks the step an event's type stands for, at the time the event id carries. */
    record StepMarker(String topic, String id, Checklists checklists) implements InboundEventHandler {

        @Override
        public boolean wants(String type) {
            return ChecklistStep.markedBy(type).isPresent();
        }

        @Override
        public void handle(InboundEvent event) {
            ChecklistStep.markedBy(event.type()).ifPresent(step -> checklists.marked(step, occurredAt(event.eventId())));
        }

        /** Event ids are UUIDv7: their first 48 bits are the time the event was written. */
        static Instant occurredAt(String eventId) {
            try {
                UUID id = UUID.fromString(eventId);
                return id.version() == 7 ? Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16) : Instant.now();
            } catch (IllegalArgumentException e) {
                return Instant.now();
            }
        }
    }
}
