package org.ariadne.funding.planview.internal;

import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.contracts.plans.v1.NodeRemoved;
import org.ariadne.contracts.plans.v1.PlanChanged;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.funding.planview.PlanEventMapping;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedNode;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code plans.events}: keeps funding's own view of the plans (their activities with the
 * funding they print, and their trees), one event at a time, inside the record's tenant, as lib-messaging hands it
 * over (decoded and tenant-checked). Idempotent and order-safe
 * through the view's per-document version guard ({@code ce_aggversion}). A removed activity is only flagged: its
 * links become orphans, no line loses money. Records that lack the ids or the version the guard needs go to the
 * dead-letter topic.
 */
@Component
class PlansEventsListener implements InboundEventHandler {

    private final PlanViewRepository planView;

    PlansEventsListener(PlanViewRepository planView) {
        this.planView = planView;
    }

    @Override
    public String topic() {
        return EventTypes.PLANS_TOPIC;
    }

    @Override
    public String id() {
        return "funding.plans";
    }

    @Override
    public void handle(InboundEvent event) {
        DomainEvent payload = event.payload();
        long version = event.aggregateVersion();
        if (payload instanceof PlanCreated e) {
            check(event, e.planId(), e.planId());
            planView.savePlan(e.planId(), e.title(), version);
        } else if (payload instanceof PlanChanged e) {
            check(event, e.planId(), e.planId());
            planView.savePlan(e.planId(), e.title(), version);
        } else if (payload instanceof NodeAdded e) {
            check(event, e.planId(), e.nodeId());
            planView.saveNode(new PlannedNode(e.planId(), e.nodeId(), e.parentId(), e.level(), e.code(), e.title(), false),
                    version);
        } else if (payload instanceof NodeChanged e) {
            check(event, e.planId(), e.nodeId());
            planView.saveNode(new PlannedNode(e.planId(), e.nodeId(), e.parentId(), e.level(), e.code(), e.title(), false),
                    version);
        } else if (payload instanceof NodeRemoved e) {
            check(event, e.planId(), e.nodeId());
            planView.removeNode(e.planId(), e.nodeId(), version);
        } else if (payload instanceof ActivityAdded e) {
            check(event, e.planId(), e.activityId());
            planView.saveActivity(PlanEventMapping.activity(e), version);
        } else if (payload instanceof ActivityChanged e) {
            check(event, e.planId(), e.activityId());
            planView.saveActivity(PlanEventMapping.activity(e), version);
        } else if (payload instanceof ActivityRemoved e) {
            check(event, e.planId(), e.activityId());
            planView.removeActivity(e.planId(), e.activityId(), version);
        }
    }

    /** The guard needs the ids and an aggregate version; the subject, when present, must be the plan. */
    private static void check(InboundEvent event, String planId, String documentId) {
        if (planId == null || documentId == null) {
            throw new InvalidEventException("Event " + event.eventId() + " (" + event.type() + ") lacks its ids", null);
        }
        if (event.aggregateVersion() <= 0) {
            throw new InvalidEventException("Event " + event.eventId() + " (" + event.type()
                    + ") has no ce_aggversion, so it cannot be applied in order", null);
        }
        if (event.aggregateId() != null && !Objects.equals(event.aggregateId(), planId)) {
            throw new InvalidEventException("Event " + event.eventId() + " (" + event.type() + ") has subject "
                    + event.aggregateId() + " but is about plan " + planId, null);
        }
    }
}
