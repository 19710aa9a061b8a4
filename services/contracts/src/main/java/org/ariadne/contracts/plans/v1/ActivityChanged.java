package org.ariadne.contracts.plans.v1;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/**
 * An activity's fields after a change, or after a move to another node: always the whole new state.
 * Optional (added within v1): {@code partnerInstitutions} as printed, and the deadline's structured reading —
 * {@code deadlineKind} (month, quarter, half_year, year, year_range, by_end_of, date, continuous, recurring,
 * event_triggered, milestones, unknown) with the ISO dates {@code deadlineStart}/{@code deadlineEnd} when it names a
 * window; {@code funding}, what the plan prints about the activity's money (sources, amounts by year, restated
 * amounts), and {@code funders}, the donors it names, both as printed.
 */
public record ActivityChanged(String tenantId, String planId, String activityId, String nodeId, String code, String title,
        String deadline, List<String> leadInstitutions, List<String> partnerInstitutions, String deadlineKind,
        String deadlineStart, String deadlineEnd, List<FundingReference> funding, List<String> funders)
        implements DomainEvent {

    /** Without the funding the plan prints (added later in v1). */
    public ActivityChanged(String tenantId, String planId, String activityId, String nodeId, String code, String title,
            String deadline, List<String> leadInstitutions, List<String> partnerInstitutions, String deadlineKind,
            String deadlineStart, String deadlineEnd) {
        this(tenantId, planId, activityId, nodeId, code, title, deadline, leadInstitutions, partnerInstitutions,
                deadlineKind, deadlineStart, deadlineEnd, null, null);
    }

    /** Without the optional fields added later in v1 (partner institutions, the deadline's reading). */
    public ActivityChanged(String tenantId, String planId, String activityId, String nodeId, String code, String title,
            String deadline, List<String> leadInstitutions) {
        this(tenantId, planId, activityId, nodeId, code, title, deadline, leadInstitutions, null, null, null, null, null,
                null);
    }
}
