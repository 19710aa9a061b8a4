package org.ariadne.plans.plan;

import java.util.List;
import org.ariadne.text.TextFolding;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** Read side of plans, for the current tenant. */
@Service
public class PlanQueries {

    private final PlanRepository plans;

    public PlanQueries(PlanRepository plans) {
        this.plans = plans;
    }

    public List<Plan> all() {
        return plans.all();
    }

    /** Activities matching every given criterion, plan by plan in title order, at most {@code query.limit()}. */
    public List<ActivityHit> search(ActivityQuery query) {
        String text = query.text() == null || query.text().isBlank() ? null : TextFolding.fold(query.text());
        String institution = query.institution() == null || query.institution().isBlank() ? null
                : TextFolding.fold(query.institution());
        List<ActivityHit> hits = new java.util.ArrayList<>();
        for (Plan plan : plans.withActivityText(text, query.planId())) {
            for (PlanActivity activity : plan.activities()) {
                if (hits.size() >= query.limit()) {
                    return hits;
                }
                if (matches(plan, activity, query, text, institution)) {
                    hits.add(new ActivityHit(plan, activity));
                }
            }
        }
        return hits;
    }

    private static boolean matches(Plan plan, PlanActivity activity, ActivityQuery query, String text,
            String institution) {
        if (text != null && !ActivitySearch.text(activity).contains(text)) {
            return false;
        }
        if (institution != null) {
            List<String> names = new java.util.ArrayList<>(activity.leadInstitutions());
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

    /** The plan's audit trail, oldest first, or 404. */
    public List<AuditEntry> audit(String planId) {
        return plans.audit(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /** The plan, or 404 (a plan of another tenant is simply not in this tenant's database). */
    public Plan get(String planId) {
        return plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }
}
