package org.ariadne.partners.institution;

/**
 * In-process notice, inside the tenant's context, that {@code mergedId} was merged into {@code survivorId}: the
 * features that keep institution ids (coordination bodies, readings) re-point them. Other services learn it from
 * {@code partners.InstitutionsMerged}.
 */
public record InstitutionMerged(String mergedId, String survivorId) {
}
