package org.ariadne.plans.plan.internal;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ariadne.plans.importing.GeneratedPlan;
import org.ariadne.plans.importing.Imports;
import org.ariadne.plans.plan.AuditEntry;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

/**
 * How plans are stored (ADR 0009), through the API: a trail far beyond one document's 16 MB, plans stored in the shape
 * of before it, and reads that meet changes in flight.
 */
class PlanStorageTest extends ServiceApiTest {

    static final String TENANT = "ba-04";
    static final String PLANS = "/api/t/" + TENANT + "/plans";

    private final String token = token(TENANT);

    @Test
    void aPlanWithFiftyThousandAuditEntriesStillWorks() {
        String planId = createPlan("Plan s dugim tragom");
        String node = post(PLANS + "/" + planId + "/nodes", "{\"code\":\"1\",\"title\":\"Prevencija\"}");
        String activity = post(PLANS + "/" + planId + "/activities", "{\"nodeId\":\"" + node + "\",\"code\":\"1.1\","
                + "\"title\":\"Obuka\",\"deadline\":\"2025\"}");
        // 50,000 entries as years of editing leave them: written straight into the trail (through the API it would take
        // hours), numbered after the three the plan has, then the plan document told how many there are.
        int seeded = 50_000;
        long bytes = inTenant(db -> {
            List<Document> entries = new ArrayList<>();
            long size = 0;
            for (int i = 1; i <= seeded; i++) {
                long seq = 3 + i;
                Document entry = PlanDocuments.audit(seq, new AuditEntry(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i),
                        "coordinator.ba04", "change", "Izmjena po zaključku broj " + i, List.of("ActivityChanged " + activity,
                        "NodeChanged " + node, "ActivityChanged " + activity), 3))
                        .append("_id", PlanDocuments.auditId(planId, seq)).append("planId", planId);
                size += new RawBsonDocument(entry, new DocumentCodec()).getByteBuffer().remaining();
                entries.add(entry);
                if (entries.size() == 5_000) {
                    db.getCollection(PlanDocuments.AUDIT).insertMany(entries);
                    entries = new ArrayList<>();
                }
            }
            db.getCollection(PlanDocuments.PLANS).updateOne(eq("_id", planId),
                    new Document("$inc", new Document(PlanDocuments.AUDIT_COUNT, (long) seeded)));
            return size;
        });
        assertThat(bytes).as("the trail alone is larger than one document may be").isGreaterThan(16L * 1024 * 1024);

        Api.Response changed = api.patch(PLANS + "/" + planId + "/activities/" + activity, token, "{\"deadline\":\"2026\"}",
                "If-Match", api.get(PLANS + "/" + planId + "/activities/" + activity, token).header("ETag"),
                "X-Change-Reason", "Rok pomjeren");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        Api.Response first = api.get(PLANS + "/" + planId + "/audit", token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<Integer>json("$.total")).isEqualTo(seeded + 4);
        assertThat(first.<List<Integer>>json("$.items[*].seq")).hasSize(100).startsWith(1, 2, 3, 4);
        assertThat(first.<List<String>>json("$.items[0:3].action")).containsExactly("create", "change", "change");
        assertThat(first.<String>json("$.next")).isEqualTo(PLANS + "/" + planId + "/audit?after=100&limit=100");

        Api.Response last = api.get(PLANS + "/" + planId + "/audit?after=" + (seeded + 3 - 1) + "&limit=1000", token);
        assertThat(last.<List<Integer>>json("$.items[*].seq")).containsExactly(seeded + 3, seeded + 4);
        assertThat(last.<String>json("$.items[1].reason")).isEqualTo("Rok pomjeren");
        assertThat(last.<List<String>>json("$.items[1].changes")).containsExactly("ActivityChanged " + activity);
        assertThat(last.<Object>json("$.next")).isNull();

        int pages = 0;
        String next = PLANS + "/" + planId + "/audit?limit=1000";
        long seen = 0;
        while (next != null) {
            Api.Response page = api.get(next, token);
            seen += page.<List<Object>>json("$.items").size();
            next = page.json("$.next");
            pages++;
        }
        assertThat(seen).isEqualTo(seeded + 4);
        assertThat(pages).isEqualTo(51);

