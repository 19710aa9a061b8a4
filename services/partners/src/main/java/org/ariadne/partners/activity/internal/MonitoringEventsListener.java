package org.ariadne.partners.activity.internal;

import java.time.Instant;
import java.util.Set;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.partners.activity.ActivityViews;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code monitoring.events}: the status an accepted contribution reports for each of its
 * activities becomes the activity's latest status (stamped with the time partners learned it), shown next to the
 * recommendations it answers. Setting the same status again changes nothing, so redelivery is harmless.
 */
@Component
class MonitoringEventsListener implements InboundEventHandler {

    private static final Set<String> STATUSES = Set.of("not_started", "ongoing", "partially_implemented", "implemented",
            "not_implemented", "no_data");

    private final ActivityViews views;

    MonitoringEventsListener(ActivityViews views) {
        this.views = views;
    }

    @Override
    public String topic() {
        return EventTypes.MONITORING_TOPIC;
    }

    @Override
    public String id() {
        return "partners.monitoring";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof ContributionAccepted e && e.activities() != null) {
            String at = Instant.now().toString();
            for (ContributionAccepted.ReportedStatus reported : e.activities()) {
                if (reported == null || reported.activityId() == null || !STATUSES.contains(reported.status())) {
                    throw new InvalidEventException("Event " + event.eventId() + " reports an activity without id or "
                            + "with an unknown status", null);
                }
                views.saveStatus(reported.activityId(), reported.status(), e.roundId(), at);
            }
        }
    }
}
