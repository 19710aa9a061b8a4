package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.partners.ReviewDecision;
import org.ariadne.webapp.partners.SourceGroup;
import org.junit.jupiter.api.Test;

/**
 * The partners pages render what the partners service answers (the demo's ba-04 coordination team, Kosovo's GNKT
 * waiting for review, Slovenia's GRETA recommendations), in the user's language, with every text escaped; the review
 * queue's three decisions become exactly the API's requests, and only coordinators get the forms.
 */
class PartnersPagesTest {

    static final String INSTITUTIONS = """
            {"items":[{"id":"i1","global":false,"name":"Ured nacionalnog koordinatora","acronym":"ZKNKT","kind":"coordination_office",
                       "status":"active","version":1},
                      {"id":"g1","global":true,"name":"World Vision","kind":"ngo","status":"active","version":1},
                      {"id":"g2","global":true,"name":"UNHCR","kind":"international_org","status":"active","version":1}],"total":3}""";

    @Test
    void institutionsShowEveryWayThePlansWriteTheirNamesAndOnlyTheInternationalOnesPrintedHere() {
        Map<String, Object> institutions = PageRenderer.json(INSTITUTIONS);
        Map<String, List<Map<String, Object>>> aliases = new LinkedHashMap<>();
        aliases.put("i1", PageRenderer.jsonList("""
                [{"key":"zknkt","text":"ZKNKT","kind":"acronym","institutionId":"i1","global":false},
                 {"key":"znknt","text":"ZNKNT","kind":"typo","institutionId":"i1","global":false,"spellings":["ZNKNT.","Z.N.K.N.T."]}]"""));
        aliases.put("g1", PageRenderer.jsonList("""
                [{"key":"word wision","text":"Word Wision <b>x</b>","kind":"typo","institutionId":"g1","global":false}]"""));
        List<Map<String, Object>> shown = Json.list(institutions, "items").stream()
                .filter(i -> !Boolean.TRUE.equals(i.get("global")) || aliases.containsKey(String.valueOf(i.get("id")))).toList();
        String html = PageRenderer.render("partners-institutions", PageRenderer.ba04("viewer"), Language.SQ, Map.of(
                "institutions", shown, "aliases", aliases));

        assertThat(html).contains("Institucionet").contains("zyrë koordinuese").contains("ZKNKT").contains("shkurtesë")
                .contains("ZNKNT.; Z.N.K.N.T.").contains("World Vision").contains("ndërkombëtar")
                .contains("Word Wision &lt;b&gt;x&lt;/b&gt;").doesNotContain("UNHCR");
    }

