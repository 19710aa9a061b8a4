package org.ariadne.contracts.monitoring.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * A reporting round of a plan was opened: one contribution request per responsible institution, for the activities the
 * plan held at that moment (activities added later belong to the next round). ce_subject is the roundId.
 */
public record RoundOpened(String tenantId, String planId, String roundId, String kind, String periodStart, String periodEnd,
        String dueDate, String recipient, int activityCount, List<String> institutions) implements DomainEvent {
}
