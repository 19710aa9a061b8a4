package org.ariadne.partners.activity.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.FundingReference;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.messaging.VersionGuardedWrite;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.partners.activity.ActivityViews;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ResolutionCommands;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code plans.events}: keeps partners' view of each activity (code, title, the institution
 * names it prints) and has every lead, partner and funder name read. Inside the record's tenant (lib-tenancy's
 * interceptor); idempotent through the plan's aggregate version, so replays change nothing. Records without ids or
 * version, or whose payload names another tenant, go to the dead-letter topic.
 */
@Component
class PlansEventsListener implements InboundEventHandler {

    /** Names an activity may print per role; a cell list longer than this is not a plan but an attack. */
    static final int MAX_NAMES = 200;

    private final ActivityViews views;
    private final ResolutionCommands resolution;

    PlansEventsListener(ActivityViews views, ResolutionCommands resolution) {
        this.views = views;
        this.resolution = resolution;
    }

    @Override
    public String topic() {
        return EventTypes.PLANS_TOPIC;
    }

    @Override
    public String id() {
        return "partners.plans";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof ActivityAdded e) {
            event.requireAppliable(e.planId(), e.activityId());
            names(e.planId(), e.activityId(), e.code(), e.title(), e.leadInstitutions(), e.partnerInstitutions(),
                    funders(e.funders(), e.funding()), event);
        } else if (event.payload() instanceof ActivityChanged e) {
            event.requireAppliable(e.planId(), e.activityId());
            names(e.planId(), e.activityId(), e.code(), e.title(), e.leadInstitutions(), e.partnerInstitutions(),
                    funders(e.funders(), e.funding()), event);
        } else if (event.payload() instanceof ActivityRemoved e) {
            event.requireAppliable(e.planId(), e.activityId());
            if (views.markRemoved(e.planId(), e.activityId(), event.aggregateVersion())) {
                resolution.activityRemoved(e.activityId());
            } else {
                // delivered again: this consumer may have stopped between the removal and its count (a read by id)
                resolution.settleActivity(e.activityId());
            }
        }
    }

    private void names(String planId, String activityId, String code, String title, List<String> lead,
            List<String> partners, List<String> funders, InboundEvent event) {
        List<String> leadNames = names(lead, event);
        List<String> partnerNames = names(partners, event);
        List<String> funderNames = names(funders, event);
        ActivityReading.PrintedNames printed = new ActivityReading.PrintedNames(leadNames, partnerNames, funderNames);
        VersionGuardedWrite.Outcome saved = views.save(new ActivityView(activityId, planId, code, title, leadNames, partnerNames,
                funderNames, false, null, null, null), event.aggregateVersion());
        if (saved == VersionGuardedWrite.Outcome.CREATED) {
            // a reading is stored only after the activity's view: without a view before, there is no reading to look up
            resolution.readNewActivity(planId, activityId, code, printed, event.aggregateVersion());
        } else if (saved == VersionGuardedWrite.Outcome.UPDATED) {
            resolution.readActivity(planId, activityId, code, printed, event.aggregateVersion());
        } else if (views.holds(activityId, event.aggregateVersion())) {
            // delivered again: this consumer may have stopped between the view's write and the reading's
            resolution.completeReading(planId, activityId, code, printed, event.aggregateVersion());
        }
    }

    /**
     * The funder names an activity prints: its funders column, and the holders its resources cell names (donors such
     * as "Worl Vision", budget holders such as Slovenia's "MZ").
     */
    private static List<String> funders(List<String> funders, List<FundingReference> funding) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (funders != null) {
            names.addAll(funders);
        }
        if (funding != null) {
            funding.stream().filter(f -> f != null && f.holder() != null).forEach(f -> names.add(f.holder()));
        }
        return new ArrayList<>(names);
    }

    private static List<String> names(List<String> printed, InboundEvent event) {
        List<String> names = new ArrayList<>();
        if (printed == null) {
            return names;
        }
        if (printed.size() > MAX_NAMES) {
            throw new InvalidEventException("Event " + event.eventId() + " names " + printed.size()
                    + " institutions in one list (at most " + MAX_NAMES + ")", null);
        }
        printed.stream().filter(n -> n != null && !n.isBlank() && n.length() <= 2000).forEach(names::add);
        return names;
    }

}
