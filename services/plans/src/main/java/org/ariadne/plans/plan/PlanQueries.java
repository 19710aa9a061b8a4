package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.text.TextFolding;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** Read side of plans, for the current tenant; each read loads what it answers, not the whole plan. */
@Service
public class PlanQueries {

    private final PlanRepository plans;

    public PlanQueries(PlanRepository plans) {
        this.plans = plans;
    }

    /** Every plan's summary (no tree), in title order. */
    public List<PlanSummary> all() {
        return plans.summaries();
    }

    /**
     * Activities matching every given criterion, plan by plan in title order, at most {@code query.limit()}. Filtered by
     * a plan this tenant does not have (another tenant's, say), the answer is 404 as for the plan itself, not an empty list.
     */
    public List<ActivityHit> search(ActivityQuery query) {
        if (query.planId() != null) {
            get(query.planId());
        }
        String text = query.text() == null || query.text().isBlank() ? null : TextFolding.fold(query.text());
        String institution = query.institution() == null || query.institution().isBlank() ? null
                : TextFolding.fold(query.institution());
        List<ActivityHit> hits = new ArrayList<>();
        for (PlanOutline plan : plans.outlines(query.planId())) {
            int wanted = query.limit() - hits.size();
            if (wanted <= 0) {
                break;
            }
            for (PlanActivity activity : plans.activities(plan, a -> matches(plan, a, query, text, institution), wanted)) {
                hits.add(new ActivityHit(plan, activity));
            }
        }
        return hits;
    }

    private static boolean matches(PlanOutline plan, PlanActivity activity, ActivityQuery query, String text,
            String institution) {
        if (text != null && !ActivitySearch.text(activity).contains(text)) {
            return false;
        }
        if (institution != null) {
            List<String> names = new ArrayList<>(activity.leadInstitutions());
            names.addAll(activity.details().partnerInstitutions());
            activity.details().responsibilities().forEach(r -> {
                names.addAll(r.leadInstitutions());
                names.addAll(r.partnerInstitutions());
            });
            if (names.stream().noneMatch(n -> TextFolding.fold(n).contains(institution))) {
                return false;
            }
        }
        if (query.level() != null && plan.node(activity.nodeId()).map(PlanNode::level).orElse(0) != query.level()) {
            return false;
        }
        if (query.deadlineFrom() != null || query.deadlineTo() != null) {
            DeadlineReading reading = activity.deadlineReading();
            if (reading.start() == null && reading.end() == null) {
                return false;
            }
            String start = reading.start() == null ? reading.end() : reading.start();
            String end = reading.end() == null ? reading.start() : reading.end();
            if (query.deadlineFrom() != null && end.compareTo(query.deadlineFrom()) < 0) {
                return false;
            }
            if (query.deadlineTo() != null && start.compareTo(query.deadlineTo()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A page of the plan's audit trail, oldest first, or 404. */
    public AuditTrail audit(String planId, long after, int limit) {
        return plans.audit(planId, after, limit).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** The plan with its tree, or 404 (a plan of another tenant is simply not in this tenant's database). */
    public Plan get(String planId) {
        return plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** The plan without its activities, or 404. */
    public PlanOutline outline(String planId) {
        return plans.outline(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** One activity with its plan's outline, or 404 for an unknown plan or activity. */
    public ActivityHit activity(String planId, String activityId) {
        return plans.activity(planId, activityId).orElseThrow(() -> ProblemException.notFound(
                plans.outline(planId).isPresent() ? "Activity " + activityId + " of plan " + planId : "Plan " + planId));
    }

    /** The plan's versions, oldest first, or 404. */
    public List<VersionSummary> versions(String planId) {
        return plans.versions(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** One version's tree, or 404 for an unknown plan or version number. */
    public PlanVersion version(String planId, int number) {
        return plans.version(planId, number).orElseThrow(() -> ProblemException.notFound(
                plans.outline(planId).isPresent() ? "Version " + number + " of plan " + planId : "Plan " + planId));
    }
}
