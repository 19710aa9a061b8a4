package org.ariadne.monitoring.rounds.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.Changed;
import org.ariadne.monitoring.rounds.Contribution;
import org.ariadne.monitoring.rounds.ContributionState;
import org.ariadne.monitoring.rounds.Evidence;
import org.ariadne.monitoring.rounds.PrintedFigures;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.Round;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundNode;
import org.ariadne.monitoring.rounds.RoundRepository;
import org.ariadne.monitoring.rounds.RoundState;
import org.ariadne.monitoring.rounds.Transition;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Rounds and contributions as aggregates with an in-document outbox ({@code rounds}, {@code contributions}); evidence
 * items ({@code evidence}) and the reporting settings ({@code settings}) as plain documents, in the tenant's
 * database. Times are stored as dates (older documents with ISO strings are still read). A frozen round keeps its
 * roll-up and reports as JSON text (activity ids as keys may hold characters field names may not).
 */
@Repository
class MongoRoundRepository implements RoundRepository {

    static final String ROUNDS = "rounds";
    static final String CONTRIBUTIONS = "contributions";
    static final String EVIDENCE = "evidence";
    static final String SETTINGS = "settings";
    static final String REPORTING_SETTINGS_ID = "reporting";
    /** Set (to the time) on a round's contributions while it freezes, and kept after. */
    static final String FREEZE_LOCK = "freezingSince";
    /** A lock this old on a round that is still open was left by a freeze that died half-way (a crash). */
    static final Duration FREEZE_LOCK_TIMEOUT = Duration.ofMinutes(2);

    private final TenantDatabases databases;
    private final OutboxCollection rounds;
    private final OutboxCollection contributions;

    MongoRoundRepository(TenantDatabases databases, Outbox outbox) {
        this.databases = databases;
        this.rounds = outbox.tenantCollection(ROUNDS);
        this.contributions = outbox.tenantCollection(CONTRIBUTIONS);
    }

    // ---------------------------------------------------------------- rounds

    @Override
    public Round insertRound(Round round, List<? extends DomainEvent> events) {
        Document stored = insert(rounds, toDocument(round), events, "Round " + round.roundId() + " was opened or imported already.",
                round.roundId());
        return toRound(stored);
    }

    @Override
    public Optional<Round> findRound(String roundId) {
        return Optional.ofNullable(rounds.documents().find(eq("_id", roundId)).first()).map(MongoRoundRepository::toRound);
    }

    @Override
    public List<Round> roundsOf(String planId) {
        List<Round> found = new ArrayList<>();
        rounds.documents().find(eq("planId", planId)).sort(Sorts.ascending("openedAt")).forEach(d -> found.add(toRound(d)));
        return found;
    }

    @Override
    public List<Round> openRounds() {
        List<Round> found = new ArrayList<>();
        rounds.documents().find(eq("state", RoundState.OPEN.wire())).forEach(d -> found.add(toRound(d)));
        return found;
    }

    @Override
    public Optional<Round> updateRound(Round before, Changed<Round> changed) {
        Round after = changed.after();
        Round.Snapshot snapshot = after.snapshot();
        Bson state = Updates.combine(Updates.set("state", after.state().wire()), Updates.set("frozenAt", date(after.frozenAt())),
                Updates.set("frozenBy", after.frozenBy()),
                Updates.set("frozenRollUp", snapshot == null ? null : Docs.json(snapshot.rollUp())),
                Updates.set("frozenReports", snapshot == null ? null : Docs.json(snapshot.reports())),
                Updates.set("frozenEvidence", snapshot == null ? null : Docs.ofAll(snapshot.evidence())));
        return Optional.ofNullable(rounds.update(before.roundId(), before.version(), state, changed.events()))
                .map(MongoRoundRepository::toRound);
    }

    // ---------------------------------------------------------------- contributions

    @Override
    public Contribution insertContribution(Contribution contribution, List<? extends DomainEvent> events) {
        return toContribution(insert(contributions, toDocument(contribution), events,
                "Round " + contribution.roundId() + " was opened or imported already.", contribution.roundId()));
    }

    @Override
    public Optional<Contribution> findContribution(String contributionId) {
        return Optional.ofNullable(contributions.documents().find(eq("_id", contributionId)).first())
                .map(MongoRoundRepository::toContribution);
    }

