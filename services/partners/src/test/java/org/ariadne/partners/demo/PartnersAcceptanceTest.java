package org.ariadne.partners.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJobs;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestSmtp;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9's acceptance, on the demo files ./run loads (infra/local/demo/partners) and the seed plans as plans publishes
 * them (infra/local/demo/seeds): every printed lead, partner and funder name of the five plans is read.
 */
@ServiceTest
class PartnersAcceptanceTest {

    private static final List<String> TENANTS = List.of("me", "ba", "ba-04", "si", "xk");
    private static final Map<String, List<SeedPlans.SeedActivity>> SEEDS = new LinkedHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Api api;

    @BeforeEach
    void loadOnce() {
        api = new Api(port);
        synchronized (SEEDS) {
            if (!SEEDS.isEmpty()) {
                return;
            }
            TestTenants.provision(context, TENANTS.toArray(String[]::new));
            // identity's TenantOnboarded gives Slovenia its language: exports and reminders are written in Slovenian
            TestKafka.send(EventTypes.IDENTITY_TOPIC, "si:si", "{\"tenantId\":\"si\",\"name\":\"Slovenija\",\"parentId\":null,"
                    + "\"languages\":[\"sl\"],\"currency\":\"EUR\",\"timeZone\":\"Europe/Ljubljana\",\"levelNames\":[\"Poglavje\"]}",
                    TestKafka.cloudEventHeaders(EventTypes.TENANT_ONBOARDED, "si", "si", 1));
            long started = System.nanoTime();
            for (String tenant : TENANTS) {
                SEEDS.put(tenant, SeedPlans.publish(tenant));
            }
            long published = System.nanoTime();
            for (String tenant : TENANTS) {
                int expected = SEEDS.get(tenant).size();
                Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                        get(tenant, "/activities?planId=" + SeedPlans.planId(tenant)).<Integer>json("$.total") == expected);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "sl".equals(get("si", "/settings").json("$.language")));
            long read = System.nanoTime();
            DemoData demo = new DemoData(api);
            demo.loadGlobalRegistry();
            TENANTS.forEach(demo::loadTenant);
            System.out.printf("Partners demo set-up: published %d seed activities in %d ms, all read after %d ms, "
                    + "demo files loaded in %d ms%n", SEEDS.values().stream().mapToInt(List::size).sum(),
                    (published - started) / 1_000_000, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        }
    }

    private Api.Response get(String tenant, String path) {
        return api.get("/api/t/" + tenant + "/partners" + path, TestJwts.forTenant(tenant, "viewer"));
    }

    private Api.Response post(String tenant, String path, String json) {
        return api.post("/api/t/" + tenant + "/partners" + path, TestJwts.forTenant(tenant), json);
    }

    private List<Map<String, Object>> resolve(String tenant, String... names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("\"" + name + "\"");
        }
        Api.Response r = post(tenant, "/resolve", "{\"names\":[" + String.join(",", quoted) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json("$.results[*].parts[0]");
    }

    @Test
    void theNineSpellingsOfTheMontenegrinOfficeResolveToOneInstitution() {
        List<Map<String, Object>> parts = resolve("me", "GSV-Kancelarija za borbu protiv trgovine ljudima",
                "GSV - Kancelarija za borbu protiv trgovine ljudima", "GSV -Kancelarija za borbu",
                "GSV -Kancelarija za borbu protiv trgovine ljudima", "GSV kancelarija za borbu protiv trgovine Ijudima",
                "GSV Kancelarija za borbu protiv trgovine ljudima", "GSV kancelarija za borbu protiv trgovine ljudima",
                "GSV- Kancelarija za borbu protiv trgovine ljudima", "GSV-, Kancelarija za borbu protiv trgovine ljudima");

        assertThat(parts).extracting(p -> p.get("institutionId")).doesNotContainNull().containsOnly(parts.get(0).get("institutionId"));
        assertThat(parts.get(0).get("institutionName")).isEqualTo("Kancelarija za borbu protiv trgovine ljudima");
        List<String> printedInThePlan = new ArrayList<>();
        for (SeedPlans.SeedActivity a : SEEDS.get("me")) {
            a.lead().stream().filter(n -> n.startsWith("GSV")).forEach(printedInThePlan::add);
            a.partners().stream().filter(n -> n.startsWith("GSV")).forEach(printedInThePlan::add);
        }
        assertThat(printedInThePlan.stream().distinct()).hasSize(9);
    }

