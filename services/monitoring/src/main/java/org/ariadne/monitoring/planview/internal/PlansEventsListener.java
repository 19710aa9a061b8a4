package org.ariadne.monitoring.planview.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.contracts.plans.v1.NodeRemoved;
import org.ariadne.contracts.plans.v1.PlanAdopted;
import org.ariadne.contracts.plans.v1.PlanChanged;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.NodeView;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.ariadne.web.validation.IsoDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code plans.events}: maps the plans contract (v1) into monitoring's own plan view, one
 * event at a time, inside the record's tenant, as lib-messaging's listener adapter hands it over (decoded and
 * tenant-checked).
 * Idempotent and order-safe through the repository's per-document version guard (the record's {@code ce_aggversion}),
 * so duplicates and replays of the whole topic leave the view unchanged. Unreadable records, records whose payload
 * names another tenant, or that lack the ids and version the guard needs, are dead-lettered by the error handler.
 */
@Component
class PlansEventsListener implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(PlansEventsListener.class);

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
        return "monitoring.plans";
    }

    @Override
    public void handle(InboundEvent event) {
        DomainEvent payload = event.payload();
        long version = event.aggregateVersion();
        if (payload instanceof PlanCreated e) {
            event.requireAppliable(e.planId(), e.planId());
            planView.savePlan(new PlanView(e.planId(), e.title(), e.levelNames()), version);
        } else if (payload instanceof PlanChanged e) {
            event.requireAppliable(e.planId(), e.planId());
            planView.savePlan(new PlanView(e.planId(), e.title(), e.levelNames()), version);
        } else if (payload instanceof PlanAdopted e) {
            event.requireAppliable(e.planId(), e.planId());
            if (!IsoDate.Validator.exists(e.adoptionDate())) {
                throw new InvalidEventException("Event " + event.eventId() + " has no valid adoptionDate", null);
            }
            planView.saveAdoption(e.planId(), e.legalAct(), e.adoptionDate(), version);
        } else if (payload instanceof NodeAdded e) {
            event.requireAppliable(e.planId(), e.nodeId());
            requireLevel(event, e.level());
            planView.saveNode(new NodeView(e.nodeId(), e.planId(), e.parentId(), e.level(), e.code(), e.title()), version);
        } else if (payload instanceof NodeChanged e) {
            event.requireAppliable(e.planId(), e.nodeId());
            requireLevel(event, e.level());
            planView.saveNode(new NodeView(e.nodeId(), e.planId(), e.parentId(), e.level(), e.code(), e.title()), version);
        } else if (payload instanceof NodeRemoved e) {
            event.requireAppliable(e.planId(), e.nodeId());
            planView.removeNode(e.planId(), e.nodeId(), version);
        } else if (payload instanceof ActivityAdded e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.saveActivity(new ActivityView(e.activityId(), e.planId(), e.nodeId(), e.code(), e.title(), e.deadline(),
                    e.leadInstitutions(), names(e.partnerInstitutions()), date(e.deadlineEnd())), version);
        } else if (payload instanceof ActivityChanged e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.saveActivity(new ActivityView(e.activityId(), e.planId(), e.nodeId(), e.code(), e.title(), e.deadline(),
                    e.leadInstitutions(), names(e.partnerInstitutions()), date(e.deadlineEnd())), version);
        } else if (payload instanceof ActivityRemoved e) {
            event.requireAppliable(e.planId(), e.activityId());
            planView.removeActivity(e.planId(), e.activityId(), version);
        } else {
            log.debug("Ignoring {} ({}) on {}", event.type(), event.eventId(), EventTypes.PLANS_TOPIC);
        }
    }

    /** The optional partner institutions (added within v1): absent means none; blank names are dropped. */
    private static List<String> names(List<String> partners) {
        List<String> names = new ArrayList<>();
        if (partners != null) {
            partners.stream().filter(name -> name != null && !name.isBlank()).forEach(names::add);
        }
        return names;
    }

    /** The optional deadline end (added within v1): anything but an existing ISO date counts as unknown. */
    private static String date(String value) {
        return IsoDate.Validator.exists(value) ? value : null;
    }

    /** Levels count from 1 (the top); anything else is a broken event, for the dead-letter topic. */
    private static void requireLevel(InboundEvent event, int level) {
        if (level < 1) {
            throw new InvalidEventException("Event " + event.eventId() + " (" + event.type() + ") has level " + level, null);
        }
    }

}
