package org.ariadne.partners.activity.internal;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.messaging.InboundEvents;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.partners.activity.ActivityViews;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code monitoring.events}: the status an accepted contribution reports for each of its
 * activities becomes the activity's latest status, shown next to the recommendations it answers. Setting the same
 * status again changes nothing, so redelivery is harmless.
 */
@Component
class MonitoringEventsListener {

    private static final java.util.Set<String> STATUSES = java.util.Set.of("not_started", "ongoing",
            "partially_implemented", "implemented", "not_implemented", "no_data");

    private final InboundEvents inbound;
    private final ActivityViews views;

    MonitoringEventsListener(InboundEvents inbound, ActivityViews views) {
        this.inbound = inbound;
        this.views = views;
    }

    @KafkaListener(id = "partners.monitoring", topics = EventTypes.MONITORING_TOPIC, groupId = "partners.monitoring")
    void on(ConsumerRecord<String, String> record) {
        inbound.decode(record).ifPresent(event -> {
            if (event.payload() instanceof ContributionAccepted e && e.activities() != null) {
                String at = Instant.ofEpochMilli(record.timestamp()).toString();
                for (ContributionAccepted.ReportedStatus reported : e.activities()) {
                    if (reported == null || reported.activityId() == null || !STATUSES.contains(reported.status())) {
                        throw new InvalidEventException("Event " + event.eventId() + " reports an activity without id or "
                                + "with an unknown status", null);
                    }
                    views.saveStatus(reported.activityId(), reported.status(), e.roundId(), at);
                }
            }
        });
    }
}