    @Override
    public List<Contribution> contributionsOf(String roundId) {
        List<Contribution> found = new ArrayList<>();
        contributions.documents().find(eq("roundId", roundId)).sort(Sorts.ascending("institution"))
                .forEach(d -> found.add(toContribution(d)));
        return found;
    }

    @Override
    public List<Contribution> acceptedContributionsOf(String roundId) {
        List<Contribution> found = new ArrayList<>();
        contributions.documents().find(and(eq("roundId", roundId), eq("state", ContributionState.ACCEPTED.wire())))
                .sort(Sorts.ascending("acceptedAt")).forEach(d -> found.add(toContribution(d)));
        return found;
    }

    @Override
    public Optional<Contribution> updateContribution(Contribution before, Changed<Contribution> changed) {
        Contribution after = changed.after();
        List<Document> history = new ArrayList<>();
        after.history().forEach(t -> history.add(toDocument(t)));
        Bson state = Updates.combine(Updates.set("state", after.state().wire()), Updates.set("reports", Docs.ofAll(after.reports())),
                Updates.set("history", history), Updates.set("returnReason", after.returnReason()),
                Updates.set("acceptedAt", date(after.acceptedAt())));
        Bson notLocked = Filters.or(Filters.exists(FREEZE_LOCK, false), Filters.lt(FREEZE_LOCK, lockCutoff()));
        Document stored = contributions.update(before.contributionId(), before.version(), notLocked, state, changed.events());
        if (stored == null) {
            Document current = contributions.documents().find(eq("_id", before.contributionId())).first();
            Date lock = current == null ? null : current.getDate(FREEZE_LOCK);
            if (lock != null && lock.after(lockCutoff())) {
                throw new ProblemException(ProblemType.CONFLICT, "Round " + before.roundId()
                        + " is being frozen: it takes no more changes.");
            }
        }
        return Optional.ofNullable(stored).map(MongoRoundRepository::toContribution);
    }

    @Override
    public void lockContributions(String roundId, Instant since) {
        contributions.documents().updateMany(eq("roundId", roundId), Updates.set(FREEZE_LOCK, Date.from(since)));
    }

    @Override
    public void unlockContributions(String roundId) {
        contributions.documents().updateMany(eq("roundId", roundId), Updates.unset(FREEZE_LOCK));
    }

    // ---------------------------------------------------------------- evidence and settings

    @Override
    public Evidence insertEvidence(String roundId, Evidence evidence) {
        databases.current().getCollection(EVIDENCE).insertOne(Docs.of(evidence).append("_id", evidence.evidenceId())
                .append("roundId", roundId));
        return evidence;
    }

    @Override
    public List<Evidence> evidenceOf(String roundId) {
        List<Evidence> items = new ArrayList<>();
        for (Document d : databases.current().getCollection(EVIDENCE).find(eq("roundId", roundId)).sort(Sorts.ascending("_id"))) {
            d.remove("_id");
            d.remove("roundId");
            items.add(Docs.read(d, Evidence.class));
        }
        return items;
    }

    @Override
    public ReportingSettings settings() {
        Document d = settingsCollection().find(eq("_id", REPORTING_SETTINGS_ID)).first();
        if (d == null) {
            return ReportingSettings.defaults();
        }
        d.remove("_id");
        return Docs.read(d, ReportingSettings.class);
    }

    @Override
    public ReportingSettings saveSettings(ReportingSettings settings) {
        settingsCollection().replaceOne(eq("_id", REPORTING_SETTINGS_ID), Docs.of(settings).append("_id", REPORTING_SETTINGS_ID),
                new ReplaceOptions().upsert(true));
        return settings();
    }

    @Override
    public boolean saveSettingsIfNone(ReportingSettings settings) {
        return DuplicateKeys.writeUnlessPresent(() -> settingsCollection().insertOne(
                Docs.of(settings).append("_id", REPORTING_SETTINGS_ID)));
    }

    // ---------------------------------------------------------------- mapping

    /** Inserts an aggregate; a duplicate id means the round was opened (or imported) before: 409. */
    private static Document insert(OutboxCollection collection, Document document, List<? extends DomainEvent> events,
            String conflict, String roundId) {
        Document[] stored = new Document[1];
        if (!DuplicateKeys.writeUnlessPresent(() -> stored[0] = collection.insert(document, events))) {
            throw new ProblemException(ProblemType.CONFLICT, conflict, Map.of("roundId", roundId));
        }
        return stored[0];
    }

