package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.admin.Offboarding;
import org.ariadne.webapp.admin.OnboardingForm;
import org.ariadne.webapp.admin.OnboardingProgress;
import org.ariadne.webapp.donor.FundedActivities;
import org.ariadne.webapp.i18n.ContentText;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.i18n.RegionalFormat;
import org.ariadne.webapp.people.Invitation;
import org.ariadne.webapp.signin.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The donor, platform-administrator, people and parent-consent pages render what identity, funding and monitoring
 * document (the demo's IOM officer, a canton onboarded from the template, ba-04's members and its consent to ba), in
 * the user's language with the figures written the user's way, every text escaped, and only the forms the role may use.
 */
class AdminPagesTest {

    static final String DONOR_ACTIVITIES = """
            {"organisation":"g-iom","items":[
              {"tenant":"ba","planId":"p-ba","planTitle":"Akcioni plan BiH","activityId":"a1","code":"1.2.1",
               "title":"Monitoring <script>alert(1)</script>","path":[],"monitoring":null,"lineIds":["l-iom"]},
              {"tenant":"ba-04","planId":"p-zdk","planTitle":"Akcioni plan ZDK","activityId":"a2","code":"1.2.2","title":"Evaluacija",
               "path":[{"level":1,"code":"1","title":"Prevencija"}],
               "monitoring":{"latestStatus":"ongoing","round":{"kind":"annual","periodStart":"2021-01-01","periodEnd":"2024-12-31",
                 "frozen":true,"activityCount":117,"implementedCount":80,"notStartedCount":9},
                 "reports":[{"institution":"MUP Ze-do kantona","status":"ongoing"}]},"lineIds":["l-iom"]}]}""";
    static final String DONOR_LINES = """
            {"organisation":"g-iom","items":[{"tenant":"ba","lineId":"l-iom","title":"IOM – podrška monitoringu","currency":"BAM",
              "holder":"Ministarstvo sigurnosti BiH","sourceKind":"donor","funder":"IOM","planned":58000.00,"disbursed":45000.00,
              "allocations":[{"year":2022,"amount":58000.00,"status":"secured"}],
              "transactions":[{"type":"disbursement","amount":45000.00,"currency":"BAM","date":"2022-06-30","provider":"IOM",
                "receiver":"Ministarstvo sigurnosti BiH","description":"Prva tranša","reversed":false}],
              "activities":[{"tenant":"ba","code":"1.2.1"},{"tenant":"ba-04","code":"1.2.1"},{"tenant":"ba-04","code":"1.2.2"}]}]}""";

    @Test
    void theDonorSeesEveryFundedActivityAcrossJurisdictionsWithTheWholeLinesAmountsInItsLanguage() {
        FundedActivities all = FundedActivities.of(PageRenderer.json(DONOR_ACTIVITIES), PageRenderer.json(DONOR_LINES),
                new FundedActivities.Filter(null, null, null));
        String html = render("donor-activities", donor(), Language.BS, Map.of("funded", all,
                "filter", new FundedActivities.Filter(null, null, null)));

        assertThat(html).contains("Finansirane aktivnosti").contains("2 od 2 finansiranih aktivnosti")
                .contains("planirano 58.000,00 BAM, isplaćeno 45.000,00 BAM").contains("još nema prihvaćenog izvještaja")
                .contains("u toku").contains("(ciklus 01.01.2021. – 31.12.2024.)").contains("/donor/activities/ba-04/p-zdk/a2")
                .contains("Monitoring &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("href=\"/donor/export\"")
                // a donor has no tenant: no tenant navigation, only the donor's own page
                .doesNotContain("/t/ba").contains("href=\"/donor/activities\"");

        FundedActivities canton = FundedActivities.of(PageRenderer.json(DONOR_ACTIVITIES), PageRenderer.json(DONOR_LINES),
                new FundedActivities.Filter("ba-04", "ongoing", "evalu"));
        assertThat(canton.rows()).hasSize(1);
        assertThat(canton.rows().get(0).activity().get("code")).isEqualTo("1.2.2");
        assertThat(canton.tenants()).containsExactly("ba", "ba-04");
        assertThat(canton.statuses()).containsExactly("none", "ongoing");
        assertThat(FundedActivities.of(PageRenderer.json(DONOR_ACTIVITIES), PageRenderer.json(DONOR_LINES),
                new FundedActivities.Filter("ba", "ongoing", null)).rows()).isEmpty();
    }

