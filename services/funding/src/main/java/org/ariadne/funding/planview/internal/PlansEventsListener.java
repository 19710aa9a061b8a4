package org.ariadne.funding.planview.internal;

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
            event.requireAppliable(e.planId(), e.planId());
            planView.savePlan(e.planId(), e.title(), version);
        } else if (payload instanceof PlanChanged e) {
            event.requireAppliable(e.planId(), e.planId());
            planView.savePlan(e.planId(), e.title(), version);
        } else if (payload instanceof NodeAdded e) {
            event.requireAppliable(e.planId(), e.nodeId());
            planView.saveNode(new PlannedNode(e.planId(), e.nodeId(), e.parentId(), e.level(), e.code(), e.title(), false),
                    version);
        } else if (payload instanceof NodeChanged e) {
            event.requireAppliable(e.planId(), e.nodeId());
            planView.saveNode(new PlannedNode(e.planId(), e.nodeId(), e.parentId(), e.level(), e.code(), e.title(), false),
                    version);
        } else if (payload instanceof NodeRemoved e) {
            event.requireAppliable(e.planId(), e.nodeId());
            planView.removeNode(e.planId(), e.nodeId(), version);
        } else if (payload instanceof ActivityAdded e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.saveActivity(PlanEventMapping.activity(e), version);
        } else if (payload instanceof ActivityChanged e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.saveActivity(PlanEventMapping.activity(e), version);
        } else if (payload instanceof ActivityRemoved e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.removeActivity(e.planId(), e.activityId(), version);
        }
    }

}
