package org.ariadne.monitoring.planview.internal;

import java.util.List;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.PlanOverview;
import org.ariadne.monitoring.planview.PlanViewQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only HTTP view of the plan view, for the tenant the tenant filter entered. */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class PlanViewController {

    private final PlanViewQueries queries;

    PlanViewController(PlanViewQueries queries) {
        this.queries = queries;
    }

    /** Per plan: its activities counted under each top-level node. */
    @GetMapping("/overview")
    PlanOverview overview() {
        return queries.overview();
    }

    /** The plan's activities as monitoring knows them; 404 not-found for a plan this tenant's view does not know. */
    @GetMapping("/plans/{planId}/activities")
    PlanActivities activities(@PathVariable String planId) {
        return new PlanActivities(planId, queries.activities(planId));
    }

    record PlanActivities(String planId, List<ActivityView> activities) {
    }
}
