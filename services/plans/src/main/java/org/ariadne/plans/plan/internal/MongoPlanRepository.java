package org.ariadne.plans.plan.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.ariadne.plans.plan.internal.PlanDocuments.ACTIVITY_CHUNKS;
import static org.ariadne.plans.plan.internal.PlanDocuments.AUDIT;
import static org.ariadne.plans.plan.internal.PlanDocuments.AUDIT_COUNT;
import static org.ariadne.plans.plan.internal.PlanDocuments.AUDIT_PENDING;
import static org.ariadne.plans.plan.internal.PlanDocuments.CHUNKS;
import static org.ariadne.plans.plan.internal.PlanDocuments.NODES;
import static org.ariadne.plans.plan.internal.PlanDocuments.PLANS;
import static org.ariadne.plans.plan.internal.PlanDocuments.RETAINED_CHUNKS;
import static org.ariadne.plans.plan.internal.PlanDocuments.STORAGE;
import static org.ariadne.plans.plan.internal.PlanDocuments.STORAGE_SHAPE;
import static org.ariadne.plans.plan.internal.PlanDocuments.SUMMARY;
import static org.ariadne.plans.plan.internal.PlanDocuments.VERSIONS;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.messaging.Outbox;
import org.ariadne.messaging.OutboxCollection;
import org.ariadne.plans.plan.ActivityHit;
import org.ariadne.plans.plan.AuditEntry;
import org.ariadne.plans.plan.AuditTrail;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanOutline;
import org.ariadne.plans.plan.PlanRepository;
import org.ariadne.plans.plan.PlanSummary;
import org.ariadne.plans.plan.PlanVersion;
import org.ariadne.plans.plan.VersionSummary;
import org.ariadne.plans.plan.internal.ActivityChunks.Chunk;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Plans in the tenant's database, in the shape {@link PlanDocuments} describes (ADR 0009). A change is one guarded
 * atomic write of the plan document — its fields, nodes, chunk layout, summary, the audit entry and the events —
 * preceded by the insert of the chunks it needs new and followed by the removal of the chunks it replaced and the move
 * of its audit entry to the trail. Until the guarded write nobody sees the new chunks; after it, a crash leaves at most
 * garbage and an audit entry still in the plan document, which the next read of the trail (or the next start) moves.
 */
@Repository
class MongoPlanRepository implements PlanRepository {

    static final String COLLECTION = PLANS;

    /** A read that met a chunk a concurrent change had just replaced starts again; it never needs many tries. */
    private static final int READ_ATTEMPTS = 5;

    private static final Bson SUMMARY_FIELDS = Projections.include("title", "levelNames", "metadata", "versionNumber",
            "status", "version", "createdAt", "updatedAt", SUMMARY + ".counts", STORAGE);
    private static final Bson OUTLINE_FIELDS = Projections.include("title", "levelNames", "metadata", "versionNumber",
            "status", "version", "createdAt", "updatedAt", NODES, CHUNKS, SUMMARY + ".duplicateCodes", STORAGE);

    private final OutboxCollection plans;
    private final TenantDatabases databases;
    private final PlanStorageMigration migration;