    @Test
    void oneFundedActivityShowsItsPlanContextTheRoundsCountsAndTheLinesPaymentsInEnglish() {
        Map<String, Object> activity = (Map<String, Object>) FundedActivities.of(PageRenderer.json(DONOR_ACTIVITIES),
                PageRenderer.json(DONOR_LINES), new FundedActivities.Filter("ba-04", null, null)).rows().get(0).activity();
        String html = render("donor-activity", donor(), Language.EN, Map.of("activity", activity,
                "lines", org.ariadne.webapp.api.Json.list(PageRenderer.json(DONOR_LINES), "items")));
        assertThat(html).contains("Level 1").contains("Prevencija").contains("In that round: 117 activities, 80 implemented, 9 not started.")
                .contains("MUP Ze-do kantona").contains("This line serves 3 activities").contains("45,000.00 BAM")
                .contains("30/06/2022").contains("paid out");
    }

    @Test
    void theOnboardingsShowEachJurisdictionsChecklistAndTheTenantPageOffersOnlyWhatItsStateAllows() {
        Map<String, Object> tenant = PageRenderer.json("""
                {"id":"ba-09","name":"Kanton Sarajevo","parentId":"ba","status":"SUSPENDED","suspendedReason":"ugovor istekao",
                 "languages":["bs","hr","sr-Latn"],"currency":"BAM","template":"canton"}""");
        Map<String, Object> onboarding = PageRenderer.json("""
                {"tenant":"ba-09","name":"Kanton Sarajevo","template":"canton",
                 "coordinators":[{"username":"koordinator@ks.gov.ba","displayName":"Amra Hodžić","email":"koordinator@ks.gov.ba",
                   "passwordSet":false,"lastLink":{"purpose":"welcome","mailStatus":"not-configured","expiresAt":"2026-12-13T12:00:00Z"}}],
                 "checklistState":{"tenant":"ba-09","complete":false,"items":[
                   {"key":"plan-imported","state":"done","doneAt":"2026-12-06T10:15:00Z"},{"key":"institutions-resolved","state":"open"},
                   {"key":"first-round-opened","state":"open"},{"key":"funding-entered","state":"not-available"}]}}""");
        OnboardingProgress progress = OnboardingProgress.of(tenant, onboarding);
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.available()).isEqualTo(3);

        String list = render("admin-onboardings", admin(), Language.BS, Map.of("progress", List.of(progress),
                "steps", OnboardingProgress.STEPS));
        assertThat(list).contains("Urađeno 1 od 3 koraka").contains("urađeno 06.12.2026.").contains("ne prati se ovdje")
                .contains("kanton").contains("još bez lozinke");

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tenant", tenant);
        model.put("progress", progress);
        model.put("exportJob", PageRenderer.json("{\"id\":\"job-1\",\"state\":\"succeeded\"}"));
        model.put("offboarding", null);
        String suspended = render("admin-tenant", admin(), Language.EN, model);
        assertThat(suspended).contains("ugovor istekao").contains("id=\"reactivate\"").doesNotContain("id=\"suspend\"")
                .contains("/admin/tenants/ba-09/exports/job-1/archive").contains("id=\"request-offboarding\"")
                .doesNotContain("id=\"confirm-offboarding\"").contains("invitation, no e-mail server set up, valid until 13/12/2026");

        model.put("offboarding", new Offboarding("ba-09", "offboard ba-09", "t0k3n", "2026-12-06T12:15:00Z"));
        String confirming = render("admin-tenant", admin(), Language.EN, model);
        assertThat(confirming).contains("Step 2: type exactly: offboard ba-09").contains("id=\"confirm-offboarding\"")
                .doesNotContain("id=\"request-offboarding\"").doesNotContain("t0k3n");