    @Test
    void mzIsAnotherHealthMinistryInEachOfThreeTenantsAndSlovenianUnIsNotTheUnitedNations() {
        Object me = resolve("me", "MZ").get(0).get("institutionName");
        Object si = resolve("si", "MZ").get(0).get("institutionName");
        Object ba04 = resolve("ba-04", "MZ").get(0).get("institutionName");

        assertThat(List.of(me, si, ba04)).containsExactly("Ministarstvo zdravlja", "Ministrstvo za zdravje",
                "Ministarstvo zdravstva Zeničko-dobojskog kantona");
        assertThat(resolve("si", "UN").get(0).get("institutionName")).isEqualTo("Urad Vlade Republike Slovenije za narodnosti");
        String annexRowOfHealth = SEEDS.get("si").stream().filter(a -> a.funding().toString().contains("\"holder\":\"MZ\""))
                .findFirst().orElseThrow().activityId();
        assertThat(get("si", "/activities/" + annexRowOfHealth)
                .<List<String>>json("$.names[?(@.printed == 'MZ')].parts[*].institutionName"))
                .as("the budget annex's user MZ (002:1226), as plans publishes it").containsExactly("Ministrstvo za zdravje");
        assertThat(resolve("xk", "UN").get(0)).containsEntry("institutionName", "United Nations").containsEntry("global", true);
    }

    @Test
    void kosovosSpellingsResolveToZknktWhileGnktWaitsInTheReviewQueue() {
        List<Map<String, Object>> parts = resolve("xk", "ZKNKT", "ZNKNT", "ZKNT", "KNKT");

        assertThat(parts).extracting(p -> p.get("institutionName")).containsOnly(
                "Zyra e Koordinatorit Kombëtar kundër Trafikimit me Njerëz");
        assertThat(get("xk", "/review").<List<String>>json("$.items[*].text")).contains("GNKT");
        assertThat(resolve("xk", "GNKT").get(0)).containsEntry("outcome", "review");
    }

    @Test
    void worlVisionAndWordWisionResolveToTheGlobalWorldVision() {
        Map<String, Object> worl = resolve("ba", "Worl Vision").get(0);
        Map<String, Object> word = resolve("ba-04", "Word Wision").get(0);

        assertThat(List.of(worl, word)).allSatisfy(p -> assertThat(p).containsEntry("institutionName", "World Vision")
                .containsEntry("global", true));
        assertThat(worl.get("institutionId")).isEqualTo(word.get("institutionId"));
        String activity418 = SEEDS.get("ba").stream().filter(a -> a.code().equals("4.1.8")).findFirst().orElseThrow().activityId();
        assertThat(get("ba", "/activities/" + activity418).<List<String>>json("$.names[?(@.role == 'funder')].parts[*].institutionName"))
                .contains("World Vision", "International Organization for Migration", "Council of Europe");
    }

    @Test
    void aCellRunTogetherInTheBaPlanIsReadAsTwoDonors() {
        String activity244 = SEEDS.get("ba").stream().filter(a -> a.code().equals("2.4.4")).findFirst().orElseThrow().activityId();

        List<Map<String, Object>> parts = resolve("ba", "Međunarodna organizacija za migracije IOMVijeće Evrope");

        assertThat(post("ba", "/resolve", "{\"names\":[\"Međunarodna organizacija za migracije IOMVijeće Evrope\"]}")
                .<List<String>>json("$.results[0].parts[*].institutionName"))
                .containsExactly("International Organization for Migration", "Council of Europe");
        assertThat(parts).isNotEmpty();
        assertThat(get("ba", "/activities/" + activity244).<List<String>>json("$.names[?(@.role == 'funder')].parts[*].outcome"))
                .containsOnly("resolved");
    }

