package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.partners.AliasForm;
import org.ariadne.webapp.partners.BodyForms;
import org.ariadne.webapp.partners.InstitutionForm;
import org.ariadne.webapp.partners.ReviewDecision;
import org.ariadne.webapp.partners.SourceGroup;
import org.ariadne.webapp.shell.FieldErrors;
import org.junit.jupiter.api.Test;

/**
 * The partners pages beyond reading: a coordinator registers and corrects institutions, adds the spellings the plans
 * print, merges two institutions after reading what that does, records bodies with their sessions, decisions and tasks
 * and sets a recommendation's status with its reason; the forms become exactly the API's requests; a viewer reads only.
 */
class PartnersEditingPagesTest {

    static final String INSTITUTION = """
            {"id":"i1","global":false,"name":"Kantonalno tužilaštvo Zeničko-dobojskog kantona","nameEn":null,"acronym":"KT ZDK",
             "kind":"prosecution","status":"active","version":3,
             "aliases":[{"key":"kt zdk","text":"KT ZDK","kind":"acronym","institutionId":"i1","global":false},
                        {"key":"kantonalno tuzilastvo ze-do","text":"Kantonalno tužilaštvo Ze-do kantona <b>","kind":"variant",
                         "institutionId":"i1","global":false,"spellings":["Kantonalno tužilaštvo Ze-do kantona."]}]}""";

    static Map<String, Object> institutionModel(FieldErrors errors) {
        Map<String, Object> institution = PageRenderer.json(INSTITUTION);
        Map<String, Object> model = new HashMap<>();
        model.put("institution", institution);
        model.put("form", InstitutionForm.of(institution));
        model.put("kinds", ReviewDecision.KINDS);
        model.put("aliasKinds", AliasForm.KINDS);
        model.put("others", Json.list(PageRenderer.json(PartnersPagesTest.INSTITUTIONS), "items"));
        if (errors != null) {
            model.put("errors", errors);
        }
        return model;
    }

    @Test
    void anInstitutionsPageOffersACoordinatorToAddASpellingCorrectItAndMergeItAfterSayingWhatThatDoes() {
        String html = PageRenderer.render("partners-institution", PageRenderer.ba04("coordinator"), Language.BS, institutionModel(null));
        assertThat(html).contains("<h1><span>Kantonalno tužilaštvo Zeničko-dobojskog kantona</span><span> (KT ZDK)</span></h1>")
                .contains("tužilaštvo")
                .contains("Kantonalno tužilaštvo Ze-do kantona &lt;b&gt;").contains("Kantonalno tužilaštvo Ze-do kantona.")
                .contains("action=\"/t/ba-04/partners/institutions/i1/aliases\"").contains("<option value=\"typo\">")
                .contains("action=\"/t/ba-04/partners/institutions/i1\"").contains("name=\"version\" value=\"3\"")
                .contains("value=\"Kantonalno tužilaštvo Zeničko-dobojskog kantona\"")
                .contains("action=\"/t/ba-04/partners/institutions/i1/merge\"").contains("Ovo se ne može poništiti.")
                .contains("data-confirm=\"Spojiti Kantonalno tužilaštvo Zeničko-dobojskog kantona s odabranom institucijom?")
                .contains("<option value=\"g1\">World Vision</option>");

        String viewer = PageRenderer.render("partners-institution", PageRenderer.ba04("viewer"), Language.BS, institutionModel(null));
        assertThat(viewer).contains("KT ZDK").doesNotContain("/aliases\"").doesNotContain("/merge").doesNotContain("name=\"version\"");

        String refused = PageRenderer.render("partners-institution", PageRenderer.ba04("coordinator"), Language.SQ,
                institutionModel(FieldErrors.of(new AliasForm("", "generic").problems())));
        assertThat(refused).contains("Shkruani shkrimin").contains("Zgjidhni çfarë lloj shkrimi është.");
    }

