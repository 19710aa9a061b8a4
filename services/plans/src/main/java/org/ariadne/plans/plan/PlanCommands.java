package org.ariadne.plans.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.plans.v1.PlanAdopted;
import org.ariadne.contracts.plans.v1.PlanChanged;
import org.ariadne.contracts.plans.v1.PlanRevised;
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
    private final ChangeAuthor author;
    private final Clock clock;

    public PlanCommands(PlanRepository plans, ChangeAuthor author) {
        this.plans = plans;
        this.author = author;
        this.clock = Clock.systemUTC();
    }

    public Plan createPlan(CreatePlan command) {
        Plan plan = Plan.create(UUID.randomUUID().toString(), command.title(), command.levelNames(), now())
                .withMetadata(command.metadata(), now());
        List<DomainEvent> events = PlanEvents.created(tenant(), plan);
        return plans.insert(plan, events, audit("create", author.actor(), author.reason(), events));
    }

    /**
     * Stores a whole plan built by an import: the plan with its tree and activities and every event (PlanCreated, then
     * a NodeAdded per node and an ActivityAdded per activity) in one write — all of it or nothing.
     */
    public Plan importPlan(Plan assembled, String actor, String reason) {
        Plan empty = new Plan(assembled.id(), assembled.title(), assembled.levelNames(), List.of(), List.of(),
                assembled.createdAt(), assembled.updatedAt(), 0, assembled.metadata());
        List<DomainEvent> events = new java.util.ArrayList<>(PlanEvents.created(tenant(), assembled));
        events.addAll(PlanEvents.between(tenant(), empty, assembled));
        return plans.insert(assembled, events, audit("import", actor, reason, events));
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

    /** Adopts the plan's current version by a legal act (409 when it is already adopted). */
    public Plan adopt(String planId, Long expectedVersion, String legalAct, String adoptionDate) {
        return change(planId, expectedVersion, "adopt", p -> p.adopt(legalAct, adoptionDate, now()),
                (before, after) -> List.of(new PlanAdopted(tenant(), planId, after.versionNumber(),
                        after.metadata().legalAct(), after.metadata().adoptionDate())), false);
    }

    /** Changes the plan's own fields on a draft version; an unchanged request writes nothing. */
    public Plan changePlan(String planId, long expectedVersion, ChangePlan command) {
        return change(planId, expectedVersion, "change", p -> p.withHeader(command, now()), (before, after) ->
                before.title().equals(after.title()) && before.levelNames().equals(after.levelNames())
                        && before.metadata().equals(after.metadata()) ? List.<DomainEvent>of()
                        : List.of(new PlanChanged(tenant(), planId, after.title(), after.levelNames(),
                                after.metadata().periodFrom(), after.metadata().periodTo(),
                                after.metadata().strategyId())), true);
    }

    /** Starts a revision of the adopted version: a new draft version with a copy of the tree. */
    public Plan revise(String planId, Long expectedVersion) {
        return change(planId, expectedVersion, "revise", p -> p.revise(now()),
                (before, after) -> List.of(new PlanRevised(tenant(), planId, after.versionNumber(),
                        before.versionNumber())), false);
    }

    /**
     * Records which institutions an activity's printed names stand for (from partners.ActivityInstitutionsResolved):
     * the printed text stays, {@code institutionIds} maps each printed part to its institution. No event (nothing the
     * plans contract carries changed); a repeated reading writes nothing. False when the plan or activity is unknown.
     */
    public boolean linkInstitutions(String planId, String activityId, Map<String, String> institutionIds) {
        return annotate(planId, "link-institutions", p -> p.withInstitutionIds(activityId, institutionIds, now()));
    }

    /** After partners.InstitutionsMerged: every plan of the tenant names the survivor where it named the merged one. */
    public int repointInstitution(String mergedId, String survivorId) {
        int changed = 0;
        for (Plan plan : plans.all()) {
            if (annotate(plan.id(), "repoint-institution", p -> p.withInstitutionRepointed(mergedId, survivorId, now()))) {
                changed++;
            }
        }
        return changed;
    }

    /** A write of the plan's state without events, guarded by its version (retried on a fresh read). */
    private boolean annotate(String planId, String action, Function<Plan, Optional<Plan>> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Plan> before = plans.find(planId);
            if (before.isEmpty()) {
                return false;
            }
            Optional<Plan> after = change.apply(before.get());
            if (after.isEmpty()) {
                return false;
            }
            if (plans.update(before.get(), after.get(), List.of(), audit(action, "partners", null, List.of())).isPresent()) {
                return true;
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                        "Plan " + planId + " kept changing concurrently while its institutions were linked");
            }
        }
    }

    private Plan change(String planId, Long expectedVersion, Function<Plan, Plan> change) {
        return change(planId, expectedVersion, "change", change,
                (before, after) -> PlanEvents.between(tenant(), before, after), true);
    }

    /** @param draftOnly changes of the tree need a draft version (an adopted one is immutable: 409) */
    private Plan change(String planId, Long expectedVersion, String action, Function<Plan, Plan> change,
            java.util.function.BiFunction<Plan, Plan, List<DomainEvent>> eventsOf, boolean draftOnly) {
        for (int attempt = 1; ; attempt++) {
            Plan before = plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Plan " + planId, expectedVersion, before.version());
            }
            if (draftOnly) {
                before.requireDraft();
            }
            Plan after = change.apply(before);
            List<DomainEvent> events = eventsOf.apply(before, after);
            if (events.isEmpty()) {
                return before; // nothing changed: no write, no new version
            }
            Optional<Plan> saved = plans.update(before, after, events,
                    audit(action, author.actor(), author.reason(), events));
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

    /** The audit entry of a change: the events it caused, named by type and subject. */
    private AuditEntry audit(String action, String actor, String reason, List<DomainEvent> events) {
        List<String> changes = new java.util.ArrayList<>();
        for (DomainEvent event : events) {
            if (changes.size() >= AuditEntry.MAX_CHANGES) {
                break;
            }
            changes.add(event.getClass().getSimpleName() + " " + subject(event));
        }
        return new AuditEntry(now(), actor, action, reason, changes, events.size());
    }

    private static String subject(DomainEvent event) {
        if (event instanceof org.ariadne.contracts.plans.v1.ActivityAdded) {
            return ((org.ariadne.contracts.plans.v1.ActivityAdded) event).activityId();
        }
        if (event instanceof org.ariadne.contracts.plans.v1.ActivityChanged) {
            return ((org.ariadne.contracts.plans.v1.ActivityChanged) event).activityId();
        }
        if (event instanceof org.ariadne.contracts.plans.v1.ActivityRemoved) {
            return ((org.ariadne.contracts.plans.v1.ActivityRemoved) event).activityId();
        }
        if (event instanceof org.ariadne.contracts.plans.v1.NodeAdded) {
            return ((org.ariadne.contracts.plans.v1.NodeAdded) event).nodeId();
        }
        if (event instanceof org.ariadne.contracts.plans.v1.NodeChanged) {
            return ((org.ariadne.contracts.plans.v1.NodeChanged) event).nodeId();
        }
        if (event instanceof org.ariadne.contracts.plans.v1.NodeRemoved) {
            return ((org.ariadne.contracts.plans.v1.NodeRemoved) event).nodeId();
        }
        if (event instanceof PlanAdopted) {
            return "version " + ((PlanAdopted) event).versionNumber();
        }
        if (event instanceof PlanRevised) {
            return "version " + ((PlanRevised) event).versionNumber();
        }
        return "";
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
