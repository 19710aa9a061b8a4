package org.ariadne.plans.plan.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
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
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.ariadne.plans.plan.Plan;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.PlanCounts;
import org.ariadne.plans.plan.PlanOutline;
import org.ariadne.plans.plan.PlanVersion;
import org.ariadne.plans.plan.internal.ActivityChunks.Chunk;
import org.ariadne.tenancy.mongo.DuplicateKeys;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a tenant's plans in the shape of ADR 0009, at provisioning and at every start (idempotent):
 * <ol>
 * <li>moves a plan document of before ADR 0009 (tree, history and audit trail in one document) into the new shape —
 * its activities into chunks, each earlier version into {@code plan_versions}, each audit entry into
 * {@code plan_audit} — with ids derived from the plan and its version, so a second run after a crash writes the same
 * documents again; the plan document itself changes last, in one update guarded by its version, without a new
 * version or events (nothing about the plan changed);
 * <li>moves audit entries a crash left in a plan document to the trail;
 * <li>deletes activity chunks no plan or version points at any more (left by a crash between the writes of a change)
 * once they are older than {@link #ORPHAN_AGE}, so a change still in progress never loses its new chunks.
 * </ol>
 */
@Component
class PlanStorageMigration implements TenantDatabaseInitializer {

    /** A change takes milliseconds to seconds; chunks nobody points at this long after they were written are garbage. */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(PlanStorageMigration.class);

    @Override
    public void initialize(MongoDatabase tenantDatabase) {
        migrateAll(tenantDatabase);
        settleAndSweep(tenantDatabase);
    }

    /** Migrates every plan of the database that is still in the old shape. */
    void migrateAll(MongoDatabase database) {
        List<String> old = new ArrayList<>();
        database.getCollection(PLANS).find(exists(STORAGE, false)).projection(Projections.include("_id"))
                .forEach(d -> old.add(d.getString("_id")));
        old.forEach(planId -> migrate(database, planId));
        if (!old.isEmpty()) {
            log.info("Moved {} plan(s) of {} to the storage of ADR 0009 (versions, audit trail and activity chunks apart)",
                    old.size(), database.getName());
        }
    }

    /** Migrates one plan if it is still in the old shape; safe to run again, and next to a running service. */
    void migrate(MongoDatabase database, String planId) {
        MongoCollection<Document> plans = database.getCollection(PLANS);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Document old = plans.find(eq("_id", planId)).first();
            if (old == null || Integer.valueOf(STORAGE_SHAPE).equals(old.getInteger(STORAGE))) {
                return;
            }
            long version = ((Number) old.get("version")).longValue();
            List<PlanActivity> activities = new ArrayList<>();
            old.getList("activities", Document.class, List.of()).forEach(a -> activities.add(PlanDocuments.activity(a)));
            List<Chunk> chunks = chunks(database, planId, "m" + version, activities);

            List<String> retained = new ArrayList<>();
            for (Document h : old.getList("history", Document.class, List.of())) {
                PlanVersion v = PlanDocuments.fromBson(h, PlanVersion.class);
                List<Chunk> versionChunks = chunks(database, planId, "v" + v.number(), v.activities());
                versionChunks.forEach(c -> retained.add(c.id()));
                Document frozen = new Document("_id", PlanDocuments.versionId(planId, v.number())).append("planId", planId)
                        .append("number", v.number()).append("status", v.status()).append("legalAct", v.legalAct())
                        .append("adoptionDate", v.adoptionDate()).append(NODES, PlanDocuments.nodes(v.nodes()))
                        .append(CHUNKS, versionChunks.stream().map(Chunk::layoutEntry).toList())
                        .append("nodeCount", v.nodes().size()).append("activityCount", v.activities().size());
                database.getCollection(VERSIONS).replaceOne(eq("_id", frozen.getString("_id")), frozen,
                        new ReplaceOptions().upsert(true));
            }

            List<Document> trail = old.getList("audit", Document.class, List.of());
            for (int i = 0; i < trail.size(); i++) {
                long seq = i + 1;
                Document entry = new Document(trail.get(i)).append("_id", PlanDocuments.auditId(planId, seq))
                        .append("planId", planId).append("seq", seq);
                database.getCollection(AUDIT).replaceOne(eq("_id", entry.getString("_id")), entry,
                        new ReplaceOptions().upsert(true));
            }

            Plan plan = new Plan(planId, old.getString("title"), old.getList("levelNames", String.class, List.of()),
                    PlanDocuments.nodes(old), activities, old.getDate("createdAt").toInstant(),
                    old.getDate("updatedAt").toInstant(), version);
            Document summary = PlanDocuments.summary(PlanCounts.of(plan), PlanOutline.duplicateCodes(activities));
            long moved = plans.updateOne(and(eq("_id", planId), eq("version", version), exists(STORAGE, false)),
                    Updates.combine(Updates.set(STORAGE, STORAGE_SHAPE),
                            Updates.set(CHUNKS, chunks.stream().map(Chunk::layoutEntry).toList()),
                            Updates.set(RETAINED_CHUNKS, retained), Updates.set(SUMMARY, summary),
                            Updates.set(AUDIT_COUNT, (long) trail.size()), Updates.set(AUDIT_PENDING, List.of()),
                            Updates.unset("activities"), Updates.unset("history"), Updates.unset("audit")))
                    .getModifiedCount();
            if (moved == 1) {
                return;
            }
            // the plan changed (or another instance migrated it) meanwhile: look again
        }
        throw new IllegalStateException("Plan " + planId + " kept changing while it was migrated to the new storage");
    }

    /** The activities in chunks with ids derived from the plan and {@code tag}: a second run writes the same chunks. */
    private static List<Chunk> chunks(MongoDatabase database, String planId, String tag, List<PlanActivity> activities) {
        AtomicInteger n = new AtomicInteger();
        List<Chunk> chunks = ActivityChunks.arrange(List.of(), activities, () -> planId + "#" + tag + "#" + n.incrementAndGet());
        Date now = new Date();
        for (Chunk chunk : chunks) {
            Document stored = new Document("_id", chunk.id()).append("planId", planId).append("createdAt", now)
                    .append("activities", chunk.documents());
            database.getCollection(ACTIVITY_CHUNKS).replaceOne(eq("_id", chunk.id()), stored, new ReplaceOptions().upsert(true));
        }
        return chunks;
    }

    /**
     * Moves audit entries a plan document carries to the trail: each is inserted under its plan and number unless it is
     * there already, then pulled from the plan document.
     */
    static void settleAudit(MongoDatabase database, String planId, List<Document> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> moved = new ArrayList<>();
        for (Document entry : pending) {
            long seq = ((Number) entry.get("seq")).longValue();
            Document stored = new Document(entry).append("_id", PlanDocuments.auditId(planId, seq)).append("planId", planId);
            DuplicateKeys.writeUnlessPresent(() -> database.getCollection(AUDIT).insertOne(stored));
            moved.add(seq);
        }
        database.getCollection(PLANS).updateOne(eq("_id", planId), Updates.pull(AUDIT_PENDING, in("seq", moved)));
    }

    /** Moves audit entries left in plan documents to the trail and deletes chunks nobody points at any more. */
    private static void settleAndSweep(MongoDatabase database) {
        Set<String> referenced = new HashSet<>();
        for (Document plan : database.getCollection(PLANS).find()
                .projection(Projections.include(CHUNKS, RETAINED_CHUNKS, AUDIT_PENDING))) {
            String planId = plan.getString("_id");
            plan.getList(CHUNKS, Document.class, List.of()).forEach(c -> referenced.add(c.getString("id")));
            referenced.addAll(plan.getList(RETAINED_CHUNKS, String.class, List.of()));
            settleAudit(database, planId, plan.getList(AUDIT_PENDING, Document.class, List.of()));
        }
        Date cutoff = Date.from(Instant.now().minus(ORPHAN_AGE));
        List<String> orphans = new ArrayList<>();
        for (Document chunk : database.getCollection(ACTIVITY_CHUNKS).find().projection(Projections.include("createdAt"))) {
            Date created = chunk.getDate("createdAt");
            if (!referenced.contains(chunk.getString("_id")) && created != null && created.before(cutoff)) {
                orphans.add(chunk.getString("_id"));
            }
        }
        if (!orphans.isEmpty()) {
            database.getCollection(ACTIVITY_CHUNKS).deleteMany(in("_id", orphans));
            log.info("Deleted {} activity chunk(s) of {} that no plan points at (left by an interrupted change)",
                    orphans.size(), database.getName());
        }
    }
}