    MongoPlanRepository(Outbox outbox, TenantDatabases databases, PlanStorageMigration migration) {
        this.plans = outbox.tenantCollection(COLLECTION);
        this.databases = databases;
        this.migration = migration;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Plan insert(Plan plan, List<? extends DomainEvent> events, AuditEntry audit) {
        List<Chunk> chunks = ActivityChunks.arrange(List.of(), plan.activities(), MongoPlanRepository::newChunkId);
        storeNewChunks(plan.id(), chunks);
        Document aggregate = new Document("_id", plan.id()).append(STORAGE, STORAGE_SHAPE)
                .append("title", plan.title())
                .append("levelNames", plan.levelNames())
                .append("metadata", PlanDocuments.toBson(plan.metadata()))
                .append("versionNumber", plan.versionNumber())
                .append("status", plan.status())
                .append("createdAt", PlanDocuments.date(plan.createdAt()))
                .append("updatedAt", PlanDocuments.date(plan.updatedAt()))
                .append(NODES, PlanDocuments.nodes(plan.nodes()))
                .append(CHUNKS, layout(chunks))
                .append(RETAINED_CHUNKS, List.of())
                .append(SUMMARY, summary(plan))
                .append(AUDIT_COUNT, 1L)
                .append(AUDIT_PENDING, List.of(PlanDocuments.audit(1, audit)));
        Document stored;
        try {
            stored = plans.insert(aggregate, events);
        } catch (BsonMaximumSizeExceededException e) {
            deleteChunks(ids(newOnes(chunks)));
            throw tooLarge(plan, events);
        } catch (RuntimeException e) {
            deleteChunks(ids(newOnes(chunks)));
            throw e;
        }
        settleAudit(plan.id(), stored);
        return plan.atVersion(((Number) stored.get("version")).longValue());
    }

    @Override
    public Optional<Plan> update(Plan before, Plan after, List<? extends DomainEvent> events, AuditEntry audit) {
        Document current = documents().find(eq("_id", before.id()))
                .projection(Projections.include("version", CHUNKS, AUDIT_COUNT, STORAGE)).first();
        if (current == null || ((Number) current.get("version")).longValue() != before.version()) {
            return Optional.empty();
        }
        if (!Integer.valueOf(STORAGE_SHAPE).equals(current.getInteger(STORAGE))) {
            migration.migrate(databases.current(), before.id());
            return Optional.empty(); // read again, in the new shape
        }
        List<Document> storedLayout = current.getList(CHUNKS, Document.class, List.of());
        List<Chunk> stored = ActivityChunks.stored(storedLayout, before.activities());
        if (stored.isEmpty() && !storedLayout.isEmpty()) {
            throw new IllegalStateException("Plan " + before.id() + " at version " + before.version()
                    + ": the plan to change does not hold the activities stored at that version");
        }
        List<Chunk> chunks = ActivityChunks.arrange(stored, after.activities(), MongoPlanRepository::newChunkId);
        storeNewChunks(after.id(), chunks);
        boolean newVersion = after.versionNumber() != before.versionNumber();
        if (newVersion) {
            freeze(before, stored);
        }
        long seq = ((Number) current.get(AUDIT_COUNT)).longValue() + 1;
        List<Bson> state = new ArrayList<>(List.of(
                Updates.set("title", after.title()),
                Updates.set("levelNames", after.levelNames()),
                Updates.set("updatedAt", PlanDocuments.date(after.updatedAt())),
                Updates.set("metadata", PlanDocuments.toBson(after.metadata())),
                Updates.set("versionNumber", after.versionNumber()),
                Updates.set("status", after.status()),
                Updates.set(CHUNKS, layout(chunks)),
                Updates.set(SUMMARY, summary(after)),
                Updates.inc(AUDIT_COUNT, 1L),
                Updates.push(AUDIT_PENDING, PlanDocuments.audit(seq, audit))));
        if (!before.nodes().equals(after.nodes())) {
            state.add(Updates.set(NODES, PlanDocuments.nodes(after.nodes())));
        }
        if (newVersion) {
            state.add(Updates.addEachToSet(RETAINED_CHUNKS, new ArrayList<>(ids(stored))));
        }
        Document saved;
        try {
            saved = plans.update(before.id(), before.version(), Updates.combine(state), events);
        } catch (BsonMaximumSizeExceededException e) {
            deleteChunks(ids(newOnes(chunks)));
            throw tooLarge(after, events);
        }
        if (saved == null) {
            deleteChunks(ids(newOnes(chunks)));
            return Optional.empty();
        }
        Set<String> replaced = ids(stored);
        replaced.removeAll(ids(chunks));
        replaced.removeAll(saved.getList(RETAINED_CHUNKS, String.class, List.of()));
        deleteChunks(replaced);
        settleAudit(before.id(), saved);
        return Optional.of(after.atVersion(((Number) saved.get("version")).longValue()));
    }

    /** Keeps the version the plan leaves: its nodes and its chunks (shared with the new draft until it changes them). */
    private void freeze(Plan before, List<Chunk> chunks) {
        PlanVersion frozen = before.currentVersion();
        Document version = new Document("_id", PlanDocuments.versionId(before.id(), frozen.number()))
                .append("planId", before.id()).append("number", frozen.number()).append("status", frozen.status())
                .append("legalAct", frozen.legalAct()).append("adoptionDate", frozen.adoptionDate())
                .append(NODES, PlanDocuments.nodes(frozen.nodes())).append(CHUNKS, layout(chunks))
                .append("nodeCount", frozen.nodes().size()).append("activityCount", frozen.activities().size());
        // Written before the plan moves on, and harmless if it does not: an adopted version no longer changes, so a
        // second attempt writes the same, and the versions list shows only numbers below the plan's current one.
        collection(VERSIONS).replaceOne(eq("_id", version.getString("_id")), version, new ReplaceOptions().upsert(true));
    }

    private void storeNewChunks(String planId, List<Chunk> chunks) {
        List<Document> documents = new ArrayList<>();
        Instant now = Instant.now();
        for (Chunk chunk : newOnes(chunks)) {
            documents.add(new Document("_id", chunk.id()).append("planId", planId)
                    .append("createdAt", PlanDocuments.date(now)).append("activities", chunk.documents()));
        }
        if (!documents.isEmpty()) {
            collection(ACTIVITY_CHUNKS).insertMany(documents);
        }
    }

    private void deleteChunks(Set<String> ids) {
        if (!ids.isEmpty()) {
            collection(ACTIVITY_CHUNKS).deleteMany(in("_id", ids));
        }
    }

    private void settleAudit(String planId, Document plan) {
        PlanStorageMigration.settleAudit(databases.current(), planId, plan.getList(AUDIT_PENDING, Document.class, List.of()));
    }

    /**
     * One write holds the plan document with every event of the change until the relay has published them (ADR 0002):
     * a change whose events do not fit in one document (an import of some 15,000 activities or more) is refused whole.
     */
    private static ProblemException tooLarge(Plan plan, List<? extends DomainEvent> events) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The plan is too large to be stored in one change: its "
                + plan.activities().size() + " activities and " + events.size() + " events exceed what one write can hold. "
                + "Nothing was written; split the plan into two (for example by area) and import each.",
                Map.of("activities", plan.activities().size(), "events", events.size()));
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<Plan> find(String planId) {
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            Document d = current(planId, OUTLINE_FIELDS);
            if (d == null) {
                return Optional.empty();
            }
            Optional<List<PlanActivity>> activities = activities(d.getList(CHUNKS, Document.class, List.of()));
            if (activities.isPresent()) {
                return Optional.of(new Plan(d.getString("_id"), d.getString("title"),
                        d.getList("levelNames", String.class, List.of()), PlanDocuments.nodes(d), activities.get(),
                        d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                        ((Number) d.get("version")).longValue(), PlanDocuments.metadata(d), PlanDocuments.versionNumber(d),
                        d.getString("status")));
            }
        }
        throw new IllegalStateException("Plan " + planId + " points at activity chunks that do not exist");
    }

    @Override
    public List<PlanSummary> summaries() {
        List<PlanSummary> summaries = new ArrayList<>();
        for (Document d : documents().find().projection(SUMMARY_FIELDS).sort(Sorts.ascending("title", "_id"))) {
            if (!isCurrentShape(d)) {
                migration.migrateAll(databases.current());
                return summaries();
            }
            Document summary = d.get(SUMMARY, Document.class);
            summaries.add(new PlanSummary(d.getString("_id"), d.getString("title"),
                    d.getList("levelNames", String.class, List.of()), PlanDocuments.metadata(d),
                    PlanDocuments.versionNumber(d), d.getString("status"), ((Number) d.get("version")).longValue(),
                    d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                    PlanDocuments.counts(summary)));
        }
        return summaries;
    }

    @Override
    public Optional<PlanOutline> outline(String planId) {
        return Optional.ofNullable(current(planId, OUTLINE_FIELDS)).map(MongoPlanRepository::outline);
    }

    @Override
    public List<PlanOutline> outlines(String planId) {
        if (planId != null) {
            return outline(planId).map(List::of).orElse(List.of());
        }
        List<PlanOutline> outlines = new ArrayList<>();
        for (Document d : documents().find().projection(OUTLINE_FIELDS).sort(Sorts.ascending("title", "_id"))) {
            if (!isCurrentShape(d)) {
                migration.migrateAll(databases.current());
                return outlines(null);
            }
            outlines.add(outline(d));
        }
        return outlines;
    }

    @Override
    public Optional<ActivityHit> activity(String planId, String activityId) {
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            Document d = current(planId, OUTLINE_FIELDS);
            if (d == null) {
                return Optional.empty();
            }
            Set<String> ids = layoutIds(d);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            int found = 0;
            for (Document chunk : collection(ACTIVITY_CHUNKS).find(in("_id", ids))
                    .projection(Projections.elemMatch("activities", eq("id", activityId)))) {
                found++;
                List<Document> match = chunk.getList("activities", Document.class, List.of());
                if (!match.isEmpty()) {
                    return Optional.of(new ActivityHit(outline(d), PlanDocuments.activity(match.get(0))));
                }
            }
            if (found == ids.size()) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("Plan " + planId + " points at activity chunks that do not exist");
    }

    @Override
    public List<PlanActivity> activities(PlanOutline plan, Predicate<PlanActivity> wanted, int limit) {
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            Document d = current(plan.id(), Projections.include(CHUNKS, STORAGE));
            if (d == null) {
                return List.of();
            }
            List<PlanActivity> found = new ArrayList<>();
            boolean complete = true;
            for (Document entry : d.getList(CHUNKS, Document.class, List.of())) {
                Document chunk = collection(ACTIVITY_CHUNKS).find(eq("_id", entry.getString("id"))).first();
                if (chunk == null) {
                    complete = false; // replaced by a change since the layout was read: read the plan again
                    break;
                }
                for (Document a : chunk.getList("activities", Document.class, List.of())) {
                    PlanActivity activity = PlanDocuments.activity(a);
                    if (wanted.test(activity)) {
                        found.add(activity);
                        if (found.size() >= limit) {
                            return found;
                        }
                    }
                }
            }
            if (complete) {
                return found;
            }
        }
        throw new IllegalStateException("Plan " + plan.id() + " points at activity chunks that do not exist");
    }

    @Override
    public Optional<List<VersionSummary>> versions(String planId) {
        Document d = current(planId, Projections.include("versionNumber", "status", "metadata", SUMMARY + ".counts", STORAGE));
        if (d == null) {
            return Optional.empty();
        }
        int currentNumber = PlanDocuments.versionNumber(d);
        List<VersionSummary> versions = new ArrayList<>();
        if (currentNumber > 1) {
            List<String> ids = new ArrayList<>();
            for (int n = 1; n < currentNumber; n++) {
                ids.add(PlanDocuments.versionId(planId, n));
            }
            for (Document v : collection(VERSIONS).find(in("_id", ids)).projection(Projections.exclude(NODES, CHUNKS))
                    .sort(Sorts.ascending("number"))) {
                versions.add(new VersionSummary(v.getInteger("number"), v.getString("status"), v.getString("legalAct"),
                        v.getString("adoptionDate"), false, v.getInteger("nodeCount"), v.getInteger("activityCount")));
            }
        }
        PlanCounts counts = PlanDocuments.counts(d.get(SUMMARY, Document.class));
        var metadata = PlanDocuments.metadata(d);
        versions.add(new VersionSummary(currentNumber, d.getString("status"), metadata == null ? null : metadata.legalAct(),
                metadata == null ? null : metadata.adoptionDate(), true,
                counts.levels().stream().mapToInt(PlanCounts.LevelCount::nodes).sum(), counts.activities()));
        return Optional.of(versions);
    }

    @Override
    public Optional<PlanVersion> version(String planId, int number) {
        Document plan = current(planId, Projections.include("versionNumber", STORAGE));
        if (plan == null || number < 1 || number > PlanDocuments.versionNumber(plan)) {
            return Optional.empty();
        }
        if (number == PlanDocuments.versionNumber(plan)) {
            return find(planId).map(Plan::currentVersion);
        }
        Document v = collection(VERSIONS).find(eq("_id", PlanDocuments.versionId(planId, number))).first();
        if (v == null) {
            return Optional.empty();
        }
        List<PlanActivity> activities = activities(v.getList(CHUNKS, Document.class, List.of()))
                .orElseThrow(() -> new IllegalStateException("Version " + number + " of plan " + planId
                        + " points at activity chunks that do not exist"));
        return Optional.of(new PlanVersion(number, v.getString("status"), v.getString("legalAct"),
                v.getString("adoptionDate"), PlanDocuments.nodes(v), activities));
    }

    @Override
    public Optional<AuditTrail> audit(String planId, long after, int limit) {
        Document d = current(planId, Projections.include(AUDIT_COUNT, AUDIT_PENDING, STORAGE));
        if (d == null) {
            return Optional.empty();
        }
        settleAudit(planId, d);
        long total = ((Number) d.get(AUDIT_COUNT)).longValue();
        List<String> ids = new ArrayList<>();
        for (long seq = after + 1; seq <= Math.min(total, after + limit); seq++) {
            ids.add(PlanDocuments.auditId(planId, seq));
        }
        List<AuditTrail.Item> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (Document entry : collection(AUDIT).find(in("_id", ids)).sort(Sorts.ascending("seq"))) {
                items.add(new AuditTrail.Item(((Number) entry.get("seq")).longValue(), PlanDocuments.audit(entry)));
            }
        }
        return Optional.of(new AuditTrail(total, items));
    }

    // ---------------------------------------------------------------- helpers

    /** The plan document with the given fields, migrated first if it is still in the shape of before ADR 0009. */
    private Document current(String planId, Bson fields) {
        Document d = documents().find(eq("_id", planId)).projection(fields).first();
        if (d != null && !isCurrentShape(d)) {
            migration.migrate(databases.current(), planId);
            d = documents().find(eq("_id", planId)).projection(fields).first();
        }
        return d;
    }

    private static boolean isCurrentShape(Document d) {
        return Integer.valueOf(STORAGE_SHAPE).equals(d.getInteger(STORAGE));
    }

    /** The activities of the chunks in the layout, in order; empty when one of them is gone (replaced meanwhile). */
    private Optional<List<PlanActivity>> activities(List<Document> layout) {
        List<String> ids = layout.stream().map(e -> e.getString("id")).toList();
        Map<String, Document> chunks = new HashMap<>();
        if (!ids.isEmpty()) {
            collection(ACTIVITY_CHUNKS).find(in("_id", ids)).forEach(c -> chunks.put(c.getString("_id"), c));
        }
        List<PlanActivity> activities = new ArrayList<>();
        for (String id : ids) {
            Document chunk = chunks.get(id);
            if (chunk == null) {
                return Optional.empty();
            }
            chunk.getList("activities", Document.class, List.of()).forEach(a -> activities.add(PlanDocuments.activity(a)));
        }
        return Optional.of(activities);
    }

    private static PlanOutline outline(Document d) {
        Document summary = d.get(SUMMARY, Document.class);
        return new PlanOutline(d.getString("_id"), d.getString("title"), d.getList("levelNames", String.class, List.of()),
                PlanDocuments.metadata(d), PlanDocuments.versionNumber(d), d.getString("status"),
                ((Number) d.get("version")).longValue(), d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(), PlanDocuments.nodes(d),
                new HashSet<>(summary == null ? List.of() : summary.getList("duplicateCodes", String.class, List.of())));
    }

    private static Document summary(Plan plan) {
        return PlanDocuments.summary(PlanCounts.of(plan), PlanOutline.duplicateCodes(plan.activities()));
    }

    private static List<Document> layout(List<Chunk> chunks) {
        return chunks.stream().map(Chunk::layoutEntry).toList();
    }

    private static Set<String> layoutIds(Document plan) {
        Set<String> ids = new LinkedHashSet<>();
        plan.getList(CHUNKS, Document.class, List.of()).forEach(e -> ids.add(e.getString("id")));
        return ids;
    }

    private static Set<String> ids(List<Chunk> chunks) {
        Set<String> ids = new LinkedHashSet<>();
        chunks.forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static List<Chunk> newOnes(List<Chunk> chunks) {
        return chunks.stream().filter(Chunk::isNew).toList();
    }

    private MongoCollection<Document> documents() {
        return plans.documents();
    }

    private MongoCollection<Document> collection(String name) {
        return databases.current().getCollection(name);
    }

    static String newChunkId() {
        return UUID.randomUUID().toString();
    }
}
