package org.ariadne.monitoring.rounds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.ContributionSubmitted;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * One institution's contribution to a round: its reports on the activities it leads or partners, its state and the
 * whole audit trail. Immutable: every transition is a pure function returning the new contribution and the events it
 * causes, or refusing (409 for a transition its state does not allow). When the partners service resolved the plan's
 * printed names, {@code institution} is the institution's name, {@code institutionId} its id and {@code spellings}
 * every name the plan prints for it; otherwise {@code institution} is the printed name itself.
 */
public record Contribution(String contributionId, String roundId, String planId, String institution,
        List<String> activityIds, ContributionState state, List<ActivityReport> reports, List<Transition> history,
        String returnReason, Instant acceptedAt, long version, String institutionId, List<String> spellings) {

    /** What can be done to a contribution. */
    public enum Action { SAVE_DRAFT, SUBMIT, RETURN, ACCEPT }

    private static final Map<Action, Set<ContributionState>> ALLOWED_FROM = Map.of(
            Action.SAVE_DRAFT, Set.of(ContributionState.REQUESTED, ContributionState.DRAFT, ContributionState.RETURNED),
            Action.SUBMIT, Set.of(ContributionState.REQUESTED, ContributionState.DRAFT, ContributionState.RETURNED),
            Action.RETURN, Set.of(ContributionState.SUBMITTED),
            Action.ACCEPT, Set.of(ContributionState.SUBMITTED));

    private static final Map<Action, ContributionState> TARGET = Map.of(
            Action.SAVE_DRAFT, ContributionState.DRAFT, Action.SUBMIT, ContributionState.SUBMITTED,
            Action.RETURN, ContributionState.RETURNED, Action.ACCEPT, ContributionState.ACCEPTED);

    public Contribution {
        activityIds = List.copyOf(activityIds);
        reports = List.copyOf(reports);
        history = List.copyOf(history);
        spellings = spellings == null || spellings.isEmpty() ? List.of(institution) : List.copyOf(spellings);
    }

    /** A contribution of a printed name no institution id stands for. */
    public Contribution(String contributionId, String roundId, String planId, String institution, List<String> activityIds,
            ContributionState state, List<ActivityReport> reports, List<Transition> history, String returnReason,
            Instant acceptedAt, long version) {
        this(contributionId, roundId, planId, institution, activityIds, state, reports, history, returnReason, acceptedAt,
                version, null, null);
    }

    /** True when {@code name} is the institution's name or one of the ways the plan prints it. */
    public boolean isFor(String name) {
        return name != null && (name.equals(institution) || spellings.contains(name));
    }

    /** Who works on a contribution, and whether on the institution's behalf. */
    public record Actor(String subject, boolean onBehalf) {

        /**
         * The coordinator (on the institution's behalf, unless the coordinator belongs to it) or a focal point of that
         * very institution; anyone else is refused.
         */
        public static Actor workingOn(Caller caller, Contribution contribution) {
            if (caller.has(TenantRole.FOCAL_POINT) && contribution.isFor(caller.institution())) {
                return new Actor(caller.subject(), false);
            }
            if (caller.has(TenantRole.COORDINATOR)) {
                return new Actor(caller.subject(), !contribution.isFor(caller.institution()));
            }
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the coordinator or a focal point of "
                    + contribution.institution() + " may work on this contribution.");
        }

        /** The coordinator deciding on a contribution (returning, accepting): never "on behalf". */
        public static Actor deciding(Caller caller) {
            return new Actor(caller.subject(), false);
        }
    }

    /** The state {@code action} leads to from {@code from}; empty when the action is not allowed there. */
    public static Optional<ContributionState> target(ContributionState from, Action action) {
        return ALLOWED_FROM.get(action).contains(from) ? Optional.of(TARGET.get(action)) : Optional.empty();
    }

    /** The request a round opens for one institution; one id per (round, institution), so a second open collides. */
    public static Contribution requested(String roundId, String planId, String institution, List<String> activityIds) {
        return requested(roundId, planId, institution, null, null, activityIds);
    }

    /** As {@link #requested(String, String, String, List)}, for an institution the partners service resolved. */
    public static Contribution requested(String roundId, String planId, String institution, String institutionId,
            List<String> spellings, List<String> activityIds) {
        String key = institutionId == null ? institution : "institution:" + institutionId;
        String id = UUID.nameUUIDFromBytes((roundId + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
        return new Contribution(id, roundId, planId, institution, activityIds, ContributionState.REQUESTED, List.of(),
                List.of(), null, null, 0, institutionId, spellings);
    }

    /** The status each report gives its activity, for consumers that follow activities (partners' tracker). */
    private static List<ContributionAccepted.ReportedStatus> statuses(List<ActivityReport> reports) {
        return reports.stream().filter(r -> r.status() != null)
                .map(r -> new ContributionAccepted.ReportedStatus(r.activityId(), r.status())).toList();
    }

    /**
     * The contribution as a printed report states it: entered on the institution's behalf and accepted at once (the
     * report is the accepted outcome).
     */
    public Changed<Contribution> acceptedAsPrinted(String tenant, List<ActivityReport> printedReports, String by, Instant now) {
        Transition accepted = new Transition(now, by, state, ContributionState.ACCEPTED, "Imported from the printed report", true);
        Contribution after = new Contribution(contributionId, roundId, planId, institution, activityIds,
                ContributionState.ACCEPTED, printedReports, List.of(accepted), null, now, version, institutionId, spellings);
        return new Changed<>(after, List.of(
                new ContributionSubmitted(tenant, planId, roundId, contributionId, institution, printedReports.size(), true),
                new ContributionAccepted(tenant, planId, roundId, contributionId, institution, statuses(printedReports))));
    }

    /** Saves reports as a draft; they must be on the contribution's activities and replace earlier ones per activity. */
    public Changed<Contribution> saveDraft(List<ActivityReport> drafted, Actor actor, Instant now) {
        ContributionState to = require(Action.SAVE_DRAFT);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ActivityReport> merged = new LinkedHashMap<>();
        reports.forEach(r -> merged.put(r.activityId(), r));
        for (int i = 0; i < drafted.size(); i++) {
            if (!activityIds.contains(drafted.get(i).activityId())) {
                problems.add(new FieldProblem("/reports/" + i + "/activityId", "not an activity of this contribution"));
            }
            merged.put(drafted.get(i).activityId(), drafted.get(i));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new Changed<>(moved(to, actor, null, now, new ArrayList<>(merged.values()), returnReason, acceptedAt), List.of());
    }

    public Changed<Contribution> submit(String tenant, Actor actor, Instant now) {
        ContributionState to = require(Action.SUBMIT);
        List<DomainEvent> events = List.of(new ContributionSubmitted(tenant, planId, roundId, contributionId, institution,
                reports.size(), actor.onBehalf()));
        return new Changed<>(moved(to, actor, null, now, reports, returnReason, acceptedAt), events);
    }

    public Changed<Contribution> returnWithReason(String reason, Actor actor, Instant now) {
        ContributionState to = require(Action.RETURN);
        return new Changed<>(moved(to, actor, reason, now, reports, reason, acceptedAt), List.of());
    }

    public Changed<Contribution> accept(String tenant, Actor actor, Instant now) {
        ContributionState to = require(Action.ACCEPT);
        return new Changed<>(moved(to, actor, null, now, reports, null, now),
                List.of(new ContributionAccepted(tenant, planId, roundId, contributionId, institution, statuses(reports))));
    }

    private ContributionState require(Action action) {
        return target(state, action).orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "A " + state.wire() + " contribution cannot become " + TARGET.get(action).wire() + ".",
                Map.of("state", state.wire())));
    }

    /** The contribution in state {@code to}; a change of state is recorded in the audit trail. */
    private Contribution moved(ContributionState to, Actor actor, String reason, Instant now, List<ActivityReport> newReports,
            String newReturnReason, Instant newAcceptedAt) {
        List<Transition> trail = new ArrayList<>(history);
        if (state != to) {
            trail.add(new Transition(now, actor.subject(), state, to, reason, actor.onBehalf()));
        }
        return new Contribution(contributionId, roundId, planId, institution, activityIds, to, newReports, trail,
                newReturnReason, newAcceptedAt, version, institutionId, spellings);
    }
}
