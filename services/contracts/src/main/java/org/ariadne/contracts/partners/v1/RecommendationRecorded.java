package org.ariadne.contracts.partners.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * An international recommendation the tenant answers was recorded: its source (GRETA_REPORT with its evaluation
 * round, COP_RECOMMENDATION, TIP_REPORT with its year, EU_REPORT), paragraph, strength (urge, consider, invite,
 * prioritized), status and the plan activities linked to it. ce_subject is the recommendationId.
 */
public record RecommendationRecorded(String tenantId, String recommendationId, String sourceId, String sourceKind,
        Integer round, Integer year, String documentNumber, String paragraph, String strength, String status,
        List<String> activityIds) implements DomainEvent {
}
