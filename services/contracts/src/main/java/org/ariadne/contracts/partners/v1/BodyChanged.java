package org.ariadne.contracts.partners.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/** A coordination body's own fields changed; carries their whole new state. ce_subject is the bodyId. */
public record BodyChanged(String tenantId, String bodyId, String name, String kind, String hostInstitutionId,
        String legalActNumber, String legalActDate, String cadence, Integer minimumMeetingsPerYear, String parentBodyId,
        Integer declaredMemberCount, List<String> activityIds) implements DomainEvent {
}
