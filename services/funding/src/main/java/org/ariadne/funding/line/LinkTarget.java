package org.ariadne.funding.line;

/**
 * The activity a request wants a line linked to: in the caller's tenant or in one below it ({@code tenant}; null =
 * the caller's own), named by plan and activity id, or by its printed code (then it must be unique among the tenant's
 * plans, or the plan must be given).
 */
public record LinkTarget(String tenant, String planId, String activityId, String code) {
}
