package org.ariadne.plans.plan;

import java.util.List;
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

    /** The plan, or 404 (a plan of another tenant is simply not in this tenant's database). */
    public Plan get(String planId) {
        return plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }
}
