package org.ariadne.funding.results.internal;

import java.util.Set;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.RoundFrozen;
import org.ariadne.contracts.monitoring.v1.RoundOpened;
import org.ariadne.funding.results.ActivityResults;
import org.ariadne.funding.results.ReportedStatus;
import org.ariadne.funding.results.ReportingRound;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code monitoring.events}: keeps what a donor's view shows of monitoring — each round's
 * period and frozen roll-up, and the status each accepted contribution reported per activity — inside the record's
 * tenant. Idempotent and order-safe through per-document version guards ({@code ce_aggversion} of the round or the
 * contribution). Submissions are not kept (only accepted results count). A status monitoring does not define is
 * kept as {@code no_data}; records that lack the ids or the version go to the dead-letter topic.
 */
@Component
class MonitoringEventsListener implements InboundEventHandler {

    static final Set<String> STATUSES = Set.of("not_started", "ongoing", "partially_implemented", "implemented",
            "not_implemented", "no_data");

    private final ActivityResults results;

    MonitoringEventsListener(ActivityResults results) {
        this.results = results;
    }

    @Override
    public String topic() {
        return EventTypes.MONITORING_TOPIC;
    }

    @Override
    public String id() {
        return "funding.monitoring";
    }

    @Override
    public void handle(InboundEvent event) {
        DomainEvent payload = event.payload();
        if (payload instanceof RoundOpened e) {
            event.requireAppliable(e.roundId(), e.planId());
            results.saveRound(new ReportingRound(e.planId(), e.roundId(), e.kind(), e.periodStart(), e.periodEnd(), false,
                    null, null, null), event.aggregateVersion());
        } else if (payload instanceof RoundFrozen e) {
            event.requireAppliable(e.roundId(), e.planId());
            results.freezeRound(e.planId(), e.roundId(), e.activityCount(), e.implementedCount(), e.notStartedCount(),
                    event.aggregateVersion());
        } else if (payload instanceof ContributionAccepted e) {
            event.requireAppliable(e.contributionId(), e.planId());
            if (e.roundId() == null || e.activities() == null) {
                return; // an early v1 event without statuses: nothing to show
            }
            for (ContributionAccepted.ReportedStatus reported : e.activities()) {
                if (reported == null || reported.activityId() == null) {
                    throw new InvalidEventException("Event " + event.eventId() + " reports a status without its activity", null);
                }
                String status = STATUSES.contains(reported.status()) ? reported.status() : "no_data";
                results.saveReport(e.planId(), reported.activityId(),
                        new ReportedStatus(e.roundId(), e.contributionId(), e.institution(), status), event.aggregateVersion());
            }
        }
    }
}
