package org.ariadne.monitoring.rounds.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.ContributionSubmitted;
import org.ariadne.contracts.monitoring.v1.RoundFrozen;
import org.ariadne.contracts.monitoring.v1.RoundOpened;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.monitoring.planview.ActivityView;
import org.ariadne.monitoring.planview.NaturalOrder;
import org.ariadne.monitoring.planview.NodeView;
import org.ariadne.monitoring.planview.PlanView;
import org.ariadne.monitoring.planview.PlanViewRepository;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.Contribution;
import org.ariadne.monitoring.rounds.Evidence;
import org.ariadne.monitoring.rounds.PrintedFigures;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RollUps;
import org.ariadne.monitoring.rounds.Round;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundNode;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.monitoring.rounds.Transition;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/**
 * Rounds and contributions in the tenant's database. Both are aggregates with an in-document outbox
 * ({@code rounds}, {@code contributions}); evidence items and the reporting settings are plain documents.
 */
@Service
class RoundsService implements RoundQueries {

    static final String ROUNDS = "rounds";
    static final String CONTRIBUTIONS = "contributions";
    static final String EVIDENCE = "evidence";
    static final String SETTINGS = "settings";
    static final String REPORTING_SETTINGS_ID = "reporting";

    private static final int MAX_ATTEMPTS = 5;
    /**
     * Set (to the time) on a round's contributions while it freezes, and kept after: no change to them may land any
     * more. A lock older than {@link #FREEZE_LOCK_TIMEOUT} on a round that is still open was left by a freeze that
     * died half-way (a crash), and no longer counts.
     */
    static final String FREEZE_LOCK = "freezingSince";
    static final java.time.Duration FREEZE_LOCK_TIMEOUT = java.time.Duration.ofMinutes(2);

    private final TenantDatabases databases;
    private final OutboxCollection roundAggregates;
    private final OutboxCollection contributionAggregates;
    private final PlanViewRepository planView;

    RoundsService(TenantDatabases databases, Outbox outbox, PlanViewRepository planView) {
        this.databases = databases;
        this.roundAggregates = outbox.tenantCollection(ROUNDS);
        this.contributionAggregates = outbox.tenantCollection(CONTRIBUTIONS);
        this.planView = planView;
    }

    /** What opening a round needs besides the plan. */
    record Opening(String kind, String periodStart, String periodEnd, String dueDate, String recipient,
            String legalBasis, String planAdopted) {
    }

    /** Extra printed columns per activity code (imports only). */
    record PrintedColumns(String indicator, String resources) {
    }

    // ---------------------------------------------------------------- rounds

    /**
     * Opens a round on the plan as the plan view holds it now: activities added later are not in it. One
     * contribution request per institution that leads or partners at least one activity.
     */
    Round open(String planId, Opening opening, Caller caller) {
        return openWith(UUID.randomUUID().toString(), planId, opening, caller, "contributions", Map.of(), List.of(), Map.of());
    }

