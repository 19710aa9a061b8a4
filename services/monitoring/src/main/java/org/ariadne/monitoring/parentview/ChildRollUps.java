package org.ariadne.monitoring.parentview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.monitoring.rounds.RoundState;
import org.ariadne.monitoring.rounds.RoundSummary;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.parent.ParentViews;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The parent's view of a child: the child's frozen-round roll-ups (only while the child consents; every read audited
 * in the child) next to the parent's own. Without consent the child is as unknown as any foreign object (404).
 */
@Service
public class ChildRollUps {

    private final ParentViews parentViews;
    private final PlanViewRepository plans;
    private final RoundQueries rounds;

    public ChildRollUps(ParentViews parentViews, PlanViewRepository plans, RoundQueries rounds) {
        this.parentViews = parentViews;
        this.plans = plans;
        this.rounds = rounds;
    }

    /** The current tenant's and the child's frozen-round roll-ups. */
    public ParentAndChild rollUps(String child) {
        List<FrozenRollUp> own = frozenOfCurrent();
        List<FrozenRollUp> childs = parentViews.readAsParent(child, "monitoring: frozen-round roll-ups", this::frozenOfCurrent)
                .orElseThrow(() -> ProblemException.notFound("Tenant " + child + "'s roll-ups"));
        return new ParentAndChild(TenantContext.require().value(), own, child, childs);
    }

    /** Both tenants' roll-ups, each tenant's rounds by period end. */
    public record ParentAndChild(String tenant, List<FrozenRollUp> own, String child, List<FrozenRollUp> childRollUps) {
    }

    private List<FrozenRollUp> frozenOfCurrent() {
        List<FrozenRollUp> found = new ArrayList<>();
        for (PlanView plan : plans.plans()) {
            for (RoundSummary round : rounds.roundsOf(plan.planId())) {
                if (round.state() != RoundState.FROZEN) {
                    continue;
                }
                // a frozen round's roll-up is its stored one: read alone, without the round's tree or reports
                RollUp rollUp = rounds.rollUp(round.roundId());
                if (rollUp == null) {
                    continue;
                }
                found.add(new FrozenRollUp(round.roundId(), round.planId(), round.planTitle(), round.kind(),
                        round.periodStart(), round.periodEnd(), round.frozenAt(), rollUp.overall(), rollUp.rows()));
            }
        }
        found.sort(Comparator.comparing(FrozenRollUp::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder())));
        return found;
    }
}
