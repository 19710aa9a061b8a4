package org.ariadne.partners.activity;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Turns the activity references a request sends (an activity id, or a code as printed with an optional plan) into
 * links, checked against what partners knows of the plans. An unknown id or code is a 422 naming the entry.
 */
@Service
public class ActivityLinks {

    private final ActivityViews views;

    public ActivityLinks(ActivityViews views) {
        this.views = views;
    }

    /** A reference as sent. */
    public record Requested(String activityId, String planId, String code) {
    }

    public List<ActivityRef> resolve(List<Requested> requested, String pointer) {
        List<ActivityRef> refs = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (requested == null) {
            return refs;
        }
        for (int i = 0; i < requested.size(); i++) {
            Requested r = requested.get(i);
            String at = pointer + "/" + i;
            if (r == null || (r.activityId() == null && r.code() == null)) {
                problems.add(new FieldProblem(at, "names an activity by activityId, or by code (and planId)"));
                continue;
            }
            if (r.activityId() != null) {
                views.find(r.activityId()).filter(a -> !a.removed()).ifPresentOrElse(a -> add(refs, a.ref()),
                        () -> problems.add(new FieldProblem(at + "/activityId", "There is no activity " + r.activityId()
                                + " in this tenant's plans")));
                continue;
            }
            List<ActivityView> found = views.byCode(r.code(), r.planId());
            if (found.isEmpty()) {
                problems.add(new FieldProblem(at + "/code", "No activity of this tenant's plans has the code " + r.code()
                        + (r.planId() == null ? "" : " in plan " + r.planId())));
            } else if (found.size() > 1 && r.planId() == null) {
                problems.add(new FieldProblem(at + "/code", found.size() + " activities have the code " + r.code()
                        + "; name the plan (planId) or the activityId"));
            } else {
                found.forEach(a -> add(refs, a.ref()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return refs;
    }

    private static void add(List<ActivityRef> refs, ActivityRef ref) {
        if (refs.stream().noneMatch(r -> r.activityId().equals(ref.activityId()))) {
            refs.add(ref);
        }
    }

    /** The activity as partners knows it now (its latest status), or empty when unknown. */
    public java.util.Optional<ActivityView> view(String activityId) {
        return views.find(activityId);
    }
}
