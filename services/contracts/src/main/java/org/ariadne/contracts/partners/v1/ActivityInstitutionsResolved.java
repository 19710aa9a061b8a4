package org.ariadne.contracts.partners.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * How the institution names a plan activity prints (lead, partner, funder) were read: each printed name with its
 * parts, each part exactly as printed and resolved to an institution, a generic mention, or still under review.
 * Published whenever the reading of an activity changes (new names, a review decision, a merge). ce_subject is the
 * activityId.
 */
public record ActivityInstitutionsResolved(String tenantId, String planId, String activityId, String code,
        List<ResolvedName> names) implements DomainEvent {

    /** One printed name and its parts; {@code role} is lead, partner or funder. */
    public record ResolvedName(String role, String printed, List<ResolvedPart> parts) {
    }

    /** A part as printed; {@code outcome} resolved, generic or review; the institution when resolved. */
    public record ResolvedPart(String text, String outcome, String institutionId, String institutionName,
            Boolean institutionIsGlobal) {
    }
}