    @Test
    void theBa04TeamIsFlaggedForUnappointedMembersAndTheStrikeForceAgainstItsCadence() {
        Map<String, Object> team = body("ba-04", "Koordinacioni tim za borbu protiv trgovine ljudima Zeničko-dobojskog kantona");
        Map<String, Object> strikeForce = body("ba", "Udarna grupa za borbu protiv trgovine ljudima");

        assertThat(flagCodes(team)).contains("members_not_formally_appointed");
        assertThat(flagCodes(strikeForce)).contains("met_less_than_cadence");
        assertThat(flagMessages(strikeForce)).anySatisfy(m -> assertThat(m).startsWith("Met 1 time in 2022"));
        String id = (String) team.get("id");
        Api.Response detail = get("ba-04", "/bodies/" + id);
        assertThat(detail.<Integer>json("$.declaredMemberCount")).isEqualTo(11);
        assertThat(detail.<List<String>>json("$.meetings[*].date")).contains("2021-07-29", "2021-08-25", "2023");
        assertThat(detail.<List<Object>>json("$.meetings[?(@.date == '2023')]")).hasSize(4);
        assertThat(detail.<List<String>>json("$.tasks[0].assignees[*].name")).containsExactly(
                "Ministarstvo unutrašnjih poslova Zeničko-dobojskog kantona",
                "Uprava policije Ministarstva unutrašnjih poslova Zeničko-dobojskog kantona");
        assertThat(detail.<List<String>>json("$.tasks[0].activities[*].code")).containsExactly("1.1.1");
        assertThat(get("ba", "/bodies/" + strikeForce.get("id")).<List<String>>json("$.activities[*].code"))
                .containsExactly("1.5.3", "3.8.1");
    }

    @Test
    void theGovernmentConclusionsTaskIsRemindedByEmailOnce() throws Exception {
        TestSmtp.purge();
        int first = post("ba-04", "/reminders/send", null).json("$.sent");
        int second = post("ba-04", "/reminders/send", null).json("$.sent");

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        MimeMessage[] received = TestSmtp.await(3, Duration.ofSeconds(5));
        Map<String, Integer> perRecipient = new TreeMap<>();
        for (MimeMessage message : received) {
            for (var address : message.getAllRecipients()) {
                perRecipient.merge(address.toString(), 1, Integer::sum);
            }
        }
        assertThat(received).hasSize(3);
        assertThat(received[0].getSubject()).startsWith("Još otvoreno: realizacija zaključka");
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactlyInAnyOrder("mup@zdk.ariadne.local", "uprava.policije@zdk.ariadne.local");
        assertThat(String.valueOf(received[0].getContent())).contains("Koordinacioni tim", "2025-03-21");
        assertThat(get("ba-04", "/notifications").<List<String>>json("$[*].kind")).containsExactly("open_without_due_date");
    }

    @Test
    void slovenianTrackerListsNineRecommendationsWithRepeatsLinksAndLatestStatuses() throws Exception {
        String activity51 = SEEDS.get("si").stream().filter(a -> a.code().equals("5.1")).findFirst().orElseThrow().activityId();
        TestKafka.send(EventTypes.MONITORING_TOPIC, "si:contribution-51", "{\"tenantId\":\"si\",\"planId\":\""
                + SeedPlans.planId("si") + "\",\"roundId\":\"r-2023\",\"contributionId\":\"contribution-51\",\"institution\":"
                + "\"Ministrstvo za pravosodje\",\"activities\":[{\"activityId\":\"" + activity51 + "\",\"status\":\"ongoing\"}]}",
                TestKafka.cloudEventHeaders(EventTypes.CONTRIBUTION_ACCEPTED, "si", "contribution-51", 3));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                "ongoing".equals(get("si", "/activities/" + activity51).json("$.latestStatus")));