    @Test
    void theReviewQueueOffersACoordinatorTheThreeDecisionsAndAViewerNone() {
        Map<String, Object> review = PageRenderer.json("""
                {"items":[{"key":"gnkt","text":"GNKT","status":"open",
                  "places":[{"planId":"p","activityId":"a","code":"4.1","role":"lead","printed":"ZKNKT/GNKT <script>alert(1)</script>"}],
                  "suggestions":[{"institutionId":"i1","institutionName":"Ured nacionalnog koordinatora","alias":"ZKNKT","distance":1}]}],
                 "total":1}""");
        Map<String, Object> model = Map.of("status", "open", "review", review, "kinds", ReviewDecision.KINDS,
                "institutions", Json.list(PageRenderer.json(INSTITUTIONS), "items"), "planTitles", Map.of("p", "Akcioni plan ZDK"));

        String coordinator = PageRenderer.render("partners-review", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(coordinator).contains("Nazivi za provjeru").contains("GNKT").contains("nosilac")
                .contains("ZKNKT/GNKT &lt;script&gt;alert(1)&lt;/script&gt;").contains("Liči na")
                .contains("value=\"resolve\"").contains("value=\"create\"").contains("value=\"generic\"")
                .contains("<option value=\"ministry\">ministarstvo</option>").contains("Nije institucija (opšte navođenje)")
                .contains("href=\"/t/ba-04/plans/p/activities/a\"").contains("(Akcioni plan ZDK)").contains("Nova institucija");
        assertThat(coordinator).doesNotContain("<script>alert");

        String viewer = PageRenderer.render("partners-review", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("GNKT").doesNotContain("value=\"resolve\"").doesNotContain("partners/review/decisions");
    }

    @Test
    void aDecisionIsSentOnlyWhenItIsOneAndThenExactlyAsTheApiTakesIt() {
        assertThat(new ReviewDecision("gnkt", "resolve", " i1 ", null, null).problem()).isEmpty();
        assertThat(new ReviewDecision("gnkt", "resolve", " i1 ", null, null).body())
                .isEqualTo(Map.of("key", "gnkt", "action", "resolve", "institutionId", "i1"));
        assertThat(new ReviewDecision("gnkt", "create", null, " Granična policija ", "police").body())
                .isEqualTo(Map.of("key", "gnkt", "action", "create", "institution", Map.of("name", "Granična policija", "kind", "police")));
        assertThat(new ReviewDecision("gnkt", "generic", null, null, null).body()).isEqualTo(Map.of("key", "gnkt", "action", "generic"));

        assertThat(new ReviewDecision("gnkt", "resolve", "", null, null).problem()).contains("partners.review.chooseInstitution");
        assertThat(new ReviewDecision("gnkt", "create", null, "", "police").problem()).contains("partners.review.nameRequired");
        assertThat(new ReviewDecision("gnkt", "create", null, "x".repeat(501), "police").problem()).contains("partners.review.nameRequired");
        assertThat(new ReviewDecision("gnkt", "create", null, "Policija", "secret_service").problem()).contains("partners.review.kindRequired");
        assertThat(new ReviewDecision("gnkt", "merge", null, null, null).problem()).contains("partners.review.invalid");
        assertThat(new ReviewDecision(null, "generic", null, null, null).problem()).contains("partners.review.invalid");
    }

    @Test
    void aBodyShowsItsActItsMeetingsItsDecisionsAndWhatNeedsAttentionInTheUsersLanguage() {
        Map<String, Object> body = PageRenderer.json("""
                {"id":"b1","name":"Koordinacioni tim ZDK","kind":"coordination_team",
                 "legalAct":{"issuer":"Vlada Zeničko-dobojskog kantona","number":"02-03-2594/21","date":"2021-02-24","title":null},
                 "cadence":{"text":"najmanje dva puta godišnje","minimumPerYear":2},"declaredMemberCount":11,
                 "activities":[{"activityId":"a111","planId":"p","code":"1.1.1","title":"Obuka"}],
                 "flags":[{"code":"met_less_than_cadence","message":"Met 1 time in 2022","details":{"year":2022,"meetings":1,"required":2}},
                          {"code":"members_not_formally_appointed","message":"…",
                           "details":{"declared":11,"onRecord":0,"formallyAppointed":0,"notFormallyAppointed":[]}}],
                 "memberships":[],
                 "meetings":[{"id":"m1","number":1,"date":"2021-07-29","agenda":["Usvajanje poslovnika"],"attendeeInstitutionIds":[],
                              "minutes":{"approved":true,"documentId":null,"approvedOn":"2021-08-25"}},
                             {"id":"m3","number":null,"date":"2023","agenda":[],"attendeeInstitutionIds":[],
                              "minutes":{"approved":false,"documentId":null,"approvedOn":null}}],
                 "decisions":[{"id":"d1","meetingId":"m1","kind":"rules","text":"Poslovnik o radu"},
                              {"id":"d2","act":{"issuer":"Vlada ZDK","number":"02-1/25","date":"2025-03-21"},"kind":"conclusion",
                               "text":"Zaključak o zadacima"}],
                 "tasks":[{"id":"t1","decisionId":"d2","text":"Izvještaj MUP-a","assignees":[{"id":"i9","name":"MUP ZDK"}],
                           "status":"open","activities":[],"evidence":[]}],
                 "version":4}""");
        Map<String, Map<String, Object>> meetings = new LinkedHashMap<>();
        Json.list(body, "meetings").forEach(m -> meetings.put(String.valueOf(m.get("id")), m));
        String html = PageRenderer.render("partners-body", PageRenderer.ba04("viewer"), Language.BS, Map.of(
                "body", body, "meetingsById", meetings));

        assertThat(html).contains("Koordinacioni tim ZDK").contains("koordinacioni tim").contains("02-03-2594/21")
                .contains("24.02.2021.").contains("najmanje dva puta godišnje")
                .contains("Broj sjednica u 2022. godini: 1; propisano: najmanje 2 godišnje.")
                .contains("Članova prema aktu: 11; evidentirano: 0; formalno imenovano: 0.")
                .contains("29.07.2021.").contains("usvojen").contains("Poslovnik o radu").contains("1. sjednica, 29.07.2021.")
                .contains("Zaključak o zadacima").contains("MUP ZDK").contains("bez roka").contains("otvoren")
                .contains("href=\"/t/ba-04/plans/p/activities/a111\"").contains("Nema evidentiranih članova.");

        String list = PageRenderer.render("partners-bodies", PageRenderer.ba04("viewer"), Language.EN, Map.of("bodies",
                Json.list(PageRenderer.json("""
                        {"items":[{"id":"b1","name":"Koordinacioni tim ZDK","kind":"coordination_team",
                          "legalAct":{"issuer":"Vlada ZDK","number":"02-03-2594/21","date":"2021-02-24"},
                          "cadence":{"text":"najmanje dva puta godišnje","minimumPerYear":2},"declaredMemberCount":11,
                          "members":0,"meetings":6,"openTasks":1,
                          "flags":[{"code":"met_less_than_cadence","message":"x","details":{"year":2022,"meetings":0,"required":2}}],
                          "version":4}],"total":1}"""), "items")));
        assertThat(list).contains("Coordination bodies").contains("0 / 11").contains("Meetings in 2022: 0; required: at least 2 a year.")
                .contains("href=\"/t/ba-04/partners/bodies/b1\"");
    }

    @Test
    void theTrackerGroupsRecommendationsByReportWithOurStatusAndWhatTheActivitiesReported() {
        Map<String, Object> source = PageRenderer.json("""
                {"id":"s1","kind":"GRETA_REPORT","title":"Poročilo GRETA o Sloveniji","round":2,"year":null,
                 "documentNumber":"GRETA(2017)38","url":null,"publishedOn":"2017-10-20"}""");
        List<SourceGroup> sources = List.of(new SourceGroup(source, PageRenderer.jsonList("""
                [{"id":"r1","sourceId":"s1","source":"GRETA, round 2 (GRETA(2017)38)","paragraph":"23","text":"GRETA urges <i>x</i>",
                  "strength":"urge","repeat":true,"status":"in_progress",
                  "history":[{"from":"open","to":"in_progress","reason":"Delovna skupina pripravlja","by":"c","at":"2024-01-01T00:00:00Z"}],
                  "activities":[{"ref":{"activityId":"a58","planId":"p","code":"5.8"},"title":"Usposabljanje",
                                 "latestStatus":"ongoing","latestRoundId":"r"},
                                {"ref":{"activityId":"a59","planId":"p","code":"5.9"},"title":"Kampanja","latestStatus":null}],
                  "suggestedStatus":"in_progress","version":2}]""")));
        String html = PageRenderer.render("partners-recommendations", PageRenderer.ba04("viewer"), Language.SL, Map.of("sources", sources));

        assertThat(html).contains("Priporočila").contains("Poročilo GRETA o Sloveniji").contains("Poročilo GRETA, 2. krog ocenjevanja")
                .contains("GRETA(2017)38").contains("20.10.2017.").contains("nujno poziva").contains("ponovljeno")
                .contains("GRETA urges &lt;i&gt;x&lt;/i&gt;").contains("v teku").contains("Delovna skupina pripravlja")
                .contains("href=\"/t/ba-04/plans/p/activities/a58\"").contains("še ni poročano");
    }
}