        model.put("tenant", PageRenderer.json("{\"id\":\"ba-09\",\"name\":\"Kanton Sarajevo\",\"status\":\"ACTIVE\",\"languages\":[\"bs\"]}"));
        model.put("exportJob", null);
        String active = render("admin-tenant", admin(), Language.EN, model);
        assertThat(active).contains("id=\"suspend\"").contains("id=\"start-export\"").doesNotContain("Offboarding");
    }

    @Test
    void offboardingIsConfirmedOnlyWithinItsTimeAndWithTheExactPhrase() {
        Offboarding step = new Offboarding("ba-09", "offboard ba-09", "t", "2026-12-06T12:15:00Z");
        assertThat(step.stillValid(java.time.Instant.parse("2026-12-06T12:14:59Z"))).isTrue();
        assertThat(step.stillValid(java.time.Instant.parse("2026-12-06T12:15:00Z"))).isFalse();
        assertThat(step.typedCorrectly(" offboard ba-09 ")).isTrue();
        assertThat(step.typedCorrectly("offboard ba-04")).isFalse();
        assertThat(step.typedCorrectly(null)).isFalse();
    }

    @Test
    void theOnboardingFormBecomesIdentitysRequestLeavingTheTemplatesValuesWhereNothingWasTyped() {
        OnboardingForm form = new OnboardingForm(" ba-09 ", "Kanton Sarajevo", "ba", "canton", "bs, hr  sr-Latn", "", "KS",
                "koordinator@ks.gov.ba", "Amra Hodžić");
        assertThat(form.problems()).isEmpty();
        assertThat(form.body()).isEqualTo(Map.of("id", "ba-09", "name", "Kanton Sarajevo", "parentId", "ba", "template", "canton",
                "languages", List.of("bs", "hr", "sr-Latn"), "reporting", Map.of("jurisdiction", "KS"),
                "coordinator", Map.of("email", "koordinator@ks.gov.ba", "displayName", "Amra Hodžić")));
        assertThat(new OnboardingForm("me", "Crna Gora", "", "country", null, null, null, "", "").problems())
                .containsExactly("onboarding.problem.coordinator");
    }

    @Test
    void theCoordinatorSeesItsPeopleAndInvitesAFocalPointWithAnInstitutionOfTheRegister() {
        List<Map<String, Object>> people = PageRenderer.jsonList("""
                [{"username":"coordinator.ba04","displayName":"Koordinacioni tim ZDK","email":"zdk@example.org","roles":["coordinator"],
                  "active":true,"passwordSet":true,"lastLink":null},
                 {"username":"focal.police.ba04","displayName":"Kontakt <b>osoba</b>","email":"mup@example.org","roles":["focal_point"],
                  "institution":"MUP Ze-do kantona","active":false,"passwordSet":false,
                  "lastLink":{"purpose":"password-reset","mailStatus":"sent","expiresAt":"2026-12-07T09:00:00Z","usedAt":null}}]""");
        List<Map<String, Object>> institutions = PageRenderer.jsonList("""
                [{"id":"i-mup","name":"MUP Zeničko-dobojskog kantona","acronym":"MUP ZDK"}]""");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("people", people);
        model.put("institutions", institutions);
        model.put("roles", Invitation.ROLES);
        model.put("invitation", new Invitation(null, null, "focal_point", null, null));
        String html = PageRenderer.render("people", PageRenderer.ba04("coordinator"), Language.HR, model);
        assertThat(html).contains("Osobe").contains("Kontakt &lt;b&gt;osoba&lt;/b&gt;").contains("deaktiviran").contains("još bez lozinke")
                .contains("nova lozinka, e-poruka poslana, vrijedi do 07.12.2026. 10:00")
                .contains("/t/ba-04/people/focal.police.ba04/reactivation").doesNotContain("/people/coordinator.ba04/deactivation")
                .contains("<option value=\"i-mup\">MUP Zeničko-dobojskog kantona (MUP ZDK)</option>");

        Invitation focal = new Invitation("Amra", "amra@mup.ba", "focal_point", "i-mup", " ");
        assertThat(focal.problems()).isEmpty();
        assertThat(focal.body(Map.of("i-mup", "MUP Zeničko-dobojskog kantona"))).isEqualTo(Map.of("email", "amra@mup.ba",
                "displayName", "Amra", "role", "focal_point", "institution", "MUP Zeničko-dobojskog kantona", "institutionId", "i-mup"));
        assertThat(new Invitation("Amra", "amra@mup.ba", "focal_point", "", "").problems()).containsExactly("people.problem.institution");
        assertThat(new Invitation("Amra", "amra@mup.ba", "coordinator", null, null).problems()).containsExactly("people.problem.role");
        assertThat(new Invitation("Vesna", "v@x.ba", "viewer", "i-mup", "MUP").body(Map.of())).doesNotContainKey("institution");
    }

    @Test
    void theChildShowsItsConsentAndTheParentReadsTheChildsClosedRoundsAndTheFundingOfBoth() {
        Map<String, Object> consent = PageRenderer.json("""
                {"tenant":"ba-04","parentId":"ba","granted":true,"changedBy":"coordinator.ba04","changedAt":"2026-12-01T08:00:00Z"}""");
        String coordinator = PageRenderer.render("consent", PageRenderer.ba04("coordinator"), Language.BS,
                Map.of("consent", consent, "children", List.of()));
        assertThat(coordinator).contains("ba smije čitati rezultate zaključenih ciklusa").contains("Povuci saglasnost za ba")
                .contains("value=\"withdraw\"").contains("Nema nižeg nivoa ispod ove jurisdikcije.");
        String viewer = PageRenderer.render("consent", PageRenderer.ba04("viewer"), Language.BS,
                Map.of("consent", consent, "children", List.of()));
        assertThat(viewer).doesNotContain("value=\"withdraw\"");

        // the parent (no jurisdiction above it) lists its children: a link to the results of the one that consents only
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("parentId", null);
        String parentPage = PageRenderer.render("consent", PageRenderer.ba04("viewer"), Language.EN, Map.of("consent", top,
                "children", PageRenderer.jsonList("""
                        [{"id":"ba-04","name":"Zeničko-dobojski kanton","consenting":true,"consentSince":"2026-12-01T08:00:00Z"},
                         {"id":"ba-05","name":"Bosansko-podrinjski kanton","consenting":false,"consentSince":null}]""")));
        assertThat(parentPage).contains("This jurisdiction has no jurisdiction above it.")
                .contains("Zeničko-dobojski kanton (ba-04)").contains("Consents since")
                .contains("href=\"/t/ba-04/children?child=ba-04\"").contains("Bosansko-podrinjski kanton (ba-05)")
                .contains("Has not consented").doesNotContain("child=ba-05");

        Map<String, Object> rollups = PageRenderer.json("""
                {"tenant":"ba","own":[],"child":"ba-04","childRollUps":[{"roundId":"r1","planId":"p","planTitle":"Akcioni plan ZDK",
                  "kind":"annual","periodStart":"2021-01-01","periodEnd":"2024-12-31",
                  "overall":{"planned":117,"implemented":80,"notStarted":9,"other":28,"percentage":68.4},
                  "rows":[{"code":"1","title":"Prevencija","level":1,"planned":40,"implemented":30,"notStarted":2,"other":8,"percentage":75}]}]}""");
        Map<String, Object> totals = PageRenderer.json("""
                {"tenants":["ba","ba-04"],"own":{"currency":"BAM","all":{"planned":938000,"secured":0,
                 "disbursed":174999.04,"executionPct":null}}}""");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("child", "ba-04");
        model.put("rollups", rollups);
        model.put("totals", totals);
        String parent = PageRenderer.render("children", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(parent).contains("Rezultati za ba-04 uz vaše").contains("Zaključeni ciklusi: ba-04").contains("68,4")
                .contains("Još nema zaključenog ciklusa").contains("Finansiranje zajedno: ba, ba-04").contains("174.999,04 BAM");
        model.put("rollups", null);
        model.put("totals", null);
        assertThat(PageRenderer.render("children", PageRenderer.ba04("coordinator"), Language.EN, model))
                .contains("ba-04 is not a jurisdiction below yours, or it has not consented.");
    }

    private static SignedInUser donor() {
        return new SignedInUser("donor.iom", "IOM – programme officer", List.of(), Map.of(), Map.of(), false, "g-iom");
    }

    private static SignedInUser admin() {
        return new SignedInUser("ariadne-admin", "Platform", List.of(), Map.<String, Set<String>>of(), Map.of(), true);
    }

    /** A page outside any tenant (donor, platform administrator): the layout has no tenant, formats follow the language. */
    static String render(String template, SignedInUser user, Language language, Map<String, Object> model) {
        MockServletContext servletContext = new MockServletContext();
        HttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/page");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse()), Locale.forLanguageTag(language.tag()));
        context.setVariable("lang", language);
        context.setVariable("tx", new ContentText(false));
        context.setVariable("currentPath", "/page");
        context.setVariable("signedIn", true);
        context.setVariable("me", user);
        context.setVariable("fmt", new RegionalFormat(language, "Europe/Sarajevo"));
        context.setVariable("languages", List.of(Language.values()));
        model.forEach(context::setVariable);
        return PageRenderer.ENGINE.process(template, context);
    }
}
