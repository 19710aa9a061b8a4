package org.ariadne.contracts.partners.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * A coordination body was recorded. {@code kind}: working_group, coordination_team, strike_force,
 * national_coordinator, monitoring_team, national_authority. ce_subject is the bodyId.
 */
public record BodyCreated(String tenantId, String bodyId, String name, String kind, String hostInstitutionId,
        String legalActNumber, String legalActDate, String cadence, Integer minimumMeetingsPerYear, String parentBodyId,
        Integer declaredMemberCount, List<String> activityIds) implements DomainEvent {
}
