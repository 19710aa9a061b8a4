package org.ariadne.monitoring.planview.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.contracts.partners.v1.InstitutionsMerged;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code partners.events}: which institution each printed lead and partner name stands for
 * (so that a round asks one contribution per institution, not per spelling), and merges. Version-guarded by the
 * reading's aggregate version; a merge re-points what was read. Records without their ids are dead-lettered.
 */
@Component
class PartnersEventsListener implements InboundEventHandler {

    private final PlanViewRepository planView;

    PartnersEventsListener(PlanViewRepository planView) {
        this.planView = planView;
    }

    @Override
    public String topic() {
        return EventTypes.PARTNERS_TOPIC;
    }

    @Override
    public String id() {
        return "monitoring.partners";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof ActivityInstitutionsResolved e) {
            if (e.activityId() == null || e.names() == null || event.aggregateVersion() <= 0) {
                throw new InvalidEventException("Event " + event.eventId() + " lacks its activity, names or version", null);
            }
            planView.saveInstitutions(e.activityId(), resolved(e), event.aggregateVersion());
        } else if (event.payload() instanceof InstitutionsMerged e) {
            if (e.mergedId() == null || e.survivorId() == null) {
                throw new InvalidEventException("Event " + event.eventId() + " lacks the merged or surviving id", null);
            }
            planView.repointInstitution(e.mergedId(), e.survivorId(), e.survivorName());
        }
    }

    /**
     * Lead and partner names that read as exactly one institution. A cell that names several ("MPB/ZKNT") or is still
     * in review keeps its printed name as its own contribution.
     */
    private static List<ActivityView.ResolvedInstitution> resolved(ActivityInstitutionsResolved e) {
        List<ActivityView.ResolvedInstitution> resolved = new ArrayList<>();
        for (ActivityInstitutionsResolved.ResolvedName name : e.names()) {
            if (name == null || name.parts() == null || "funder".equals(name.role()) || name.parts().size() != 1) {
                continue;
            }
            ActivityInstitutionsResolved.ResolvedPart part = name.parts().get(0);
            if (part != null && "resolved".equals(part.outcome()) && part.institutionId() != null && name.printed() != null) {
                resolved.add(new ActivityView.ResolvedInstitution(name.printed(), part.institutionId(),
                        part.institutionName() == null ? name.printed() : part.institutionName()));
            }
        }
        return resolved;
    }
}