    @Test
    void theFormsBecomeExactlyThePartnersRequests() {
        assertThat(new AliasForm(" Kantonalno tužilaštvo Ze-do kantona ", "variant").body("i1")).isEqualTo(Map.of("aliases",
                List.of(Map.of("text", "Kantonalno tužilaštvo Ze-do kantona", "kind", "variant", "institutionId", "i1"))));
        assertThat(new AliasForm("x", "generic").problems()).containsOnlyKeys("alias.kind");

        InstitutionForm institution = new InstitutionForm(" Granična policija ", "police", "GP", "", "info@gp.gov.ba", "2");
        assertThat(institution.problems()).isEmpty();
        Map<String, Object> current = new LinkedHashMap<>(PageRenderer.json(INSTITUTION));
        current.put("iatiRef", "XM-1");
        assertThat(institution.changeOf(current)).containsEntry("name", "Granična policija").containsEntry("acronym", "GP")
                .containsEntry("nameEn", null).containsEntry("iatiRef", "XM-1").containsEntry("kind", "police");
        assertThat(new InstitutionForm("", "spies", "x".repeat(31), null, "not-an-address", null).problems())
                .containsOnlyKeys("name", "kind", "acronym", "email");

        BodyForms.Body body = new BodyForms.Body("Koordinacioni tim ZDK", "coordination_team", "Vlada ZDK", "02-03-2594/21", "2021-02-24",
                "najmanje dva puta godišnje", "2", "11");
        assertThat(body.problems()).isEmpty();
        assertThat(body.body()).containsEntry("declaredMemberCount", 11).containsEntry("cadence",
                Map.of("text", "najmanje dva puta godišnje", "minimumPerYear", 2));
        BodyForms.Meeting meeting = new BodyForms.Meeting("2", "2021-08-25", "Plan rada\r\n\r\n Izvještaj MUP-a ", "", null);
        assertThat(meeting.problems()).isEmpty();
        assertThat(meeting.body()).containsEntry("number", 2).containsEntry("agenda", List.of("Plan rada", "Izvještaj MUP-a"));
        assertThat(new BodyForms.Meeting(null, "2023", null, null, null).problems()).isEmpty();
        assertThat(new BodyForms.Meeting("-1", "29.07.2021", null, "many", null).problems())
                .containsOnlyKeys("meeting.number", "meeting.date", "meeting.attendeeCount");
        assertThat(new BodyForms.Decision("", "conclusion", "Zadaci", "", "", null).problems()).containsOnlyKeys("decision.meetingId");
        assertThat(new BodyForms.Decision("m1", "conclusion", " Zadaci ", null, null, null).body())
                .isEqualTo(Map.of("kind", "conclusion", "text", "Zadaci", "meetingId", "m1"));
        BodyForms.Task task = new BodyForms.Task("d2", "Izvještaj", List.of("i9", "", "i9", "i3"), "");
        assertThat(task.problems()).isEmpty();
        assertThat(task.body()).containsEntry("assigneeInstitutionIds", List.of("i9", "i3")).containsEntry("due", null);
        assertThat(new BodyForms.Task(null, "", null, "sutra").problems()).containsOnlyKeys("task.decisionId", "task.text",
                "task.assignees", "task.due");
    }