        assertThat(api.get(PLANS, token).status()).isEqualTo(200);
        assertThat(api.get(PLANS + "/" + planId, token).<Integer>json("$.activityCount")).isEqualTo(1);
        long planDocument = inTenant(db -> (long) new RawBsonDocument(db.getCollection(PlanDocuments.PLANS)
                .find(eq("_id", planId)).first(), new DocumentCodec()).getByteBuffer().remaining());
        assertThat(planDocument).as("the plan document does not grow with its trail").isLessThan(20_000);
        inTenant(db -> db.getCollection(PlanDocuments.AUDIT).deleteMany(eq("planId", planId)).getDeletedCount());
    }

    @Test
    void aBadPageIsRefusedWithEveryProblem() {
        String planId = createPlan("Plan za stranice");
        Api.Response refused = api.get(PLANS + "/" + planId + "/audit?after=-1&limit=1001", token);
        assertThat(refused.isProblem("validation-failed")).as(refused.toString()).isTrue();
        assertThat(refused.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("after", "limit");
        assertThat(api.get(PLANS + "/nope/audit", token).isProblem("not-found")).isTrue();
    }

    @Test
    void aPlanStoredBeforeTheSplitIsMovedWhenItIsFirstReadAndAgainNothingChanges() {
        String planId = "old-" + System.nanoTime();
        Document activity = new Document("id", "act-1").append("nodeId", "node-2").append("code", "1.1.1")
                .append("title", "Edukacija policijskih službenika").append("deadline", "II kvartal 2017")
                .append("leadInstitutions", List.of("MUP ZDK")).append("details", new Document("partnerInstitutions",
                        List.of("Centar za socijalni rad")).append("extra", new Document("seq", "1")))
                .append("searchText", "1.1.1 | edukacija policijskih sluzbenika | ");
        Document changed = new Document(activity).append("deadline", "IV kvartal 2018");
        List<Document> nodes = List.of(
                new Document("id", "node-1").append("parentId", null).append("level", 1).append("code", "1").append("title", "Prevencija"),
                new Document("id", "node-2").append("parentId", "node-1").append("level", 2).append("code", "1.1")
                        .append("title", "Edukacija"));
        Document old = new Document("_id", planId).append("title", "Stari plan 2017-2018")
                .append("levelNames", List.of("Oblast", "Strateški program")).append("nodes", nodes)
                .append("activities", List.of(changed))
                .append("metadata", new Document("periodFrom", "2017-01-01").append("periodTo", "2018-12-31"))
                .append("versionNumber", 2).append("status", "draft")
                .append("history", List.of(new Document("number", 1).append("status", "adopted")
                        .append("legalAct", "Odluka 01-02/17").append("adoptionDate", "2017-03-01").append("nodes", nodes)
                        .append("activities", List.of(activity))))
                .append("audit", List.of(
                        audit("import", 4), audit("adopt", 1), audit("revise", 1), audit("change", 1)))
                .append("createdAt", new Date()).append("updatedAt", new Date())
                .append("version", 7L).append("outbox", List.of()).append("outboxPending", false)
                .append("leaseUntil", new Date(0)).append("leaseOwner", null);
        inTenant(db -> db.getCollection(PlanDocuments.PLANS).insertOne(old) == null);

        Api.Response tree = api.get(PLANS + "/" + planId, token);
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        assertThat(tree.header("ETag")).isEqualTo("\"7\"");
        assertThat(tree.<List<String>>json("$.nodes[0].children[0].activities[*].deadline")).containsExactly("IV kvartal 2018");
        assertThat(tree.<List<String>>json("$.nodes[0].children[0].activities[0].partnerInstitutions"))
                .containsExactly("Centar za socijalni rad");
        Api.Response versions = api.get(PLANS + "/" + planId + "/versions", token);
        assertThat(versions.<List<String>>json("$.items[*].status")).containsExactly("adopted", "draft");
        assertThat(versions.<List<String>>json("$.items[*].legalAct")).containsExactly("Odluka 01-02/17", null);
        Api.Response diff = api.get(PLANS + "/" + planId + "/versions/1/diff/2", token);
        assertThat(diff.<List<Map<String, Object>>>json("$.changed[0].fields")).containsExactly(
                Map.of("field", "deadline", "before", "II kvartal 2017", "after", "IV kvartal 2018"));
        Api.Response audit = api.get(PLANS + "/" + planId + "/audit", token);
        assertThat(audit.<List<String>>json("$.items[*].action")).containsExactly("import", "adopt", "revise", "change");
        assertThat(audit.<List<Integer>>json("$.items[*].seq")).containsExactly(1, 2, 3, 4);
        assertThat(api.get(PLANS, token).<List<String>>json("$.items[?(@.id == '" + planId + "')].title"))
                .containsExactly("Stari plan 2017-2018");

        Document migrated = inTenant(db -> db.getCollection(PlanDocuments.PLANS).find(eq("_id", planId)).first());
        assertThat(migrated).doesNotContainKeys("activities", "history", "audit").containsEntry("version", 7L);
        PlanStorageMigration migration = context.getBean(PlanStorageMigration.class);
        inTenant(db -> {
            migration.initialize(db);
            return true;
        });
        Document again = inTenant(db -> db.getCollection(PlanDocuments.PLANS).find(eq("_id", planId)).first());
        assertThat(again).isEqualTo(migrated);

        Api.Response change = api.patch(PLANS + "/" + planId + "/activities/act-1", token, "{\"title\":\"Obuka\"}",
                "If-Match", "\"7\"");
        assertThat(change.status()).as(change.toString()).isEqualTo(200);
        assertThat(api.get(PLANS + "/" + planId + "/audit", token).<List<Integer>>json("$.items[*].seq"))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aPlanStoredBeforeTheSplitIsMovedAtStartUp() {
        String planId = "old-start-" + System.nanoTime();
        Document activity = new Document("id", "act-1").append("nodeId", "node-1").append("code", "1.1")
                .append("title", "Kampanja u školama").append("deadline", "2019").append("leadInstitutions", List.of("MON"))
                .append("details", new Document()).append("searchText", "1.1 | kampanja u skolama | ");
        Document old = new Document("_id", planId).append("title", "Plan iz 2019")
                .append("levelNames", List.of("Oblast")).append("nodes", List.of(new Document("id", "node-1")
                        .append("parentId", null).append("level", 1).append("code", "1").append("title", "Prevencija")))
                .append("activities", List.of(activity)).append("versionNumber", 1).append("status", "draft")
                .append("history", List.of()).append("audit", List.of(audit("create", 1), audit("change", 1)))
                .append("createdAt", new Date()).append("updatedAt", new Date())
                .append("version", 3L).append("outbox", List.of()).append("outboxPending", false)
                .append("leaseUntil", new Date(0)).append("leaseOwner", null);
        inTenant(db -> db.getCollection(PlanDocuments.PLANS).insertOne(old) == null);

        // What every start does for every known tenant (TenantDatabaseInitializer), before any request.
        PlanStorageMigration migration = context.getBean(PlanStorageMigration.class);
        inTenant(db -> {
            migration.initialize(db);
            return true;
        });
        Document migrated = inTenant(db -> db.getCollection(PlanDocuments.PLANS).find(eq("_id", planId)).first());
        assertThat(migrated).doesNotContainKeys("activities", "history", "audit")
                .containsEntry(PlanDocuments.STORAGE, PlanDocuments.STORAGE_SHAPE).containsEntry("version", 3L);
        long moved = inTenant(db -> db.getCollection(PlanDocuments.AUDIT).countDocuments(eq("planId", planId)));
        assertThat(moved).isEqualTo(2);

        assertThat(api.get(PLANS, token).<List<Integer>>json("$.items[?(@.id == '" + planId + "')].activities"))
                .containsExactly(1);
        Api.Response tree = api.get(PLANS + "/" + planId, token);
        assertThat(tree.header("ETag")).isEqualTo("\"3\"");
        assertThat(tree.<List<String>>json("$.nodes[0].activities[*].title")).containsExactly("Kampanja u školama");
        Api.Response change = api.patch(PLANS + "/" + planId + "/activities/act-1", token, "{\"deadline\":\"2020\"}",
                "If-Match", "\"3\"");
        assertThat(change.status()).as(change.toString()).isEqualTo(200);
        assertThat(api.get(PLANS + "/" + planId + "/audit", token).<List<String>>json("$.items[*].action"))
                .containsExactly("create", "change", "change");
    }

    @Test
    void readsThatMeetChangesInFlightSeeOneVersionOrTheNext() throws Exception {
        Api.Response imported = new Imports(api).run(TENANT, new GeneratedPlan(1, 2, 300).jsonLines(), "application/x-ndjson",
                "format=jsonl&mode=commit&title=Plan%20pod%20optere%C4%87enjem");
        String planId = imported.json("$.result.resourceId");
        List<String> activities = api.get(PLANS + "/" + planId, token).json("$.nodes[0].children[*].activities[*].id");
        assertThat(activities).hasSize(600);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> writer = pool.submit(() -> {
                int n = 0;
                try {
                    for (; n < 40; n++) {
                        String id = activities.get(n * 13 % activities.size());
                        Api.Response r = api.patch(PLANS + "/" + planId + "/activities/" + id, token,
                                "{\"title\":\"Promijenjeno " + n + "\"}", "If-Match", api.get(PLANS + "/" + planId + "/activities/"
                                        + id, token).header("ETag"));
                        assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    }
                } finally {
                    writing.set(false);
                }
                return n;
            });
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    Api.Response tree = api.get(PLANS + "/" + planId, token);
                    assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
                    assertThat(tree.<List<String>>json("$.nodes[0].children[*].activities[*].id")).hasSize(600);
                    reads++;
                }
                return reads;
            });
            assertThat(writer.get()).isEqualTo(40);
            assertThat(reader.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
        long chunks = inTenant(db -> db.getCollection(PlanDocuments.ACTIVITY_CHUNKS).countDocuments(eq("planId", planId)));
        assertThat(chunks).as("replaced chunks are deleted").isEqualTo(3);
    }

    private static Document audit(String action, int changeCount) {
        return new Document("at", "2017-03-01T10:00:00Z").append("actor", "coordinator.ba04").append("action", action)
                .append("reason", null).append("changes", List.of()).append("changeCount", changeCount);
    }

    private String createPlan(String title) {
        Api.Response created = api.post(PLANS, token, "{\"title\":\"" + title + "\",\"levelNames\":[\"Oblast\",\"Program\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    private String post(String path, String body) {
        Api.Response created = api.post(path, token, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    private <T> T inTenant(java.util.function.Function<MongoDatabase, T> work) {
        TenantDatabases databases = context.getBean(TenantDatabases.class);
        return TenantContext.callAs(TenantId.of(TENANT), () -> work.apply(databases.current()));
    }
}
