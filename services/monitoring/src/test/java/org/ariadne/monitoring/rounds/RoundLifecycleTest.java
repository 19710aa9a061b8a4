package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rounds and contributions of the "si" tenant (default reporting settings), through the HTTP API. */
class RoundLifecycleTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {"si", "me"};
    }

    RoundsApi si;
    MonitoringApi monitoring;

    @BeforeEach
    void setUp() {
        si = new RoundsApi(port, "si");
        monitoring = new MonitoringApi(port);
    }

    private PlanEvents smallPlan() {
        PlanEvents plan = new PlanEvents("si")
                .created("Akcijski načrt 2025", "Področje")
                .nodeAdded("n-1", null, 1, "1", "Preprečevanje")
                .nodeAdded("n-2", null, 1, "2", "Pregon")
                .activityAdded("a-1", "n-1", "1.1", "Usposabljanje policistov", "2024", List.of("Policija"))
                .activityAddedWithPartners("a-2", "n-1", "1.2", "Kampanja", List.of("MNZ"), List.of("Policija", "NVO Ključ"))
                .activityAdded("a-3", "n-2", "2.1", "Preiskave", "2025", List.of("Tožilstvo"));
        monitoring.awaitPlan("si", plan.planId(), 3);
        return plan;
    }

    private JsonNode contributionOf(String roundId, String institution) {
        for (JsonNode c : RoundsApi.json(si.get("/rounds/" + roundId + "/contributions")).get("contributions")) {
            if (institution.equals(c.get("institution").asString())) {
                return c;
            }
        }
        throw new AssertionError("no contribution of " + institution);
    }

    @Test
    void openingARoundAsksEveryLeadAndPartnerInstitutionForItsActivities() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());

        JsonNode round = RoundsApi.json(si.get("/rounds/" + roundId));
        assertThat(round.get("activityCount").asInt()).isEqualTo(3);
        assertThat(round.get("state").asString()).isEqualTo("open");
        List<String> institutions = new ArrayList<>();
        for (JsonNode c : RoundsApi.json(si.get("/rounds/" + roundId + "/contributions")).get("contributions")) {
            institutions.add(c.get("institution").asString() + "=" + c.get("activityIds").size() + ":" + c.get("state").asString());
        }
        assertThat(institutions).containsExactly("MNZ=1:requested", "NVO Ključ=1:requested", "Policija=2:requested",
                "Tožilstvo=1:requested");
        // 1.1's deadline (2024) lies before the period's end and nothing is reported yet: late; 1.2 and 2.1 (2025) are not.
        assertThat(si.get("/rounds/" + roundId + "/activities").<List<Boolean>>json("$.activities[*].late"))
                .containsExactly(true, false, false);

        java.util.Optional<ConsumerRecord<String, String>> opened = TestKafka.awaitRecord(EventTypes.MONITORING_TOPIC,
                r -> EventTypes.ROUND_OPENED.equals(TestKafka.header(r, "ce_type")) && r.value().contains(roundId),
                Duration.ofSeconds(30));
        assertThat(opened).isPresent();
        assertThat(opened.get().key()).isEqualTo("si:" + roundId);
    }

    @Test
    void aReturnedResubmittedAndAcceptedContributionKeepsItsWholeHistory() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String id = contributionOf(roundId, "Policija").get("contributionId").asString();

        Api.Response draft = si.put("/contributions/" + id + "/reports", """
                {"reports":[{"activityId":"%s","status":"implemented","completion":100,"narrative":"Usposobljenih 40",
                  "language":"sl","figures":[{"label":"udeleženci","value":40,"unit":"persons","year":2025,"scope":"SI"}]}]}"""
                .formatted(plan.id("a-1")));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(si.post("/contributions/" + id + "/submit", "").status()).isEqualTo(200);
        Api.Response returned = si.post("/contributions/" + id + "/return", "{\"reason\":\"Manjka kampanja 1.2\"}");
        assertThat(returned.<String>json("$.state")).isEqualTo("returned");
        assertThat(returned.<String>json("$.returnReason")).isEqualTo("Manjka kampanja 1.2");
        si.put("/contributions/" + id + "/reports", """
                {"reports":[{"activityId":"%s","status":"ongoing","completion":50,"narrative":"V teku"}]}"""
                .formatted(plan.id("a-2")));
        assertThat(si.post("/contributions/" + id + "/submit", "").status()).isEqualTo(200);
        Api.Response accepted = si.post("/contributions/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        JsonNode contribution = RoundsApi.json(si.get("/contributions/" + id));
        List<String> trail = new ArrayList<>();
        contribution.get("history").forEach(t -> trail.add(t.get("from").asString() + "→" + t.get("to").asString()
                + (t.get("reason").isNull() ? "" : " (" + t.get("reason").asString() + ")")
                + (t.get("onBehalf").asBoolean() ? " on behalf" : "")));
        assertThat(trail).containsExactly("requested→draft on behalf", "draft→submitted on behalf",
                "submitted→returned (Manjka kampanja 1.2)", "returned→draft on behalf", "draft→submitted on behalf",
                "submitted→accepted");
        contribution.get("history").forEach(t -> assertThat(t.get("by").asString()).isEqualTo("user@si"));
        assertThat(contribution.get("reports")).hasSize(2);

        // Default settings: only "implemented" counts as implemented; a-1 implemented, a-2 ongoing, a-3 no data.
        JsonNode rollUp = RoundsApi.json(si.get("/rounds/" + roundId + "/rollup"));
        assertThat(rollUp.get("overall").get("implemented").asInt()).isEqualTo(1);
        assertThat(rollUp.get("overall").get("percentageText").asString()).isEqualTo("33.3");
        assertThat(TestKafka.awaitRecord(EventTypes.MONITORING_TOPIC,
                r -> EventTypes.CONTRIBUTION_ACCEPTED.equals(TestKafka.header(r, "ce_type")) && r.value().contains(id),
                Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void aRoundTakesThePlansAdoptionFromPlansAndFlagsDeadlinesBeforeIt() {
        PlanEvents plan = new PlanEvents("si")
                .created("Akcijski načrt 2025", "Področje")
                .nodeAdded("n-1", null, 1, "1", "Preprečevanje")
                .activityAdded("a-1", "n-1", "1.1", "Usposabljanje policistov", "2024", List.of("Policija"))
                .activityAdded("a-2", "n-1", "1.2", "Kampanja", "2026", List.of("MNZ"))
                .adopted("Sklep Vlade RS št. 00712-3/2025", "2025-03-06");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode overview = monitoring.planInOverview("si", plan.planId());
            return overview != null && "2025-03-06".equals(overview.path("adoptionDate").asString(""));
        });

        String roundId = si.openRound(plan.planId());

        JsonNode round = RoundsApi.json(si.get("/rounds/" + roundId));
        assertThat(round.get("planAdopted").asString()).isEqualTo("2025-03-06");
        assertThat(round.get("legalBasis").isNull()).as("the report's legal basis is never guessed").isTrue();
        List<String> flagged = new ArrayList<>();
        RoundsApi.json(si.get("/rounds/" + roundId + "/rollup")).get("issues").forEach(i -> {
            if ("deadline_before_adoption".equals(i.get("kind").asString())) {
                flagged.add(i.get("code").asString());
            }
        });
        assertThat(flagged).containsExactly("1.1");
    }

    @Test
    void aFocalPointWorksOnItsOwnInstitutionsContributionOnly() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String police = contributionOf(roundId, "Policija").get("contributionId").asString();
        String prosecution = contributionOf(roundId, "Tožilstvo").get("contributionId").asString();
        String focalPoint = TestJwts.token("focal.policija@si", List.of("si"), List.of("si:focal_point"),
                Map.of("institutions", Map.of("si", "Policija")));
        String report = "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"ongoing\",\"narrative\":\"V teku\"}]}";

        Api.Response own = si.api.put(si.base() + "/contributions/" + police + "/reports", focalPoint,
                report.formatted(plan.id("a-1")));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(si.api.post(si.base() + "/contributions/" + police + "/submit", focalPoint, "").status()).isEqualTo(200);

        Api.Response foreign = si.api.put(si.base() + "/contributions/" + prosecution + "/reports", focalPoint,
                report.formatted(plan.id("a-3")));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.isProblem("forbidden")).isTrue();
        Api.Response acceptOwn = si.api.post(si.base() + "/contributions/" + police + "/accept", focalPoint, "");
        assertThat(acceptOwn.status()).as("only the coordinator accepts").isEqualTo(403);
        assertThat(RoundsApi.json(si.get("/contributions/" + prosecution)).get("state").asString()).isEqualTo("requested");

        JsonNode history = RoundsApi.json(si.get("/contributions/" + police)).get("history");
        List<String> trail = new ArrayList<>();
        history.forEach(t -> trail.add(t.get("to").asString() + " by " + t.get("by").asString()
                + (t.get("onBehalf").asBoolean() ? " on behalf" : "")));
        assertThat(trail).containsExactly("draft by focal.policija@si", "submitted by focal.policija@si");
    }

    @Test
    void transitionsOutOfOrderAndReportsOnForeignActivitiesAreRefused() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String id = contributionOf(roundId, "Tožilstvo").get("contributionId").asString();

        Api.Response acceptEarly = si.post("/contributions/" + id + "/accept", "");
        assertThat(acceptEarly.status()).isEqualTo(409);
        assertThat(acceptEarly.isProblem("conflict")).isTrue();
        Api.Response foreign = si.put("/contributions/" + id + "/reports",
                "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"implemented\"}]}".formatted(plan.id("a-1")));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.<List<String>>json("$.errors[*].pointer")).containsExactly("/reports/0/activityId");
        Api.Response badStatus = si.put("/contributions/" + id + "/reports",
                "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"done\",\"completion\":120}]}".formatted(plan.id("a-3")));
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.<List<String>>json("$.errors[*].pointer"))
                .containsExactlyInAnyOrder("/reports/0/status", "/reports/0/completion");
        Api.Response noReason = si.post("/contributions/" + id + "/return", "{\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(422);
        Api.Response asViewer = si.api.post(si.base() + "/contributions/" + id + "/submit", TestJwts.forTenant("si", "viewer"), "");
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(asViewer.isProblem("forbidden")).isTrue();
        Api.Response openAsViewer = si.api.post(si.base() + "/plans/" + plan.planId() + "/rounds",
                TestJwts.forTenant("si", "viewer"),
                "{\"kind\":\"annual\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"dueDate\":\"2026-01-31\"}");
        assertThat(openAsViewer.status()).isEqualTo(403);
        Api.Response badRound = si.post("/plans/" + plan.planId() + "/rounds",
                "{\"kind\":\"monthly\",\"periodStart\":\"2025-12-31\",\"periodEnd\":\"2025-01-01\",\"dueDate\":\"soon\"}");
        assertThat(badRound.status()).isEqualTo(422);
        assertThat(badRound.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("/kind", "/dueDate");
        Api.Response unknownPlan = si.post("/plans/no-such-plan/rounds",
                "{\"kind\":\"annual\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"dueDate\":\"2026-01-31\"}");
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.isProblem("not-found")).isTrue();
    }

    @Test
    void nullEntriesInListsAndMapsAreValidationProblemsNotServerErrors() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String id = contributionOf(roundId, "Policija").get("contributionId").asString();

        Api.Response nullReport = si.put("/contributions/" + id + "/reports", "{\"reports\":[null]}");
        assertThat(nullReport.status()).as(nullReport.toString()).isEqualTo(422);
        Api.Response nullFigure = si.put("/contributions/" + id + "/reports", """
                {"reports":[{"activityId":"%s","status":"ongoing","figures":[null]}]}""".formatted(plan.id("a-1")));
        assertThat(nullFigure.status()).as(nullFigure.toString()).isEqualTo(422);
        Api.Response nullClass = si.put("/settings/reporting", """
                {"statusClasses":{"ongoing":null},"rounding":"truncate","decimals":1,"decimalSeparator":",",
                 "language":"sl"}""");
        assertThat(nullClass.status()).as(nullClass.toString()).isEqualTo(422);
        Api.Response nullEmail = si.put("/settings/reminders",
                "{\"institutionEmails\":{\"Policija\":null},\"daysBefore\":7}");
        assertThat(nullEmail.status()).as(nullEmail.toString()).isEqualTo(422);
        assertThat(RoundsApi.json(si.get("/contributions/" + id)).get("reports")).isEmpty();
    }

    @Test
    void aFrozenRoundRejectsChangesAndKeepsItsSnapshot() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String id = contributionOf(roundId, "Tožilstvo").get("contributionId").asString();
        si.put("/contributions/" + id + "/reports",
                "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"implemented\",\"completion\":100}]}".formatted(plan.id("a-3")));
        si.post("/contributions/" + id + "/submit", "");
        si.post("/contributions/" + id + "/accept", "");

        // No evidence and no narrative: warnings, not errors, so the freeze goes through.
        Api.Response frozen = si.post("/rounds/" + roundId + "/freeze", "{}");
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
        assertThat(frozen.<List<String>>json("$.issues[*].kind"))
                .containsExactlyInAnyOrder("implemented_without_evidence", "complete_without_narrative");
        String snapshot = si.get("/rounds/" + roundId + "/rollup").body();

        String other = contributionOf(roundId, "MNZ").get("contributionId").asString();
        Api.Response change = si.put("/contributions/" + other + "/reports",
                "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"implemented\"}]}".formatted(plan.id("a-2")));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.isProblem("conflict")).as(change.toString()).isTrue();
        assertThat(si.post("/rounds/" + roundId + "/freeze", "{}").isProblem("conflict")).isTrue();
        Api.Response evidence = si.post("/rounds/" + roundId + "/evidence", """
                {"kind":"meeting","title":"Sestanek","activityIds":["%s"]}""".formatted(plan.id("a-3")));
        assertThat(evidence.status()).isEqualTo(409);
        assertThat(si.get("/rounds/" + roundId + "/rollup").body()).isEqualTo(snapshot);
        assertThat(RoundsApi.json(si.get("/rounds/" + roundId)).get("state").asString()).isEqualTo("frozen");
    }

    @Test
    void aContributionChangeRacingAFreezeIsRefusedButALockLeftByACrashedFreezeExpires() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        String id = contributionOf(roundId, "Policija").get("contributionId").asString();
        String report = "{\"reports\":[{\"activityId\":\"%s\",\"status\":\"ongoing\"}]}".formatted(plan.id("a-1"));

        // The freeze's first step, as it stands between locking the contributions and writing the snapshot:
        lockContributions(roundId, java.time.Instant.now());
        Api.Response change = si.put("/contributions/" + id + "/reports", report);
        assertThat(change.status()).as(change.toString()).isEqualTo(409);
        assertThat(change.<String>json("$.detail")).contains("being frozen");
        assertThat(RoundsApi.json(si.get("/contributions/" + id)).get("reports")).isEmpty();

        // A lock from a freeze that died minutes ago (the round is still open) no longer blocks anyone.
        lockContributions(roundId, java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)));
        assertThat(si.put("/contributions/" + id + "/reports", report).status()).isEqualTo(200);
        // and the freeze itself goes through
        assertThat(si.post("/rounds/" + roundId + "/freeze", "{}").status()).isEqualTo(200);
    }

    private void lockContributions(String roundId, java.time.Instant since) {
        org.ariadne.tenancy.TenantContext.runAs(org.ariadne.tenancy.TenantId.of("si"), () -> context
                .getBean(org.ariadne.tenancy.mongo.TenantDatabases.class).current().getCollection("contributions")
                .updateMany(new org.bson.Document("roundId", roundId), new org.bson.Document("$set",
                        new org.bson.Document("freezingSince", java.util.Date.from(since)))));
    }

    @Test
    void anActivityAddedAfterTheRoundOpenedAppearsInTheNextRoundAndReplaysChangeNothing() {
        PlanEvents plan = smallPlan();
        String first = si.openRound(plan.planId());
        String before = si.get("/rounds/" + first + "/activities").body();

        plan.activityAdded("a-4", "n-2", "2.2", "Nova aktivnost", "2025", List.of("Tožilstvo"));
        monitoring.awaitPlan("si", plan.planId(), 4);
        plan.sent().forEach(PlanEvents.Sent::resend);
        PlanEvents.awaitConsumed();

        assertThat(si.get("/rounds/" + first + "/activities").body()).isEqualTo(before);
        assertThat(RoundsApi.json(si.get("/rounds/" + first)).get("activityCount").asInt()).isEqualTo(3);
        String next = si.openRound(plan.planId());
        assertThat(RoundsApi.json(si.get("/rounds/" + next)).get("activityCount").asInt()).isEqualTo(4);
        assertThat(si.get("/rounds/" + next + "/activities").body()).contains("Nova aktivnost");
        assertThat(si.get("/plans/" + plan.planId() + "/rounds").<List<String>>json("$.rounds[*].roundId"))
                .containsExactly(first, next);
    }

    @Test
    void evidenceLinkedToSeveralActivitiesIsShownOnEachAndOtherJurisdictionsDoNotCount() {
        PlanEvents plan = smallPlan();
        Api.Response settings = si.put("/settings/reporting", """
                {"rounding":"half_up","decimals":1,"decimalSeparator":".","language":"en","jurisdiction":"SI"}""");
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        String roundId = si.openRound(plan.planId());
        Api.Response training = si.post("/rounds/" + roundId + "/evidence", """
                {"kind":"training","title":"Usposabljanje","date":"2025-03-01","participantsFemale":12,"participantsMale":9,
                 "scope":"SI","activityIds":["%s","%s"]}""".formatted(plan.id("a-1"), plan.id("a-2")));
        assertThat(training.status()).as(training.toString()).isEqualTo(201);
        Api.Response foreign = si.post("/rounds/" + roundId + "/evidence", """
                {"kind":"legal_act","title":"Zakon","reference":"12/25","scope":"HR","activityIds":["%s"]}"""
                .formatted(plan.id("a-3")));
        assertThat(foreign.status()).isEqualTo(201);
        Api.Response unknownActivity = si.post("/rounds/" + roundId + "/evidence", """
                {"kind":"meeting","title":"X","activityIds":["not-in-round"]}""");
        assertThat(unknownActivity.status()).isEqualTo(422);

        for (String institution : List.of("Policija", "Tožilstvo")) {
            String id = contributionOf(roundId, institution).get("contributionId").asString();
            String activity = institution.equals("Policija") ? plan.id("a-1") : plan.id("a-3");
            si.put("/contributions/" + id + "/reports", """
                    {"reports":[{"activityId":"%s","status":"implemented","narrative":"done"}]}""".formatted(activity));
            si.post("/contributions/" + id + "/submit", "");
            si.post("/contributions/" + id + "/accept", "");
        }
        JsonNode activities = RoundsApi.json(si.get("/rounds/" + roundId + "/activities")).get("activities");
        assertThat(activities.get(0).get("evidence").get(0).get("title").asString()).isEqualTo("Usposabljanje");
        assertThat(activities.get(1).get("evidence").get(0).get("title").asString()).isEqualTo("Usposabljanje");
        assertThat(activities.get(2).get("evidence").get(0).get("scope").asString()).isEqualTo("HR");
        // a-1 has SI evidence; a-3's only evidence is Croatian: shown, but not counted.
        assertThat(si.get("/rounds/" + roundId + "/rollup").<List<String>>json(
                "$.issues[?(@.kind == 'implemented_without_evidence')].code")).containsExactly("2.1");
        assertThat(si.get("/rounds/" + roundId + "/rollup").<Map<String, Object>>json("$.overall"))
                .containsEntry("percentageText", "66.7");
        // restore the defaults for the other tests of this tenant
        si.put("/settings/reporting", "{\"rounding\":\"half_up\",\"decimals\":1,\"decimalSeparator\":\".\",\"language\":\"en\"}");
    }

    @Test
    void aFocalPointAttachesAFileAsEvidenceForItsOwnActivitiesOnly() {
        PlanEvents plan = smallPlan();
        String roundId = si.openRound(plan.planId());
        Api api = new Api(port);
        String police = TestJwts.token("focal.policija", List.of("si"), List.of("si:focal_point"),
                Map.of("institutions", Map.of("si", "Policija")));
        String base = "/api/t/si/monitoring";

        byte[] pdf = "%PDF-1.4 participants: 21".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response upload = api.sendBytes("POST", base + "/rounds/" + roundId + "/evidence-files", police, pdf, "application/pdf",
                "X-Tenant-Id", "si", "X-File-Name", "C%3A%5Cscans%5CSpisak%20u%C4%8Desnika.pdf");
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String fileRef = upload.json("$.fileRef");
        assertThat(upload.<String>json("$.name")).isEqualTo("Spisak učesnika.pdf");

        Api.Response own = api.post(base + "/rounds/" + roundId + "/evidence", police, """
                {"kind":"file","title":"Spisak učesnika","activityIds":["%s"],"fileRef":"%s"}""".formatted(plan.id("a-1"), fileRef),
                "X-Tenant-Id", "si");
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        Api.Response foreign = api.post(base + "/rounds/" + roundId + "/evidence", police, """
                {"kind":"file","title":"Tuđe","activityIds":["%s"],"fileRef":"%s"}""".formatted(plan.id("a-3"), fileRef),
                "X-Tenant-Id", "si");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.isProblem("forbidden")).isTrue();

        Api.Response download = api.get(base + "/" + fileRef, police, "X-Tenant-Id", "si");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 participants: 21");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        String viewer = TestJwts.forTenant("si", "viewer");
        assertThat(api.sendBytes("POST", base + "/rounds/" + roundId + "/evidence-files", viewer, pdf, "application/pdf",
                "X-Tenant-Id", "si").status()).isEqualTo(403);
        assertThat(api.sendBytes("POST", base + "/rounds/" + roundId + "/evidence-files", police,
                new byte[5 * 1024 * 1024 + 1], "application/pdf", "X-Tenant-Id", "si").status()).isEqualTo(413);
        // another tenant never reaches the file
        assertThat(api.get("/api/t/me/monitoring/" + fileRef, TestJwts.forTenant("me", "coordinator"), "X-Tenant-Id", "me").status())
                .isEqualTo(404);
    }
}
