package org.ariadne.plans.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.contracts.partners.v1.InstitutionsMerged;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.ariadne.plans.plan.PlanCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code partners.events}: how the partners service read an activity's printed institution
 * names becomes the activity's {@code institutionIds} (printed part → institution id; the printed text stays), and a
 * merge re-points them. Applying a reading is idempotent and readings of one activity arrive in order (one key), so
 * redelivery and replays change nothing. Records without their ids go to the dead-letter topic.
 */
@Component
class PartnersEventsListener implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(PartnersEventsListener.class);

    private final PlanCommands commands;

    PartnersEventsListener(PlanCommands commands) {
        this.commands = commands;
    }

    @Override
    public String topic() {
        return EventTypes.PARTNERS_TOPIC;
    }

    @Override
    public String id() {
        return "plans.partners";
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.payload() instanceof ActivityInstitutionsResolved e) {
            if (e.planId() == null || e.activityId() == null || e.names() == null) {
                throw new InvalidEventException("Event " + event.eventId() + " lacks its plan, activity or names", null);
            }
            if (!commands.linkInstitutions(e.planId(), e.activityId(), institutionIds(e))) {
                log.debug("Institutions of activity {} unchanged or activity unknown", e.activityId());
            }
        } else if (event.payload() instanceof InstitutionsMerged e) {
            if (e.mergedId() == null || e.survivorId() == null) {
                throw new InvalidEventException("Event " + event.eventId() + " lacks the merged or surviving id", null);
            }
            int plans = commands.repointInstitution(e.mergedId(), e.survivorId());
            log.info("Institution {} merged into {}: {} plan(s) re-pointed", e.mergedId(), e.survivorId(), plans);
        }
    }

    /** Printed part → institution, for every part the reading resolved (generic mentions and parts in review have none). */
    private static Map<String, String> institutionIds(ActivityInstitutionsResolved e) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (ActivityInstitutionsResolved.ResolvedName name : e.names()) {
            if (name == null || name.parts() == null) {
                continue;
            }
            for (ActivityInstitutionsResolved.ResolvedPart part : name.parts()) {
                if (part != null && "resolved".equals(part.outcome()) && part.text() != null && part.institutionId() != null) {
                    ids.putIfAbsent(part.text(), part.institutionId());
                }
            }
        }
        return ids;
    }
}