    @Test
    void aBodysPageLetsACoordinatorRecordASessionADecisionAndATaskAndAViewerOnlyRead() {
        Map<String, Object> body = PageRenderer.json("""
                {"id":"b1","name":"Koordinacioni tim ZDK","kind":"coordination_team","flags":[],"memberships":[],
                 "meetings":[{"id":"m1","number":1,"date":"2021-07-29","agenda":["Usvajanje poslovnika"],"attendeeInstitutionIds":[]}],
                 "decisions":[{"id":"d1","meetingId":"m1","kind":"rules","text":"Poslovnik o radu <script>alert(1)</script>"}],
                 "tasks":[{"id":"t1","decisionId":"d1","text":"Izvještaj","assignees":[{"id":"i9","name":"MUP ZDK"}],"status":"open"}],
                 "version":4}""");
        Map<String, Map<String, Object>> meetings = new LinkedHashMap<>();
        Json.list(body, "meetings").forEach(m -> meetings.put(String.valueOf(m.get("id")), m));
        Map<String, Object> model = new HashMap<>(Map.of("body", body, "meetingsById", meetings, "decisionKinds",
                BodyForms.DECISION_KINDS, "taskStatuses", BodyForms.TASK_STATUSES,
                "institutions", Json.list(PageRenderer.json(PartnersPagesTest.INSTITUTIONS), "items")));

        String coordinator = PageRenderer.render("partners-body", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(coordinator).contains("Evidentirajte sjednicu").contains("action=\"/t/ba-04/partners/bodies/b1/meetings\"")
                .contains("action=\"/t/ba-04/partners/bodies/b1/decisions\"")
                .contains("<option value=\"m1\">1. sjednica, 29.07.2021.</option>")
                .contains("action=\"/t/ba-04/partners/bodies/b1/tasks\"").contains("Poslovnik o radu &lt;script&gt;")
                .contains("action=\"/t/ba-04/partners/bodies/b1/tasks/t1/status\"")
                .contains("<option value=\"i1\">Ured nacionalnog koordinatora</option>")
                .doesNotContain("<script>alert");

        String viewer = PageRenderer.render("partners-body", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("Koordinacioni tim ZDK").doesNotContain("/meetings\"").doesNotContain("/decisions\"")
                .doesNotContain("/tasks").doesNotContain("<form class=\"stacked\"");

        String bodies = PageRenderer.render("partners-bodies", PageRenderer.ba04("coordinator"), Language.SL,
                Map.of("bodies", List.of(), "bodyKinds", BodyForms.BODY_KINDS, "errors", FieldErrors.of(
                        new BodyForms.Body("", "club", null, null, "2021-13-01", null, "x", null).problems())));
        assertThat(bodies).contains("Vpišite koordinacijsko telo").contains("Vpišite ime telesa").contains("Izberite vrsto telesa.")
                .contains("Izberite datum.").contains("Vpišite celo število.");
    }

    @Test
    void aCoordinatorSetsARecommendationsStatusWithItsReasonAndExportsTheTracker() {
        List<SourceGroup> sources = List.of(new SourceGroup(null, PageRenderer.jsonList("""
                [{"id":"r1","sourceId":"s1","source":"GRETA","paragraph":"45","text":"GRETA urges","strength":"urge","repeat":false,
                  "status":"open","history":[],"activities":[],"suggestedStatus":null,"version":1}]""")));
        Map<String, Object> model = Map.of("sources", sources, "recommendationStatuses", List.of("open", "in_progress", "implemented"));
        String coordinator = PageRenderer.render("partners-recommendations", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(coordinator).contains("id=\"recommendation-r1\"").contains("action=\"/t/ba-04/partners/recommendations/r1/status\"")
                .contains("<option value=\"in_progress\">u toku</option>").contains("Obrazloženje")
                .contains("action=\"/t/ba-04/partners/recommendations/exports?format=docx\"").contains("Preuzmi kao Excel");
        String viewer = PageRenderer.render("partners-recommendations", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("GRETA urges").doesNotContain("/status\"").doesNotContain("exports?format");
    }

    @Test
    void theInstitutionsListLinksEachInstitutionAndOffersACoordinatorToRegisterOne() {
        String html = PageRenderer.render("partners-institutions", PageRenderer.ba04("coordinator"), Language.EN, Map.of(
                "institutions", Json.list(PageRenderer.json(PartnersPagesTest.INSTITUTIONS), "items"), "aliases", Map.of(),
                "kinds", ReviewDecision.KINDS));
        assertThat(html).contains("href=\"/t/ba-04/partners/institutions/i1\"").contains("Register an institution")
                .contains("action=\"/t/ba-04/partners/institutions\"").contains("id=\"new-name\"");
        String viewer = PageRenderer.render("partners-institutions", PageRenderer.ba04("viewer"), Language.EN, Map.of(
                "institutions", List.of(), "aliases", Map.of(), "kinds", ReviewDecision.KINDS));
        assertThat(viewer).doesNotContain("Register an institution");
    }
}
