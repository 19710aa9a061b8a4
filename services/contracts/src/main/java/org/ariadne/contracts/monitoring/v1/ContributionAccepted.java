package org.ariadne.contracts.monitoring.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * The coordinator accepted an institution's contribution; its activity reports now count in the round's roll-ups.
 * ce_subject is the contributionId. Optional (added within v1): {@code activities}, the status the contribution
 * reports for each of its activities (monitoring's statuses: not_started, ongoing, partially_implemented, implemented,
 * not_implemented, no_data).
 */
public record ContributionAccepted(String tenantId, String planId, String roundId, String contributionId, String institution,
        List<ReportedStatus> activities) implements DomainEvent {

    /** Without the activities' statuses (added later in v1). */
    public ContributionAccepted(String tenantId, String planId, String roundId, String contributionId, String institution) {
        this(tenantId, planId, roundId, contributionId, institution, null);
    }

    /** An activity of the contribution and the status reported for it. */
    public record ReportedStatus(String activityId, String status) {
    }
}
