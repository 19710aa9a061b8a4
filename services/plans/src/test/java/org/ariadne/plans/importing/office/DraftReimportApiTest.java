package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.contracts.EventTypes;
import org.ariadne.plans.importing.Imports;
import org.ariadne.plans.importing.office.SeedLayouts.Layout;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15 item 4's acceptance, through the job API: a coordinator imported the BiH plan from an Excel workbook and the
 * Slovenian plan from a Word document, fixes the file and imports it again into the draft. The dry run shows exactly
 * the edits (a title and a deadline changed, an activity added, one removed, one moved, a node renamed), the commit
 * applies them as one change — the same ids for what was matched, its events on Kafka, one audit entry — and the
 * unchanged file shows "no changes" and writes nothing. A stale version is 412, an adopted plan 409.
 */
class DraftReimportApiTest extends ServiceApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected String[] tenants() {
        return new String[] {"ba-r1", "si-r1"};
    }

    Imports imports;

    @BeforeEach
    void setUp() {
        imports = new Imports(api);
    }

    @Test
    void aCorrectedBosnianWorkbookShowsExactlyItsEditsAndItsCommitAppliesThemAsOneChange() {
        String tenant = "ba-r1";
        byte[] original = SeedLayouts.ba(Layout.HEADINGS).xlsx();
        String planId = create(tenant, original, "xlsx", XLSX);
        Draft before = read(tenant, planId);
        int auditEntries = audit(tenant, planId).size();

        Api.Response unchanged = reimport(tenant, planId, original, "xlsx", XLSX, "dry-run", null);
        assertThat(unchanged.<String>json("$.details.diff.sentence")).as(unchanged.toString()).isEqualTo("no changes");
        assertThat(unchanged.<Boolean>json("$.details.diff.changes")).isFalse();
        Api.Response unchangedCommit = reimport(tenant, planId, original, "xlsx", XLSX, "commit", before.version);
        assertThat(unchangedCommit.<String>json("$.state")).as(unchangedCommit.toString()).isEqualTo("succeeded");
        assertThat(unchangedCommit.<String>json("$.result.resourceId")).isEqualTo(planId);
        assertThat(unchangedCommit.<Integer>json("$.details.diff.version")).isEqualTo((int) before.version);
        assertThat(read(tenant, planId).version).as("nothing written").isEqualTo(before.version);
        assertThat(audit(tenant, planId)).hasSize(auditEntries);

        List<ObjectNode> seed = editable("ba");
        ObjectNode retitled = row(seed, "1.1.2");
        retitled.put("title", "Izraditi i dostaviti prijedlog Akcionog plana za institucije BiH");
        row(seed, "3.1.2").put("deadline_raw", "Decembar 2021.");
        ObjectNode added = row(seed, "3.1.3").deepCopy();
        added.put("code", "3.1.4");
        added.put("title", "Izraditi smjernice za finansijske istrage u predmetima trgovine ljudima");
        added.put("deadline_raw", "Juni 2022.");
        added.set("indicators", JSON.readTree("[\"Izrađene smjernice\"]"));
        seed.add(seed.indexOf(row(seed, "3.1.3")) + 1, added);
        seed.remove(row(seed, "4.7.3"));
        ObjectNode moved = row(seed, "5.1.5");
        seed.remove(moved);
        moved.set("path", row(seed, "5.2.4").get("path").deepCopy());
        seed.add(moved);
        renameProgramme(seed, "2.3", "Unaprijediti prevenciju trgovine ljudskim organima i tkivima");
        byte[] corrected = SeedLayouts.ba(Layout.HEADINGS, seed).xlsx();

        Api.Response dryRun = reimport(tenant, planId, corrected, "xlsx", XLSX, "dry-run", before.version);
        assertThat(dryRun.<String>json("$.state")).as(dryRun.toString()).isEqualTo("succeeded");
        String sentence = "3 activities changed, 1 added, 1 removed; 1 node changed, 0 added, 0 removed "
                + "(113 activities and 34 nodes unchanged)";
        assertThat(dryRun.<String>json("$.details.diff.sentence")).isEqualTo(sentence);
        assertThat(dryRun.<Integer>json("$.details.diff.baseVersion")).isEqualTo((int) before.version);
        assertThat(dryRun.<List<Object>>json("$.details.diff.plan")).isEmpty();
        assertThat(changes(dryRun, "activities")).containsExactly(
                "1.1.2 " + before.activities.get("1.1.2") + " by code: title \"" + before.titles.get("1.1.2") + "\" → "
                        + "\"Izraditi i dostaviti prijedlog Akcionog plana za institucije BiH\"",
                "3.1.2 " + before.activities.get("3.1.2") + " by code and title: deadline \"Juni 2020.\" → \"Decembar 2021.\"",
                "5.1.5 " + before.activities.get("5.1.5") + " by code and title: node 5.1 → 5.2");
        assertThat(dryRun.<List<String>>json("$.details.diff.activities.added[*].code")).as("as printed")
                .containsExactly("3.1.4.");
        assertThat(dryRun.<List<String>>json("$.details.diff.activities.added[*].under.code")).containsExactly("3.1");
        assertThat(dryRun.<List<String>>json("$.details.diff.activities.removed[*].id"))
                .containsExactly(before.activities.get("4.7.3"));
        assertThat(changes(dryRun, "nodes")).containsExactly("2.3 " + before.nodes.get("2.3") + " by code: title \""
                + "Unaprijediti prevenciju trgovine ljudskim organima\" → \"Unaprijediti prevenciju trgovine ljudskim organima "
                + "i tkivima\"");
        assertThat(read(tenant, planId).version).as("a dry run writes nothing").isEqualTo(before.version);

        Api.Response commit = reimport(tenant, planId, corrected, "xlsx", XLSX, "commit", before.version,
                "X-Change-Reason", "Ispravke nakon sastanka radne grupe");
        assertThat(commit.<String>json("$.state")).as(commit.toString()).isEqualTo("succeeded");
        assertThat(commit.<String>json("$.details.diff.sentence")).isEqualTo(sentence);
        Draft after = read(tenant, planId);
        assertThat(commit.<Integer>json("$.details.diff.version")).isEqualTo((int) after.version);
        assertThat(after.version).isEqualTo(before.version + 6);
        for (String code : List.of("1.1.2", "3.1.2", "5.1.5", "1.1.1", "5.2.4")) {
            assertThat(after.activities.get(code)).as("the id of " + code).isEqualTo(before.activities.get(code));
        }
        assertThat(after.activities).doesNotContainKey("4.7.3").containsKey("3.1.4").hasSize(117);
        assertThat(after.nodeOf.get("5.1.5")).isEqualTo(before.nodes.get("5.2"));
        assertThat(after.nodeTitles.get("2.3")).isEqualTo("Unaprijediti prevenciju trgovine ljudskim organima i tkivima");
        assertThat(after.deadlines.get("3.1.2")).isEqualTo("Decembar 2021.");
        assertThat(commit.<List<String>>json("$.details.diff.activities.added[*].id"))
                .containsExactly(after.activities.get("3.1.4"));

        List<Map<String, Object>> trail = audit(tenant, planId);
        assertThat(trail).hasSize(auditEntries + 1);
        Map<String, Object> entry = trail.get(trail.size() - 1);
        assertThat(entry.get("action")).isEqualTo("import");
        assertThat(entry.get("reason")).isEqualTo("Ispravke nakon sastanka radne grupe");
        assertThat(entry.get("changeCount")).isEqualTo(6);

        awaitEvents(tenant, planId, Set.of(
                EventTypes.NODE_CHANGED + " " + before.nodes.get("2.3"),
                EventTypes.ACTIVITY_ADDED + " " + after.activities.get("3.1.4"),
                EventTypes.ACTIVITY_CHANGED + " " + before.activities.get("1.1.2"),
                EventTypes.ACTIVITY_CHANGED + " " + before.activities.get("3.1.2"),
                EventTypes.ACTIVITY_CHANGED + " " + before.activities.get("5.1.5"),
                EventTypes.ACTIVITY_REMOVED + " " + before.activities.get("4.7.3")));

        Api.Response again = reimport(tenant, planId, corrected, "xlsx", XLSX, "dry-run", null);
        assertThat(again.<String>json("$.details.diff.sentence")).isEqualTo("no changes");

        Api.Response stale = start(tenant, planId, corrected, "xlsx", XLSX, "commit", before.version);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.isProblem("precondition-failed")).isTrue();
        assertThat(stale.<Integer>json("$.currentVersion")).isEqualTo((int) after.version);
        Api.Response withoutVersion = start(tenant, planId, corrected, "xlsx", XLSX, "commit", null);
        assertThat(withoutVersion.status()).as(withoutVersion.toString()).isEqualTo(428);
    }

    @Test
    void aCorrectedSlovenianWordDocumentShowsExactlyItsEditsOfTasksAndBlocksAndItsCommitAppliesThem() {
        String tenant = "si-r1";
        byte[] original = SeedLayouts.si(Layout.MERGED).docx();
        String planId = create(tenant, original, "docx", DOCX);
        Draft before = read(tenant, planId);

        Api.Response unchanged = reimport(tenant, planId, original, "docx", DOCX, "dry-run", before.version);
        assertThat(unchanged.<String>json("$.details.diff.sentence")).as(unchanged.toString()).isEqualTo("no changes");

        List<ObjectNode> seed = editable("si");
        ObjectNode retitled = task(seed, "1.2.2").get(0);
        retitled.put("title", "Preventivno ozaveščanje in izobraževanje mladih");
        task(seed, "1.4.8").get(1).put("deadline_raw", "Enkratna izvedba v letu 2024");
        ObjectNode added = task(seed, "4.4").get(0).deepCopy();
        added.put("task_code", "4.5");
        added.put("code", "4.5");
        added.put("title", "Sodelovanje v projektih Evropske unije za boj proti trgovini z ljudmi");
        added.put("deadline_raw", "Druga polovica leta 2024");
        seed.add(seed.indexOf(task(seed, "4.4").get(0)) + 1, added);
        seed.remove(task(seed, "5.7").get(0));
        ObjectNode moved = task(seed, "1.4.14").get(0);
        seed.remove(moved);
        moved.set("path", task(seed, "1.3.2").get(0).get("path").deepCopy());
        seed.add(seed.indexOf(task(seed, "1.3.2").get(1)) + 1, moved);
        for (ObjectNode row : seed) {
            JsonNode path = row.get("path");
            if (path.size() > 1 && "1.1".equals(path.get(1).get("code").asString())) {
                ((ObjectNode) path.get(1)).put("title", "Splošna in strokovna javnost");
            }
        }
        byte[] corrected = SeedLayouts.si(Layout.MERGED, seed).docx();

        Api.Response dryRun = reimport(tenant, planId, corrected, "docx", DOCX, "dry-run", null);
        assertThat(dryRun.<String>json("$.state")).as(dryRun.toString()).isEqualTo("succeeded");
        assertThat(dryRun.<String>json("$.details.diff.sentence")).isEqualTo("3 activities changed, 1 added, 1 removed; "
                + "1 node changed, 0 added, 0 removed (41 activities and 9 nodes unchanged)");
        assertThat(changes(dryRun, "activities")).containsExactly(
                "1.2.2 " + before.activities.get("1.2.2") + " by code: title \"" + before.titles.get("1.2.2")
                        + "\" → \"Preventivno ozaveščanje in izobraževanje mladih\"",
                "1.4.14 " + before.activities.get("1.4.14") + " by code and title: node 1.4 → 1.3",
                "1.4.8 " + before.activities.get("1.4.8") + " by code and title: responsibilities[1].deadline "
                        + "\"Kontinuirano izvajanje v letih 2023 in 2024\" → \"Enkratna izvedba v letu 2024\"");
        assertThat(dryRun.<List<String>>json("$.details.diff.activities.added[*].code")).containsExactly("4.5");
        assertThat(dryRun.<List<String>>json("$.details.diff.activities.removed[*].code")).containsExactly("5.7");
        assertThat(changes(dryRun, "nodes")).containsExactly("1.1 " + before.nodes.get("1.1")
                + " by code: title \"Splošna javnost\" → \"Splošna in strokovna javnost\"");

        Api.Response commit = reimport(tenant, planId, corrected, "docx", DOCX, "commit", before.version);
        assertThat(commit.<String>json("$.state")).as(commit.toString()).isEqualTo("succeeded");
        Draft after = read(tenant, planId);
        assertThat(after.activities).hasSize(45).doesNotContainKey("5.7").containsKey("4.5");
        assertThat(after.activities.get("1.4.8")).isEqualTo(before.activities.get("1.4.8"));
        assertThat(after.nodeOf.get("1.4.14")).isEqualTo(before.nodes.get("1.3"));
        awaitEvents(tenant, planId, Set.of(EventTypes.ACTIVITY_CHANGED + " " + before.activities.get("1.4.8"),
                EventTypes.ACTIVITY_REMOVED + " " + before.activities.get("5.7"),
                EventTypes.ACTIVITY_ADDED + " " + after.activities.get("4.5")));
        assertThat(reimport(tenant, planId, corrected, "docx", DOCX, "dry-run", null)
                .<String>json("$.details.diff.sentence")).isEqualTo("no changes");
    }

    @Test
    void anAdoptedPlanRefusesAnImportWith409AndPointsToItsRevisions() {
        String tenant = "ba-r1";
        byte[] original = SeedLayouts.ba(Layout.LEVEL_COLUMNS).xlsx();
        String planId = create(tenant, original, "xlsx", XLSX);
        Api.Response adopted = api.post(plans(tenant) + "/" + planId + "/adopt", token(tenant),
                "{\"legalAct\": \"Odluka Vijeća ministara BiH\", \"adoptionDate\": \"2020-06-30\"}");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);

        Api.Response refused = start(tenant, planId, original, "xlsx", XLSX, "dry-run", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem("conflict")).isTrue();
        assertThat(refused.<String>json("$.revisions")).isEqualTo(plans(tenant) + "/" + planId + "/revisions");
        assertThat(refused.<String>json("$.detail")).contains("Start a revision");
        Api.Response revision = api.post(plans(tenant) + "/" + planId + "/revisions", token(tenant), "{}");
        assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
        assertThat(reimport(tenant, planId, original, "xlsx", XLSX, "dry-run", null)
                .<String>json("$.details.diff.sentence")).as("the new draft takes it").isEqualTo("no changes");
    }

    @Test
    void foreignHostileAndBrokenRequestsAreRefusedAndLeaveTheDraftAsItWas() {
        String tenant = "ba-r1";
        byte[] file = ("{\"path\":[{\"level\":\"Oblast\",\"code\":\"1\",\"title\":\"Prevencija\"},{\"level\":\"Program\","
                + "\"code\":\"1.1\",\"title\":\"Svijest\"}],\"code\":\"1.1.1\",\"title\":\"Kampanja\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response created = imports.run(tenant, file, "application/x-ndjson", "format=jsonl&mode=commit&title=Probni%20plan");
        String planId = created.json("$.result.resourceId");
        long version = read(tenant, planId).version;
        String path = "/imports?format=jsonl&mode=dry-run";

        Api.Response foreign = api.sendBytes("POST", plans("si-r1") + "/" + planId + path, token("si-r1"), file,
                "application/x-ndjson");
        assertThat(foreign.status()).as("another tenant's plan does not exist there: " + foreign).isEqualTo(404);
        Api.Response viewer = api.sendBytes("POST", plans(tenant) + "/" + planId + path, token(tenant, "viewer"), file,
                "application/x-ndjson");
        assertThat(viewer.status()).as(viewer.toString()).isEqualTo(403);
        Api.Response adoption = api.sendBytes("POST", plans(tenant) + "/" + planId + path
                + "&legalAct=Odluka&levelNames=Oblast", token(tenant), file, "application/x-ndjson");
        assertThat(adoption.status()).as(adoption.toString()).isEqualTo(422);
        assertThat(adoption.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("legalAct", "levelNames");

        Api.Response notAWorkbook = reimport(tenant, planId, "this is not a workbook".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "xlsx", XLSX, "commit", version);
        assertThat(notAWorkbook.<String>json("$.state")).as(notAWorkbook.toString()).isEqualTo("failed");
        byte[] tooDeep = ("{\"path\":[{\"level\":\"A\",\"code\":\"1\",\"title\":\"A\"},{\"level\":\"B\",\"code\":\"1.1\","
                + "\"title\":\"B\"},{\"level\":\"C\",\"code\":\"1.1.1\",\"title\":\"C\"}],\"code\":\"1.1.1.1\",\"title\":\"Kampanja\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response deeper = reimport(tenant, planId, tooDeep, "jsonl", "application/x-ndjson", "commit", version);
        assertThat(deeper.<String>json("$.state")).as(deeper.toString()).isEqualTo("failed");
        assertThat(deeper.<List<String>>json("$.issues[*].problem")).anySatisfy(p -> assertThat(p).contains("levels"));
        assertThat(read(tenant, planId).version).as("nothing written").isEqualTo(version);
    }

    // ---------------------------------------------------------------- helpers

    private static String plans(String tenant) {
        return "/api/t/" + tenant + "/plans";
    }

    private String create(String tenant, byte[] file, String format, String contentType) {
        String levels = tenant.startsWith("si") ? "&levelNames=Poglavje&levelNames=Podpoglavje"
                : "&levelNames=Oblast&levelNames=Strate%C5%A1ki%20program";
        Api.Response job = imports.run(tenant, file, contentType, "format=" + format + "&mode=commit&title=Akcioni%20plan" + levels);
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        return job.json("$.result.resourceId");
    }

    private Api.Response start(String tenant, String planId, byte[] file, String format, String contentType, String mode,
            Long ifMatch, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (ifMatch != null) {
            all.addAll(List.of("If-Match", "\"" + ifMatch + "\""));
        }
        return api.sendBytes("POST", plans(tenant) + "/" + planId + "/imports?format=" + format + "&mode=" + mode,
                token(tenant), file, contentType, all.toArray(String[]::new));
    }

    private Api.Response reimport(String tenant, String planId, byte[] file, String format, String contentType, String mode,
            Long ifMatch, String... headers) {
        Api.Response started = start(tenant, planId, file, format, contentType, mode, ifMatch, headers);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitJob(tenant, started.header("Location"));
    }

    /** Each changed item as one line: code, id, how it was matched, and its fields ("field before → after"). */
    private static List<String> changes(Api.Response job, String part) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> change : job.<List<Map<String, Object>>>json("$.details.diff." + part + ".changed")) {
            List<String> fields = new ArrayList<>();
            for (Object f : (List<?>) change.get("fields")) {
                Map<?, ?> field = (Map<?, ?>) f;
                fields.add(field.get("field") + " " + show(field.get("before")) + " → " + show(field.get("after")));
            }
            String code = String.valueOf(change.get("code")).replaceAll("\\.$", "");
            lines.add(code + " " + change.get("id") + " by " + change.get("matchedBy") + ": " + String.join("; ", fields));
        }
        return lines;
    }

    private static String show(Object value) {
        if (value instanceof Map<?, ?> node && node.containsKey("code")) {
            return String.valueOf(node.get("code"));
        }
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private List<Map<String, Object>> audit(String tenant, String planId) {
        return api.get(plans(tenant) + "/" + planId + "/audit", token(tenant)).json("$.items");
    }

    /** The stored draft as these tests look at it: its version, activities and nodes by code. */
    private record Draft(long version, Map<String, String> activities, Map<String, String> titles,
            Map<String, String> deadlines, Map<String, String> nodeOf, Map<String, String> nodes,
            Map<String, String> nodeTitles) {
    }

    @SuppressWarnings("unchecked")
    private Draft read(String tenant, String planId) {
        Api.Response plan = api.get(plans(tenant) + "/" + planId, token(tenant));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        Draft draft = new Draft(Long.parseLong(plan.header("ETag").replace("\"", "")), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        List<Map<String, Object>> frontier = plan.json("$.nodes");
        while (!frontier.isEmpty()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> node : frontier) {
                String code = (String) node.get("code");
                draft.nodes.put(code, (String) node.get("id"));
                draft.nodeTitles.put(code, (String) node.get("title"));
                for (Map<String, Object> activity : (List<Map<String, Object>>) node.get("activities")) {
                    String activityCode = ((String) activity.get("code")).replaceAll("\\.$", "");
                    draft.activities.put(activityCode, (String) activity.get("id"));
                    draft.titles.put(activityCode, (String) activity.get("title"));
                    draft.deadlines.put(activityCode, (String) activity.get("deadline"));
                    draft.nodeOf.put(activityCode, (String) node.get("id"));
                }
                next.addAll((List<Map<String, Object>>) node.get("children"));
            }
            frontier = next;
        }
        return draft;
    }

    /** Waits until every expected event ("type subject-id") of the plan is on plans.events. */
    private static void awaitEvents(String tenant, String planId, Set<String> expected) {
        Set<String> seen = new HashSet<>();
        TestKafka.awaitRecord(EventTypes.PLANS_TOPIC, record -> {
            if ((tenant + ":" + planId).equals(record.key())) {
                String type = TestKafka.header(record, "ce_type");
                Map<String, Object> payload = JsonPath.read(record.value(), "$");
                Object subject = payload.containsKey("activityId") ? payload.get("activityId") : payload.get("nodeId");
                seen.add(type + " " + subject);
            }
            return seen.containsAll(expected);
        }, Duration.ofSeconds(30));
        assertThat(seen).containsAll(expected);
    }

    /** A seed plan's rows, as copies the test may edit. */
    private static List<ObjectNode> editable(String plan) {
        List<ObjectNode> rows = new ArrayList<>();
        SeedLayouts.seed(plan).forEach(row -> rows.add((ObjectNode) row.deepCopy()));
        return rows;
    }

    private static ObjectNode row(List<ObjectNode> seed, String code) {
        return seed.stream().filter(r -> code.equals(r.get("code").asString())).findFirst().orElseThrow();
    }

    /** The rows (responsibility blocks) of an SI task. */
    private static List<ObjectNode> task(List<ObjectNode> seed, String taskCode) {
        return seed.stream().filter(r -> taskCode.equals(r.get("task_code").asString())).toList();
    }

    private static void renameProgramme(List<ObjectNode> seed, String code, String title) {
        for (ObjectNode row : seed) {
            ObjectNode programme = (ObjectNode) row.get("path").get(1);
            if (code.equals(programme.get("code").asString())) {
                programme.put("title", title);
            }
        }
    }
}
