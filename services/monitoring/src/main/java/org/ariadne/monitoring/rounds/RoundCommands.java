package org.ariadne.monitoring.rounds;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Use cases that change rounds and contributions of the current tenant. Each is read → pure transition → one atomic
 * write of the new state and its events, guarded by the aggregate's version, retried on a fresh read when another
 * write raced it. Who may call what is the access policy's; who may work on which contribution is the contribution's.
 */
@Service
public class RoundCommands {

    static final int MAX_ATTEMPTS = 5;

    private final RoundRepository rounds;
    private final RoundQueries queries;
    private final PlanViewQueries planView;
    private final Clock clock = Clock.systemUTC();

    public RoundCommands(RoundRepository rounds, RoundQueries queries, PlanViewQueries planView) {
        this.rounds = rounds;
        this.queries = queries;
        this.planView = planView;
    }

    /** Opens a round on the plan as the plan view holds it now: activities added later are not in it. */
    public Round open(String planId, Round.Opening opening, Caller caller) {
        return openWith(UUID.randomUUID().toString(), planId, opening, caller, Round.CONTRIBUTIONS, Map.of(), List.of(),
                Map.of());
    }

    /**
     * Opens a round and records what a printed report says: every institution's contribution is entered on its behalf
     * and accepted at once (the report is the accepted outcome), and the conclusion's figures are kept to compare.
     */
    public Round openImported(String roundId, String planId, Round.Opening opening, Caller caller,
            Map<String, ActivityReport> reportsByActivity, List<PrintedFigures> printed,
            Map<String, Round.PrintedColumns> columns) {
        if (rounds.findRound(roundId).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "This printed report round was already imported.",
                    Map.of("roundId", roundId));
        }
        return openWith(roundId, planId, opening, caller, Round.PRINTED_REPORT, reportsByActivity, printed, columns);
    }

    private Round openWith(String roundId, String planId, Round.Opening opening, Caller caller, String source,
            Map<String, ActivityReport> reportsByActivity, List<PrintedFigures> printed,
            Map<String, Round.PrintedColumns> columns) {
        PlanView plan = planView.plan(planId);
        Instant now = now();
        Round.Opened opened = Round.open(tenant(), roundId, plan, planView.nodes(planId), planView.activities(planId), opening,
                source, columns, printed, caller.subject(), now);
        // Contributions first: a crash in between leaves requests of a round nobody can see, never a round without them.
        for (Contribution request : opened.requests()) {
            if (Round.PRINTED_REPORT.equals(source)) {
                List<ActivityReport> reports = new ArrayList<>();
                request.activityIds().forEach(id -> Optional.ofNullable(reportsByActivity.get(id)).ifPresent(reports::add));
                Changed<Contribution> accepted = request.acceptedAsPrinted(tenant(), reports, caller.subject(), now);
                rounds.insertContribution(accepted.after(), accepted.events());
            } else {
                rounds.insertContribution(request, List.of());
            }
        }
        return rounds.insertRound(opened.round(), opened.events());
    }

    /**
     * Freezes the round: refused while count errors stand unless the coordinator acknowledges them. The round's
     * contributions are locked first, then read for the snapshot: a change racing with the freeze either landed
     * before the lock, and is in the snapshot, or is refused by it.
     */
    public RollUp freeze(String roundId, boolean acknowledgeIssues, Caller caller) {
        requireAcknowledged(RollUps.compute(queries.data(queries.round(roundId).requireOpen()), queries.settings()),
                acknowledgeIssues);
        rounds.lockContributions(roundId, now());
        boolean frozen = false;
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Round round = queries.round(roundId).requireOpen();
                RoundData snapshot = queries.data(round);
                RollUp rollUp = RollUps.compute(snapshot, queries.settings());
                requireAcknowledged(rollUp, acknowledgeIssues);
                Changed<Round> after = round.freeze(tenant(), rollUp, snapshot.reports(), snapshot.evidence(),
                        caller.subject(), now());
                if (rounds.updateRound(round, after).isPresent()) {
                    frozen = true;
                    return rollUp;
                }
            }
        } finally {
            if (!frozen && queries.round(roundId).state() == RoundState.OPEN) {
                rounds.unlockContributions(roundId);
            }
        }
        throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "Round " + roundId + " kept changing; try again.");
    }

    private static void requireAcknowledged(RollUp rollUp, boolean acknowledgeIssues) {
        if (!rollUp.errors().isEmpty() && !acknowledgeIssues) {
            throw new ProblemException(ProblemType.CONFLICT, "The round's counts do not add up; fix them or "
                    + "freeze with acknowledgeIssues=true.", Map.of("issues", rollUp.errors()));
        }
    }

    /** Saves reports as a draft (from requested, draft or returned). */
    public Contribution saveDraft(String contributionId, List<ActivityReport> reports, Caller caller) {
        return change(contributionId, c -> c.saveDraft(reports, Contribution.Actor.workingOn(caller, c), now()));
    }

    public Contribution submit(String contributionId, Caller caller) {
        return change(contributionId, c -> c.submit(tenant(), Contribution.Actor.workingOn(caller, c), now()));
    }

    public Contribution returnWithReason(String contributionId, String reason, Caller caller) {
        return change(contributionId, c -> c.returnWithReason(reason, Contribution.Actor.deciding(caller), now()));
    }

    public Contribution accept(String contributionId, Caller caller) {
        return change(contributionId, c -> c.accept(tenant(), Contribution.Actor.deciding(caller), now()));
    }

    private Contribution change(String contributionId, Function<Contribution, Changed<Contribution>> transition) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Contribution before = queries.contribution(contributionId);
            queries.round(before.roundId()).requireOpen();
            Optional<Contribution> saved = rounds.updateContribution(before, transition.apply(before));
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                "Contribution " + contributionId + " kept changing; try again.");
    }

    /**
     * Records an evidence item of an open round; it must support activities of the round. The coordinator records
     * evidence for any of them, a focal point only for the activities of its own institution's contribution.
     */
    public Evidence addEvidence(String roundId, Evidence evidence, Caller caller) {
        Round round = queries.round(roundId).requireOpen();
        if (!caller.has(TenantRole.COORDINATOR)) {
            List<String> own = queries.contributionsOf(roundId).stream()
                    .filter(c -> caller.has(TenantRole.FOCAL_POINT) && c.institution().equals(caller.institution()))
                    .flatMap(c -> c.activityIds().stream()).toList();
            if (!own.containsAll(evidence.activityIds())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Evidence may be recorded by the coordinator, or by a focal "
                        + "point for the activities of its own institution's contribution (the coordinator role is missing).");
            }
        }
        List<String> known = round.activities().stream().map(RoundActivity::activityId).toList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < evidence.activityIds().size(); i++) {
            if (!known.contains(evidence.activityIds().get(i))) {
                problems.add(new FieldProblem("/activityIds/" + i, "not an activity of this round"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return rounds.insertEvidence(roundId, new Evidence(UUID.randomUUID().toString(), evidence.kind(), evidence.title(),
                evidence.reference(), evidence.date(), evidence.participantsFemale(), evidence.participantsMale(),
                evidence.scope(), evidence.activityIds().stream().distinct().toList(), evidence.fileRef()));
    }

    public ReportingSettings saveSettings(ReportingSettings settings) {
        return rounds.saveSettings(settings);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
