package org.ariadne.plans.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Use cases that change plans of the current tenant. Each change is read → apply → one atomic write of the new state
 * and its events, guarded by the plan's version. A change that names a version (If-Match) fails with 412 when the
 * plan moved on; one that does not (adding a node or an activity) is retried on a fresh read.
 */
@Service
public class PlanCommands {

    static final int MAX_ATTEMPTS = 5;

    private final PlanRepository plans;
    private final Clock clock;

    public PlanCommands(PlanRepository plans) {
        this.plans = plans;
        this.clock = Clock.systemUTC();
    }

    public Plan createPlan(CreatePlan command) {
        Plan plan = Plan.create(UUID.randomUUID().toString(), command.title(), command.levelNames(), now());
        return plans.insert(plan, PlanEvents.created(tenant(), plan));
    }

    /** @param expectedVersion optional: when given, the plan must still be at it */
    public PlanEdit<PlanNode> addNode(String planId, Long expectedVersion, AddNode command) {
        String nodeId = UUID.randomUUID().toString();
        Plan plan = change(planId, expectedVersion, p -> p.addNode(nodeId, command, now()));
        return new PlanEdit<>(plan, plan.requireNode(nodeId));
    }

    public PlanEdit<PlanNode> changeNode(String planId, long expectedVersion, String nodeId, ChangeNode command) {
        Plan plan = change(planId, expectedVersion, p -> p.changeNode(nodeId, command, now()));
        return new PlanEdit<>(plan, plan.requireNode(nodeId));
    }

    public Plan removeNode(String planId, long expectedVersion, String nodeId) {
        return change(planId, expectedVersion, p -> p.removeNode(nodeId, now()));
    }

    /** @param expectedVersion optional: when given, the plan must still be at it */
    public PlanEdit<PlanActivity> addActivity(String planId, Long expectedVersion, AddActivity command) {
        String activityId = UUID.randomUUID().toString();
        Plan plan = change(planId, expectedVersion, p -> p.addActivity(activityId, command, now()));
        return new PlanEdit<>(plan, plan.requireActivity(activityId));
    }

    public PlanEdit<PlanActivity> changeActivity(String planId, long expectedVersion, String activityId,
            ChangeActivity command) {
        Plan plan = change(planId, expectedVersion, p -> p.changeActivity(activityId, command, now()));
        return new PlanEdit<>(plan, plan.requireActivity(activityId));
    }

    public Plan removeActivity(String planId, long expectedVersion, String activityId) {
        return change(planId, expectedVersion, p -> p.removeActivity(activityId, now()));
    }

    private Plan change(String planId, Long expectedVersion, Function<Plan, Plan> change) {
        for (int attempt = 1; ; attempt++) {
            Plan before = plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Plan " + planId, expectedVersion, before.version());
            }
            Plan after = change.apply(before);
            List<DomainEvent> events = PlanEvents.between(tenant(), before, after);
            if (events.isEmpty()) {
                return before; // nothing changed: no write, no new version
            }
            Optional<Plan> saved = plans.update(before, after, events);
            if (saved.isPresent()) {
                return saved.get();
            }
            // The version moved (or the plan is gone): the next read answers 404 / 412, or retries.
            if (attempt >= MAX_ATTEMPTS) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                        "Plan " + planId + " kept changing concurrently; retry the request");
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
