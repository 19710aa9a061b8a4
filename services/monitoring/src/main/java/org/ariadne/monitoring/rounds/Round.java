package org.ariadne.monitoring.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.monitoring.v1.RoundFrozen;
import org.ariadne.contracts.monitoring.v1.RoundOpened;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.NaturalOrder;
import org.ariadne.monitoring.planview.NodeView;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * A reporting round: its own copy of the plan as it stood when the round opened (nodes, activities — later plan
 * changes do not move it), the institutions asked to contribute, and, once frozen, the immutable snapshot of what it
 * reported. Immutable: {@link #open} and {@link #freeze} are pure and return the new state with its events.
 */
public record Round(String roundId, String planId, String planTitle, List<String> levelNames, String kind,
        String periodStart, String periodEnd, String dueDate, String recipient, String legalBasis, String planAdopted,
        RoundState state, String source, Instant openedAt, String openedBy, Instant frozenAt, String frozenBy,
        List<RoundNode> nodes, List<RoundActivity> activities, List<String> institutions,
        List<PrintedFigures> printedConclusion, Snapshot snapshot, long version) {

    public static final String KINDS = "semi_annual|annual|final";
    /** Where a round came from: opened to collect contributions, or imported from a printed report. */
    public static final String CONTRIBUTIONS = "contributions";
    public static final String PRINTED_REPORT = "printed_report";

    public Round {
        levelNames = levelNames == null ? List.of() : List.copyOf(levelNames);
        nodes = List.copyOf(nodes);
        activities = List.copyOf(activities);
        institutions = List.copyOf(institutions);
        printedConclusion = printedConclusion == null ? List.of() : List.copyOf(printedConclusion);
    }

    /** What opening a round needs besides the plan. */
    public record Opening(String kind, String periodStart, String periodEnd, String dueDate, String recipient,
            String legalBasis, String planAdopted) {
    }

    /** Extra printed columns of an activity (imports only: the plans events do not carry them). */
    public record PrintedColumns(String indicator, String resources) {
    }

    /** What a frozen round reported, kept as it was: the roll-up, the effective report per activity, the evidence. */
    public record Snapshot(RollUp rollUp, Map<String, ActivityReport> reports, List<Evidence> evidence) {
    }

    /** A new round with one contribution request per institution that leads or partners an activity. */
    public record Opened(Round round, List<Contribution> requests, List<DomainEvent> events) {
    }

    /**
     * Opens a round on the plan as the plan view holds it now. One contribution request per institution that leads or
     * partners at least one activity; 409 when the plan has no activities yet.
     */
    public static Opened open(String tenant, String roundId, PlanView plan, List<NodeView> planNodes,
            List<ActivityView> planActivities, Opening opening, String source, Map<String, PrintedColumns> columns,
            List<PrintedFigures> printed, String by, Instant now) {
        List<RoundNode> nodes = new ArrayList<>();
        for (NodeView n : planNodes) {
            nodes.add(new RoundNode(n.nodeId(), n.parentId(), n.level(), n.code(), n.title()));
        }
        List<RoundActivity> activities = new ArrayList<>();
        for (ActivityView a : planActivities) {
            PrintedColumns printedColumns = columns.get(a.activityId());
            activities.add(new RoundActivity(a.activityId(), a.nodeId(), a.code(), a.title(), a.deadline(),
                    a.leadInstitutions(), a.partnerInstitutions(),
                    printedColumns == null ? null : printedColumns.indicator(),
                    printedColumns == null ? null : printedColumns.resources(), a.deadlineEnd()));
        }
        activities.sort(Comparator.comparing(RoundActivity::code, NaturalOrder.CODES).thenComparing(RoundActivity::activityId));
        if (activities.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Plan " + plan.planId() + " has no activities to report on yet.");
        }
        // One request per institution: the partners service's reading groups the spellings of one institution; a name
        // it has not resolved (or a cell naming several) is its own request, as printed.
        Map<String, ActivityView> views = new java.util.HashMap<>();
        planActivities.forEach(v -> views.put(v.activityId(), v));
        Map<String, Responsible> byInstitution = new TreeMap<>();
        for (RoundActivity a : activities) {
            List<String> responsible = new ArrayList<>(a.leadInstitutions());
            responsible.addAll(a.partnerInstitutions());
            for (String printedName : responsible.stream().distinct().toList()) {
                java.util.Optional<ActivityView.ResolvedInstitution> resolved = views.get(a.activityId()).resolved(printedName);
                String name = resolved.map(ActivityView.ResolvedInstitution::institutionName).orElse(printedName);
                Responsible r = byInstitution.computeIfAbsent(name, k -> new Responsible(
                        resolved.map(ActivityView.ResolvedInstitution::institutionId).orElse(null)));
                r.spellings.add(printedName);
                if (!r.activityIds.contains(a.activityId())) {
                    r.activityIds.add(a.activityId());
                }
            }
        }
        List<Contribution> requests = new ArrayList<>();
        byInstitution.forEach((institution, r) -> requests.add(Contribution.requested(roundId, plan.planId(), institution,
                r.institutionId, new ArrayList<>(r.spellings), r.activityIds)));
        List<String> institutions = new ArrayList<>(byInstitution.keySet());
        // Unless the coordinator says otherwise, the adoption plans announced (PlanAdopted) is the round's.
        // (The legal basis is the report's own text, usually the team's founding decision: never guessed.)
        String adopted = opening.planAdopted() != null ? opening.planAdopted() : plan.adoptionDate();
        Round round = new Round(roundId, plan.planId(), plan.title(), plan.levelNames(), opening.kind(), opening.periodStart(),
                opening.periodEnd(), opening.dueDate(), opening.recipient(), opening.legalBasis(), adopted, RoundState.OPEN,
                source, now, by, null, null, nodes, activities, institutions, printed, null, 0);
        return new Opened(round, requests, List.of(new RoundOpened(tenant, plan.planId(), roundId, opening.kind(),
                opening.periodStart(), opening.periodEnd(), opening.dueDate(), opening.recipient(), activities.size(),
                institutions)));
    }

    /** Who a contribution request is for while a round is being opened. */
    private static final class Responsible {
        final String institutionId;
        final java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
        final List<String> activityIds = new ArrayList<>();

        Responsible(String institutionId) {
            this.institutionId = institutionId;
        }
    }

    /** The round, or 409 when it is frozen: an immutable snapshot takes no more changes. */
    public Round requireOpen() {
        if (state == RoundState.FROZEN) {
            throw new ProblemException(ProblemType.CONFLICT, "Round " + roundId
                    + " is frozen: it is an immutable snapshot and takes no more changes.");
        }
        return this;
    }

    /** Freezes the round into a snapshot of what it reported. */
    public Changed<Round> freeze(String tenant, RollUp rollUp, Map<String, ActivityReport> reports, List<Evidence> evidence,
            String by, Instant now) {
        requireOpen();
        Round frozen = new Round(roundId, planId, planTitle, levelNames, kind, periodStart, periodEnd, dueDate, recipient,
                legalBasis, planAdopted, RoundState.FROZEN, source, openedAt, openedBy, now, by, nodes, activities,
                institutions, printedConclusion, new Snapshot(rollUp, Map.copyOf(reports), List.copyOf(evidence)), version);
        return new Changed<>(frozen, List.of(new RoundFrozen(tenant, planId, roundId, rollUp.overall().planned(),
                rollUp.overall().implemented(), rollUp.overall().notStarted())));
    }

    /**
     * Everything the roll-up and the report are computed from: the frozen snapshot's reports and evidence for a frozen
     * round, else the given live ones.
     */
    public RoundData data(Map<String, ActivityReport> liveReports, List<Evidence> liveEvidence) {
        boolean frozen = snapshot != null;
        return new RoundData(roundId, planId, planTitle, levelNames, kind, periodStart, periodEnd, recipient, legalBasis,
                planAdopted, state.wire(), nodes, activities, frozen ? snapshot.reports() : liveReports,
                frozen ? snapshot.evidence() : liveEvidence, printedConclusion);
    }
}
