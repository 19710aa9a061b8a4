package org.ariadne.funding.line;

import java.util.List;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Resolves the activity a line is to be linked to. A line's owner may link it to its own activities and to those of
 * the tenants below it (the state ministry paying a canton's shelters): for those, and only those, this is the one
 * place that looks into another tenant's plan view — inside that tenant's context, to read whether the activity
 * exists and its code, nothing else. Any other tenant is refused as a field problem; the link itself is stored in
 * the owner's database only.
 */
@Component
public class LinkTargets {

    private final PlanViewRepository planView;
    private final TenantHierarchy hierarchy;

    public LinkTargets(PlanViewRepository planView, TenantHierarchy hierarchy) {
        this.planView = planView;
        this.hierarchy = hierarchy;
    }

    /** @param pointer where the target sits in the request, for problems ("/activity") */
    public ActivityRef resolve(LinkTarget target, String pointer) {
        String owner = TenantContext.require().value();
        String tenant = target.tenant() == null || target.tenant().isBlank() ? owner : target.tenant().strip();
        if (!TenantId.isValid(tenant)) {
            throw invalid(pointer + "/tenant", "\"" + abbreviate(tenant) + "\" is not a tenant id");
        }
        if (!tenant.equals(owner) && !hierarchy.isSelfOrDescendant(tenant, owner)) {
            throw invalid(pointer + "/tenant", "a line of " + owner + " can be linked to activities of " + owner
                    + " and of the tenants below it only; " + tenant + " is not one of them");
        }
        return tenant.equals(owner) ? find(target, pointer, tenant)
                : TenantContext.callAs(TenantId.of(tenant), () -> find(target, pointer, tenant));
    }

    private ActivityRef find(LinkTarget target, String pointer, String tenant) {
        if (target.activityId() != null && !target.activityId().isBlank()) {
            if (target.planId() == null || target.planId().isBlank()) {
                throw invalid(pointer + "/planId", "send the activity's planId with its activityId");
            }
            PlannedActivity activity = planView.activity(target.planId(), target.activityId())
                    .filter(a -> !a.removed())
                    .orElseThrow(() -> invalid(pointer + "/activityId", "there is no activity " + target.activityId()
                            + " in plan " + target.planId() + " of tenant " + tenant));
            return new ActivityRef(tenant, activity.planId(), activity.activityId(), activity.code());
        }
        if (target.code() == null || target.code().isBlank()) {
            throw invalid(pointer, "name the activity by planId and activityId, or by its code");
        }
        List<PlannedActivity> candidates = planView.activitiesWithCode(target.code().strip()).stream()
                .filter(a -> target.planId() == null || target.planId().isBlank() || a.planId().equals(target.planId()))
                .toList();
        if (candidates.isEmpty()) {
            throw invalid(pointer + "/code", "no activity of tenant " + tenant + " has the code " + target.code().strip());
        }
        if (candidates.size() > 1) {
            throw invalid(pointer + "/code", candidates.size() + " activities of tenant " + tenant + " have the code "
                    + target.code().strip() + " (plans " + candidates.stream().map(PlannedActivity::planId).distinct().toList()
                    + "); send planId and activityId instead");
        }
        PlannedActivity activity = candidates.get(0);
        return new ActivityRef(tenant, activity.planId(), activity.activityId(), activity.code());
    }

    private static ProblemException invalid(String pointer, String detail) {
        return ProblemException.validation(List.of(new FieldProblem(pointer, detail)));
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