    private static Document toDocument(Round r) {
        return new Document("_id", r.roundId()).append("planId", r.planId()).append("planTitle", r.planTitle())
                .append("levelNames", r.levelNames()).append("kind", r.kind()).append("periodStart", r.periodStart())
                .append("periodEnd", r.periodEnd()).append("dueDate", r.dueDate()).append("recipient", r.recipient())
                .append("legalBasis", r.legalBasis()).append("planAdopted", r.planAdopted())
                .append("state", r.state().wire()).append("source", r.source())
                .append("openedAt", date(r.openedAt())).append("openedBy", r.openedBy())
                .append("nodes", Docs.ofAll(r.nodes())).append("activities", Docs.ofAll(r.activities()))
                .append("institutions", r.institutions()).append("printedConclusion", Docs.ofAll(r.printedConclusion()));
    }

    private static Round toRound(Document d) {
        Round.Snapshot snapshot = null;
        if (d.getString("frozenRollUp") != null) {
            Document reports = Document.parse(d.getString("frozenReports"));
            Map<String, ActivityReport> byActivity = new LinkedHashMap<>();
            reports.keySet().forEach(id -> byActivity.put(id, Docs.read(reports.get(id, Document.class), ActivityReport.class)));
            snapshot = new Round.Snapshot(Docs.read(Document.parse(d.getString("frozenRollUp")), RollUp.class), byActivity,
                    Docs.readAll(d.getList("frozenEvidence", Document.class), Evidence.class));
        }
        return new Round(d.getString("_id"), d.getString("planId"), d.getString("planTitle"),
                d.getList("levelNames", String.class, List.of()), d.getString("kind"), d.getString("periodStart"),
                d.getString("periodEnd"), d.getString("dueDate"), d.getString("recipient"), d.getString("legalBasis"),
                d.getString("planAdopted"), RoundState.of(d.getString("state")), d.getString("source"),
                instant(d.get("openedAt")), d.getString("openedBy"), instant(d.get("frozenAt")), d.getString("frozenBy"),
                Docs.readAll(d.getList("nodes", Document.class), RoundNode.class),
                Docs.readAll(d.getList("activities", Document.class), RoundActivity.class),
                d.getList("institutions", String.class, List.of()),
                Docs.readAll(d.getList("printedConclusion", Document.class), PrintedFigures.class), snapshot,
                d.get("version", Number.class).longValue());
    }

    private static Document toDocument(Contribution c) {
        List<Document> history = new ArrayList<>();
        c.history().forEach(t -> history.add(toDocument(t)));
        return new Document("_id", c.contributionId()).append("roundId", c.roundId()).append("planId", c.planId())
                .append("institution", c.institution()).append("activityIds", c.activityIds())
                .append("state", c.state().wire()).append("reports", Docs.ofAll(c.reports())).append("history", history)
                .append("returnReason", c.returnReason()).append("acceptedAt", date(c.acceptedAt()))
                .append("institutionId", c.institutionId()).append("spellings", c.spellings());
    }

    private static Contribution toContribution(Document d) {
        List<Transition> history = new ArrayList<>();
        for (Document t : d.getList("history", Document.class, List.of())) {
            history.add(new Transition(instant(t.get("at")), t.getString("by"), ContributionState.of(t.getString("from")),
                    ContributionState.of(t.getString("to")), t.getString("reason"), Boolean.TRUE.equals(t.getBoolean("onBehalf"))));
        }
        return new Contribution(d.getString("_id"), d.getString("roundId"), d.getString("planId"), d.getString("institution"),
                d.getList("activityIds", String.class, List.of()), ContributionState.of(d.getString("state")),
                Docs.readAll(d.getList("reports", Document.class, List.of()), ActivityReport.class), history,
                d.getString("returnReason"), instant(d.get("acceptedAt")), d.get("version", Number.class).longValue(),
                d.getString("institutionId"), d.getList("spellings", String.class, List.of()));
    }

    private static Document toDocument(Transition t) {
        return new Document("at", date(t.at())).append("by", t.by()).append("from", t.from().wire())
                .append("to", t.to().wire()).append("reason", t.reason()).append("onBehalf", t.onBehalf());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** Dates, and the ISO strings documents of earlier versions hold. */
    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof String text ? Instant.parse(text) : null;
    }

    private static Date lockCutoff() {
        return Date.from(Instant.now().minus(FREEZE_LOCK_TIMEOUT));
    }

    private MongoCollection<Document> settingsCollection() {
        return databases.current().getCollection(SETTINGS);
    }
}
