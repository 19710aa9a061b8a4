package org.ariadne.contracts.funding.v1;

/**
 * A plan activity a budget line is linked to. {@code tenantId} is the activity's tenant: the line's owner or one of
 * its descendants (a state line linked to a canton's activity); {@code code} is the activity's code as printed.
 */
public record ActivityRef(String tenantId, String planId, String activityId, String code) {
}
