package org.ariadne.plans.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.FundingReference;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.contracts.plans.v1.NodeRemoved;
import org.ariadne.contracts.plans.v1.PlanCreated;

/**
 * The events a change of a plan causes, derived from the difference between the plan before and after it. A move
 * changes the level of the whole subtree, so every node whose parent or level changed gets its own NodeChanged.
 * Order: nodes added and changed, then activities added, changed and removed, then nodes removed — a consumer
 * applying them in order never sees an activity under a node it does not know.
 */
public final class PlanEvents {

    private PlanEvents() {
    }

    public static List<DomainEvent> created(String tenantId, Plan plan) {
        return List.of(new PlanCreated(tenantId, plan.id(), plan.title(), plan.levelNames()));
    }

    public static List<DomainEvent> between(String tenantId, Plan before, Plan after) {
        String planId = after.id();
        List<DomainEvent> events = new ArrayList<>();
        Map<String, PlanNode> oldNodes = new HashMap<>();
        before.nodes().forEach(n -> oldNodes.put(n.id(), n));
        Map<String, PlanNode> newNodes = new HashMap<>();
        after.nodes().forEach(n -> newNodes.put(n.id(), n));
        for (PlanNode n : after.nodes()) {
            PlanNode old = oldNodes.get(n.id());
            if (old == null) {
                events.add(new NodeAdded(tenantId, planId, n.id(), n.parentId(), n.level(), n.code(), n.title()));
            } else if (!old.equals(n)) {
                events.add(new NodeChanged(tenantId, planId, n.id(), n.parentId(), n.level(), n.code(), n.title()));
            }
        }
        Map<String, PlanActivity> oldActivities = new HashMap<>();
        before.activities().forEach(a -> oldActivities.put(a.id(), a));
        Map<String, PlanActivity> newActivities = new HashMap<>();
        after.activities().forEach(a -> newActivities.put(a.id(), a));
        for (PlanActivity a : after.activities()) {
            PlanActivity old = oldActivities.get(a.id());
            if (old == null) {
                DeadlineReading reading = a.deadlineReading();
                events.add(new ActivityAdded(tenantId, planId, a.id(), a.nodeId(), a.code(), a.title(), a.deadline(),
                        a.leadInstitutions(), a.details().partnerInstitutions(), reading.kind(), reading.start(),
                        reading.end(), funding(a.details()), a.details().funders()));
            } else if (!Objects.equals(old, a)) {
                DeadlineReading reading = a.deadlineReading();
                events.add(new ActivityChanged(tenantId, planId, a.id(), a.nodeId(), a.code(), a.title(), a.deadline(),
                        a.leadInstitutions(), a.details().partnerInstitutions(), reading.kind(), reading.start(),
                        reading.end(), funding(a.details()), a.details().funders()));
            }
        }
        for (PlanActivity a : before.activities()) {
            if (!newActivities.containsKey(a.id())) {
                events.add(new ActivityRemoved(tenantId, planId, a.id()));
            }
        }
        for (PlanNode n : before.nodes()) {
            if (!newNodes.containsKey(n.id())) {
                events.add(new NodeRemoved(tenantId, planId, n.id()));
            }
        }
        return events;
    }

    /** What the plan prints about the activity's money, for the funding service (which proposes lines from it). */
    private static List<FundingReference> funding(ActivityDetails details) {
        return details.funding().stream().map(f -> new FundingReference(f.sourceKind(), f.label(), f.holder(),
                f.amount(), f.currency(), f.year())).toList();
    }
}