    /**
     * Opens a round and records what a printed report says: every institution's contribution is entered on its behalf
     * and accepted at once (the report is the accepted outcome), and the conclusion's figures are kept to compare.
     */
    Round openImported(String roundId, String planId, Opening opening, Caller caller,
            Map<String, ActivityReport> reportsByActivity, List<PrintedFigures> printed,
            Map<String, PrintedColumns> columns) {
        if (rounds().find(eq("_id", roundId)).first() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This printed report round was already imported.",
                    Map.of("roundId", roundId));
        }
        return openWith(roundId, planId, opening, caller, "printed_report", reportsByActivity, printed, columns);
    }

    private Round openWith(String roundId, String planId, Opening opening, Caller caller, String source,
            Map<String, ActivityReport> reportsByActivity, List<PrintedFigures> printed,
            Map<String, PrintedColumns> columns) {
        PlanView plan = planView.plan(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        List<RoundNode> nodes = new ArrayList<>();
        for (NodeView n : planView.nodes(planId)) {
            nodes.add(new RoundNode(n.nodeId(), n.parentId(), n.level(), n.code(), n.title()));
        }
        List<RoundActivity> activities = new ArrayList<>();
        for (ActivityView a : planView.activities(planId)) {
            PrintedColumns printedColumns = columns.get(a.activityId());
            activities.add(new RoundActivity(a.activityId(), a.nodeId(), a.code(), a.title(), a.deadline(),
                    a.leadInstitutions(), a.partnerInstitutions(),
                    printedColumns == null ? null : printedColumns.indicator(),
                    printedColumns == null ? null : printedColumns.resources(), a.deadlineEnd()));
        }
        activities.sort(Comparator.comparing(RoundActivity::code, NaturalOrder.CODES).thenComparing(RoundActivity::activityId));
        if (activities.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Plan " + planId + " has no activities to report on yet.");
        }
        Map<String, List<String>> byInstitution = new TreeMap<>();
        for (RoundActivity a : activities) {
            List<String> responsible = new ArrayList<>(a.leadInstitutions());
            responsible.addAll(a.partnerInstitutions());
            for (String institution : responsible.stream().distinct().toList()) {
                byInstitution.computeIfAbsent(institution, k -> new ArrayList<>()).add(a.activityId());
            }
        }
        String tenant = TenantContext.require().toString();
        String now = Instant.now().toString();
        boolean imported = "printed_report".equals(source);
        // Contributions first: a crash in between leaves requests of a round nobody can see, never a round without them.
        for (Map.Entry<String, List<String>> entry : byInstitution.entrySet()) {
            // One id per (round, institution): a second import of the same printed round (a retry, a double click)
            // collides on its first contribution and writes nothing, instead of accepting everything twice.
            Document contribution = new Document("_id", UUID.nameUUIDFromBytes((roundId + "\n" + entry.getKey())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                    .append("roundId", roundId).append("planId", planId).append("institution", entry.getKey())
                    .append("activityIds", entry.getValue());
            List<DomainEvent> events = new ArrayList<>();
            if (imported) {
                List<ActivityReport> reports = new ArrayList<>();
                entry.getValue().forEach(id -> {
                    if (reportsByActivity.containsKey(id)) {
                        reports.add(reportsByActivity.get(id));
                    }
                });
                Transition accepted = new Transition(now, caller.subject(), Contribution.REQUESTED, Contribution.ACCEPTED,
                        "Imported from the printed report", true);
                contribution.append("state", Contribution.ACCEPTED).append("reports", Docs.ofAll(reports))
                        .append("history", Docs.ofAll(List.of(accepted))).append("acceptedAt", now);
                events.add(new ContributionSubmitted(tenant, planId, roundId, contribution.getString("_id"),
                        entry.getKey(), reports.size(), true));
                events.add(new ContributionAccepted(tenant, planId, roundId, contribution.getString("_id"), entry.getKey()));
            } else {
                contribution.append("state", Contribution.REQUESTED).append("reports", List.of())
                        .append("history", List.of());
            }
            try {
                contributionAggregates.insert(contribution, events);
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                throw new ProblemException(ProblemType.CONFLICT, "Round " + roundId + " was opened or imported already.",
                        Map.of("roundId", roundId));
            }
        }
        Document round = new Document("_id", roundId).append("planId", planId).append("planTitle", plan.title())
                .append("levelNames", plan.levelNames())
                .append("kind", opening.kind()).append("periodStart", opening.periodStart())
                .append("periodEnd", opening.periodEnd()).append("dueDate", opening.dueDate())
                .append("recipient", opening.recipient())
                .append("legalBasis", opening.legalBasis())
                // Unless the coordinator says otherwise, the adoption plans announced (PlanAdopted) is the round's.
                // (The legal basis is the report's own text, usually the team's founding decision: never guessed.)
                .append("planAdopted", opening.planAdopted() != null ? opening.planAdopted() : plan.adoptionDate())
                .append("state", Round.OPEN).append("source", source)
                .append("openedAt", now).append("openedBy", caller.subject())
                .append("nodes", Docs.ofAll(nodes)).append("activities", Docs.ofAll(activities))
                .append("institutions", new ArrayList<>(byInstitution.keySet()))
                .append("printedConclusion", Docs.ofAll(printed));
        roundAggregates.insert(round, List.of(new RoundOpened(tenant, planId, roundId, opening.kind(),
                opening.periodStart(), opening.periodEnd(), opening.dueDate(), opening.recipient(), activities.size(),
                new ArrayList<>(byInstitution.keySet()))));
        return toRound(round);
    }

    List<Round> rounds(String planId) {
        List<Round> rounds = new ArrayList<>();
        for (Document d : rounds().find(eq("planId", planId)).sort(Sorts.ascending("openedAt"))) {
            rounds.add(toRound(d));
        }
        return rounds;
    }

    Round round(String roundId) {
        return toRound(roundDocument(roundId));
    }

    /**
     * Freezes the round: refused while count errors stand unless the coordinator acknowledges them.
     *
     * <p>The round's contributions are locked first ({@value #FREEZE_LOCK}), then read for the snapshot: a change
     * racing with the freeze either landed before the lock, and is in the snapshot, or is refused by it.
     */
    RollUp freeze(String roundId, boolean acknowledgeIssues, Caller caller) {
        requireAcknowledged(RollUps.compute(data(requireOpen(roundDocument(roundId))), settings()), acknowledgeIssues);
        contributions().updateMany(eq("roundId", roundId), Updates.set(FREEZE_LOCK, new java.util.Date()));
        boolean frozen = false;
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Document round = requireOpen(roundDocument(roundId));
                RoundData snapshot = data(round);
                RollUp rollUp = RollUps.compute(snapshot, settings());
                requireAcknowledged(rollUp, acknowledgeIssues);
                String now = Instant.now().toString();
                Bson update = Updates.combine(Updates.set("state", Round.FROZEN), Updates.set("frozenAt", now),
                        Updates.set("frozenBy", caller.subject()), Updates.set("frozenRollUp", Docs.json(rollUp)),
                        Updates.set("frozenReports", Docs.json(snapshot.reports())),
                        Updates.set("frozenEvidence", Docs.ofAll(evidence(roundId))));
                Document after = roundAggregates.update(roundId, round.get("version", Number.class).longValue(), update,
                        List.of(new RoundFrozen(TenantContext.require().toString(), round.getString("planId"), roundId,
                                rollUp.overall().planned(), rollUp.overall().implemented(), rollUp.overall().notStarted())));
                if (after != null) {
                    frozen = true;
                    return rollUp;
                }
            }
        } finally {
            if (!frozen && Round.OPEN.equals(roundDocument(roundId).getString("state"))) {
                contributions().updateMany(eq("roundId", roundId), Updates.unset(FREEZE_LOCK));
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

    // ---------------------------------------------------------------- contributions

    List<Contribution> contributionsOf(String roundId) {
        roundDocument(roundId);
        List<Contribution> list = new ArrayList<>();
        for (Document d : contributions().find(eq("roundId", roundId)).sort(Sorts.ascending("institution"))) {
            list.add(toContribution(d));
        }
        return list;
    }

    Contribution contribution(String contributionId) {
        return toContribution(contributionDocument(contributionId));
    }

    /** Saves reports as a draft (from requested, draft or returned). Reports must be on the contribution's activities. */
    Contribution saveDraft(String contributionId, List<ActivityReport> reports, Caller caller) {
        return transition(contributionId, caller, List.of(Contribution.REQUESTED, Contribution.DRAFT, Contribution.RETURNED),
                Contribution.DRAFT, null, false, (contribution, onBehalf) -> {
                    List<String> own = contribution.getList("activityIds", String.class);
                    Map<String, ActivityReport> merged = new LinkedHashMap<>();
                    for (ActivityReport r : Docs.readAll(contribution.getList("reports", Document.class), ActivityReport.class)) {
                        merged.put(r.activityId(), r);
                    }
                    List<FieldProblem> problems = new ArrayList<>();
                    for (int i = 0; i < reports.size(); i++) {
                        if (!own.contains(reports.get(i).activityId())) {
                            problems.add(new FieldProblem("/reports/" + i + "/activityId",
                                    "not an activity of this contribution"));
                        }
                        merged.put(reports.get(i).activityId(), reports.get(i));
                    }
                    if (!problems.isEmpty()) {
                        throw ProblemException.validation(problems);
                    }
                    return Updates.set("reports", Docs.ofAll(new ArrayList<>(merged.values())));
                });
    }

    Contribution submit(String contributionId, Caller caller) {
        return transition(contributionId, caller, List.of(Contribution.REQUESTED, Contribution.DRAFT, Contribution.RETURNED),
                Contribution.SUBMITTED, null, false, (c, onBehalf) -> null);
    }

    Contribution returnWithReason(String contributionId, String reason, Caller caller) {
        return transition(contributionId, caller, List.of(Contribution.SUBMITTED), Contribution.RETURNED, reason, true,
                (c, onBehalf) -> Updates.set("returnReason", reason));
    }

    Contribution accept(String contributionId, Caller caller) {
        return transition(contributionId, caller, List.of(Contribution.SUBMITTED), Contribution.ACCEPTED, null, true,
                (c, onBehalf) -> Updates.combine(Updates.set("acceptedAt", Instant.now().toString()),
                        Updates.unset("returnReason")));
    }

    interface StateChange {
        Bson apply(Document contribution, boolean onBehalf);
    }

    private Contribution transition(String contributionId, Caller caller, List<String> from, String to, String reason,
            boolean byCoordinator, StateChange change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document contribution = contributionDocument(contributionId);
            requireOpen(roundDocument(contribution.getString("roundId")));
            java.util.Date lock = contribution.getDate(FREEZE_LOCK);
            if (lock != null && lock.after(freezeLockCutoff())) {
                throw new ProblemException(ProblemType.CONFLICT, "Round " + contribution.getString("roundId")
                        + " is being frozen: it takes no more changes.");
            }
            boolean onBehalf = byCoordinator ? false : actsOnBehalfOf(caller, contribution.getString("institution"));
            String state = contribution.getString("state");
            if (!from.contains(state)) {
                throw new ProblemException(ProblemType.CONFLICT, "A " + state + " contribution cannot become " + to + ".",
                        Map.of("state", state));
            }
            List<Bson> updates = new ArrayList<>();
            Bson own = change.apply(contribution, onBehalf);
            if (own != null) {
                updates.add(own);
            }
            updates.add(Updates.set("state", to));
            if (!state.equals(to)) {
                updates.add(Updates.push("history", Docs.of(new Transition(Instant.now().toString(), caller.subject(),
                        state, to, reason, onBehalf))));
            }
            String tenant = TenantContext.require().toString();
            List<DomainEvent> events = new ArrayList<>();
            if (Contribution.SUBMITTED.equals(to)) {
                events.add(new ContributionSubmitted(tenant, contribution.getString("planId"), contribution.getString("roundId"),
                        contributionId, contribution.getString("institution"),
                        contribution.getList("reports", Document.class, List.of()).size(), onBehalf));
            } else if (Contribution.ACCEPTED.equals(to)) {
                events.add(new ContributionAccepted(tenant, contribution.getString("planId"), contribution.getString("roundId"),
                        contributionId, contribution.getString("institution")));
            }
            Document after = contributionAggregates.update(contributionId,
                    contribution.get("version", Number.class).longValue(),
                    Filters.or(Filters.exists(FREEZE_LOCK, false), Filters.lt(FREEZE_LOCK, freezeLockCutoff())),
                    Updates.combine(updates), events);
            if (after != null) {
                return toContribution(after);
            }
        }
        throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                "Contribution " + contributionId + " kept changing; try again.");
    }

    /**
     * Checks that the caller may work on an institution's contribution: the coordinator (then on the institution's
     * behalf, unless the coordinator belongs to it) or a focal point of that very institution.
     *
     * @return whether the caller acts on the institution's behalf
     */
    private static boolean actsOnBehalfOf(Caller caller, String contributionInstitution) {
        if (caller.has(TenantRole.FOCAL_POINT) && contributionInstitution.equals(caller.institution())) {
            return false;
        }
        if (caller.has(TenantRole.COORDINATOR)) {
            return !contributionInstitution.equals(caller.institution());
        }
        throw new ProblemException(ProblemType.FORBIDDEN,
                "Only the coordinator or a focal point of " + contributionInstitution + " may work on this contribution.");
    }

    // ---------------------------------------------------------------- evidence

    Evidence addEvidence(String roundId, Evidence evidence, Caller caller) {
        Document round = roundDocument(roundId);
        requireOpen(round);
        List<String> known = new ArrayList<>();
        Docs.readAll(round.getList("activities", Document.class), RoundActivity.class).forEach(a -> known.add(a.activityId()));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < evidence.activityIds().size(); i++) {
            if (!known.contains(evidence.activityIds().get(i))) {
                problems.add(new FieldProblem("/activityIds/" + i, "not an activity of this round"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        Evidence stored = new Evidence(UUID.randomUUID().toString(), evidence.kind(), evidence.title(),
                evidence.reference(), evidence.date(), evidence.participantsFemale(), evidence.participantsMale(),
                evidence.scope(), evidence.activityIds().stream().distinct().toList(), evidence.fileRef());
        databases.current().getCollection(EVIDENCE).insertOne(Docs.of(stored).append("_id", stored.evidenceId())
                .append("roundId", roundId));
        return stored;
    }

    List<Evidence> evidence(String roundId) {
        List<Evidence> items = new ArrayList<>();
        for (Document d : databases.current().getCollection(EVIDENCE).find(eq("roundId", roundId)).sort(Sorts.ascending("_id"))) {
            d.remove("_id");
            d.remove("roundId");
            items.add(Docs.read(d, Evidence.class));
        }
        return items;
    }

    // ---------------------------------------------------------------- settings

    @Override
    public ReportingSettings settings() {
        Document d = databases.current().getCollection(SETTINGS).find(eq("_id", REPORTING_SETTINGS_ID)).first();
        if (d == null) {
            return ReportingSettings.defaults();
        }
        d.remove("_id");
        return Docs.read(d, ReportingSettings.class);
    }

    ReportingSettings saveSettings(ReportingSettings settings, Caller caller) {
        Document d = Docs.of(settings).append("_id", REPORTING_SETTINGS_ID);
        databases.current().getCollection(SETTINGS).replaceOne(eq("_id", REPORTING_SETTINGS_ID), d,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        return settings();
    }

    // ---------------------------------------------------------------- read side

    @Override
    public RoundData data(String roundId) {
        return data(roundDocument(roundId));
    }

    @Override
    public RollUp rollUp(String roundId) {
        Document round = roundDocument(roundId);
        if (Round.FROZEN.equals(round.getString("state")) && round.getString("frozenRollUp") != null) {
            return Docs.read(Document.parse(round.getString("frozenRollUp")), RollUp.class);
        }
        return RollUps.compute(data(round), settings());
    }

    private RoundData data(Document round) {
        String roundId = round.getString("_id");
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        List<Evidence> evidence;
        if (Round.FROZEN.equals(round.getString("state")) && round.getString("frozenReports") != null) {
            Document frozen = Document.parse(round.getString("frozenReports"));
            for (String activityId : frozen.keySet()) {
                reports.put(activityId, Docs.read(frozen.get(activityId, Document.class), ActivityReport.class));
            }
            evidence = Docs.readAll(round.getList("frozenEvidence", Document.class), Evidence.class);
        } else {
            // The last accepted contribution wins where several institutions report one activity.
            for (Document c : contributions().find(and(eq("roundId", roundId), eq("state", Contribution.ACCEPTED)))
                    .sort(Sorts.ascending("acceptedAt"))) {
                for (ActivityReport r : Docs.readAll(c.getList("reports", Document.class), ActivityReport.class)) {
                    reports.put(r.activityId(), r);
                }
            }
            evidence = evidence(roundId);
        }
        return new RoundData(roundId, round.getString("planId"), round.getString("planTitle"),
                round.getList("levelNames", String.class, List.of()), round.getString("kind"),
                round.getString("periodStart"), round.getString("periodEnd"), round.getString("recipient"),
                round.getString("legalBasis"), round.getString("planAdopted"), round.getString("state"),
                Docs.readAll(round.getList("nodes", Document.class), RoundNode.class),
                Docs.readAll(round.getList("activities", Document.class), RoundActivity.class), reports, evidence,
                Docs.readAll(round.getList("printedConclusion", Document.class), PrintedFigures.class));
    }

    // ---------------------------------------------------------------- helpers

    private static java.util.Date freezeLockCutoff() {
        return java.util.Date.from(Instant.now().minus(FREEZE_LOCK_TIMEOUT));
    }

    private static Document requireOpen(Document round) {
        if (Round.FROZEN.equals(round.getString("state"))) {
            throw new ProblemException(ProblemType.CONFLICT, "Round " + round.getString("_id")
                    + " is frozen: it is an immutable snapshot and takes no more changes.");
        }
        return round;
    }

    private Document roundDocument(String roundId) {
        Document d = rounds().find(eq("_id", roundId)).first();
        if (d == null) {
            throw ProblemException.notFound("Round " + roundId);
        }
        return d;
    }

    private Document contributionDocument(String contributionId) {
        Document d = contributions().find(eq("_id", contributionId)).first();
        if (d == null) {
            throw ProblemException.notFound("Contribution " + contributionId);
        }
        return d;
    }

    private static Round toRound(Document d) {
        return new Round(d.getString("_id"), d.getString("planId"), d.getString("planTitle"), d.getString("kind"),
                d.getString("periodStart"), d.getString("periodEnd"), d.getString("dueDate"), d.getString("recipient"),
                d.getString("legalBasis"), d.getString("planAdopted"), d.getString("state"), d.getString("source"), d.getString("openedAt"), d.getString("openedBy"),
                d.getString("frozenAt"), d.getString("frozenBy"), d.getList("activities", Document.class, List.of()).size(),
                d.getList("institutions", String.class, List.of()));
    }

    private static Contribution toContribution(Document d) {
        return new Contribution(d.getString("_id"), d.getString("roundId"), d.getString("planId"),
                d.getString("institution"), d.getList("activityIds", String.class, List.of()), d.getString("state"),
                Docs.readAll(d.getList("reports", Document.class, List.of()), ActivityReport.class),
                Docs.readAll(d.getList("history", Document.class, List.of()), Transition.class),
                d.getString("returnReason"));
    }

    private MongoCollection<Document> rounds() {
        return databases.current().getCollection(ROUNDS);
    }

    private MongoCollection<Document> contributions() {
        return databases.current().getCollection(CONTRIBUTIONS);
    }
}