        Api.Response tracker = get("si", "/recommendations");

        assertThat(tracker.<Integer>json("$.total")).isEqualTo(9);
        assertThat(tracker.<List<String>>json("$.items[?(@.source =~ /.*round 2.*/)].paragraph"))
                .containsExactly("23", "27", "116");
        assertThat(tracker.<List<Object>>json("$.items[?(@.source =~ /.*round 3.*/)]")).hasSize(6);
        for (String paragraph : List.of("23", "27")) {
            assertThat(tracker.<List<Boolean>>json("$.items[?(@.paragraph == '" + paragraph + "')].repeat")).containsExactly(true);
            assertThat(tracker.<List<String>>json("$.items[?(@.paragraph == '" + paragraph + "')].activities[*].ref.code"))
                    .containsExactly("5.1");
            assertThat(tracker.<List<String>>json("$.items[?(@.paragraph == '" + paragraph + "')].activities[*].latestStatus"))
                    .containsExactly("ongoing");
            assertThat(tracker.<List<String>>json("$.items[?(@.paragraph == '" + paragraph + "')].suggestedStatus"))
                    .containsExactly("in_progress");
        }
        assertThat(get("xk", "/recommendation-sources").<List<String>>json("$.items[*].kind")).containsExactly("TIP_REPORT");
        assertThat(get("xk", "/recommendations").<List<String>>json("$.items[*].source")).containsExactly("TIP report null")
                .as("no GRETA source for Kosovo");
    }

    @Test
    void theExportOpensAndReadsBackInTheTenantsLanguage() throws Exception {
        byte[] docx = export("docx");
        byte[] xlsx = export("xlsx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Kaj smo naredili pri posameznem priporočilu");
            assertThat(document.getTables().get(0).getRows()).hasSize(10);
            assertThat(document.getTables().get(0).getRow(0).getCell(5).getText()).isEqualTo("Naše stanje");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 9);
            List<String> paragraphs = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                paragraphs.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(paragraphs.subList(0, 3)).containsExactly("23", "27", "116");
        }
    }

    @Test
    void everyPrintedNameOfTheFivePlansIsReadAndFewWaitForReview() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String tenant : TENANTS) {
            int names = 0;
            int review = 0;
            for (SeedPlans.SeedActivity a : SEEDS.get(tenant)) {
                Api.Response activity = get(tenant, "/activities/" + a.activityId());
                List<String> outcomes = activity.json("$.names[*].parts[*].outcome");
                names += activity.<List<Object>>json("$.names").size();
                review += (int) outcomes.stream().filter("review"::equals).count();
            }
            int queued = get(tenant, "/review").json("$.total");
            figures.put(tenant, names + " printed names, " + review + " parts in review, " + queued + " queued spellings");
            assertThat(queued).as(tenant + ": " + get(tenant, "/review").<List<String>>json("$.items[*].text")).isLessThanOrEqualTo(12);
        }
        System.out.println("Partners demo resolution: " + figures);
    }

    private byte[] export(String format) {
        Api.Response started = api.post("/api/t/si/partners/recommendations/exports?format=" + format,
                TestJwts.forTenant("si"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        // waits and checks the job against the one shape every service's jobs have
        Api.Response finished = TestJobs.await(api, started.header("Location"), TestJwts.forTenant("si"));
        assertThat(finished.<String>json("$.state")).as(finished.toString()).isEqualTo("succeeded");
        java.net.http.HttpResponse<byte[]> file;
        try {
            file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + finished.<String>json("$.result.href")))
                    .header("Authorization", "Bearer " + TestJwts.forTenant("si")).header("X-Tenant-Id", "si").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private Map<String, Object> body(String tenant, String name) {
        List<Map<String, Object>> found = get(tenant, "/bodies").json("$.items[?(@.name == '" + name + "')]");
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> flagCodes(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("flags")).stream().map(f -> (String) f.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> flagMessages(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("flags")).stream().map(f -> (String) f.get("message")).toList();
    }
}
