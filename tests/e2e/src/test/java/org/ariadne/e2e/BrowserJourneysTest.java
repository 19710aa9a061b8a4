package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.ariadne.testing.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every role's daily work in a real (headless) Chromium against the packaged platform: identity, plans, monitoring,
 * the web application and the gateway as their own JVMs, a real Kafka broker, the Mongo wire server. Users sign in
 * through identity's form; the services trust identity's keys. Each page visited is screenshotted to
 * target/screenshots, checked by axe-core (no serious or critical violation) and for alerts (the XSS probes imported
 * into the plan must render as text). Without a Chromium the suite is skipped, loudly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTest {

    static final String PASSWORD = "ariadne-demo";
    static final String XSS_SCRIPT = "<script>alert(1)</script>";
    static final String XSS_IMG = "\"><img src=x onerror=alert(1)>";
    static final String XSS_LINK = "javascript:alert(1)";

    static LocalStack stack;
    static Api gateway;
    static String ba04Plan;
    static String round;
    static String contribution;

    @BeforeAll
    static void startPlatform() throws Exception {
        if (!Browser.available()) {
            System.err.println("""

                    ************************************************************************************************
                    *  SKIPPED: the browser journeys need Debian's chromium and chromium-driver                      *
                    *  (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver      *
                    ************************************************************************************************
                    """);
        }
        Assumptions.assumeTrue(Browser.available(), "no Chromium on this machine: browser journeys skipped");
        // funding and partners for the coordinator's funding and partners pages (two JVMs more on two cores)
        stack = new LocalStack().withWebApp().start("identity", "plans", "monitoring", "funding", "partners", "web", "gateway");
        gateway = new Api(stack.gatewayUrl());
        String admin = adminToken();
        onboard(admin, """
                {"id":"ba","name":"Bosna i Hercegovina – državni nivo","languages":["bs","hr","sr"],"currency":"BAM",
                 "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Strateški program"]}""");
        onboard(admin, """
                {"id":"ba-04","name":"Zeničko-dobojski kanton","parentId":"ba","languages":["bs","hr","sr-Latn"],"currency":"BAM",
                 "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Strateški program"]}""");
        onboard(admin, """
                {"id":"si","name":"Slovenija","languages":["sl"],"currency":"EUR","timeZone":"Europe/Ljubljana",
                 "levelNames":["Poglavje","Razdelek"]}""");
        user(admin, "coordinator.ba04", "Koordinacioni tim ZDK", "ba-04", "coordinator", null);
        user(admin, "focal.police.ba04", "Kontakt osoba MUP", "ba-04", "focal_point", "MUP Ze-do kantona");
        user(admin, "coordinator.ba", "Državni koordinator", "ba", "coordinator", null);
        user(admin, "coordinator.si", "Nacionalni koordinator", "si", "coordinator", null);
        user(admin, "viewer.si", "Članica delovne skupine", "si", "viewer", null);

        String coordinator = token("coordinator.ba04");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.get("/api/t/ba-04/plans", coordinator).status() == 200);
        ba04Plan = importPlan("ba-04", coordinator, Files.readString(resource("ba04-plan.jsonl")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                gateway.get("/api/t/ba-04/monitoring/plans/" + ba04Plan + "/activities", coordinator).body().contains("1.1.2"));
        Api.Response opened = gateway.post("/api/t/ba-04/monitoring/plans/" + ba04Plan + "/rounds", coordinator, """
                {"kind":"annual","periodStart":"2025-01-01","periodEnd":"2025-12-31","dueDate":"%s","recipient":"Vlada ZDK"}"""
                .formatted(LocalDate.now().plusDays(20)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        round = opened.json("$.roundId");
        List<String> police = gateway.get("/api/t/ba-04/monitoring/rounds/" + round + "/contributions", coordinator)
                .json("$.contributions[?(@.institution == 'MUP Ze-do kantona')].contributionId");
        contribution = police.get(0);
        fundingAndPartnersOf(coordinator);

        String slovenian = token("coordinator.si");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.get("/api/t/si/plans", slovenian).status() == 200);
        importPlan("si", slovenian, Files.readString(resource("si-plan.jsonl")));
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theFocalPointReportsOnAnActivityAttachesEvidenceAndSubmits() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.open("/");
            browser.check("01-front-page");
            browser.signIn("focal.police.ba04", PASSWORD);
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bs");
            assertThat(browser.text()).contains("Pregled").contains("Otvorite svoj izvještaj");
            browser.check("02-focal-dashboard");

            browser.click(By.linkText("Otvorite svoj izvještaj"));
            browser.waitFor(By.id("contribution-state"));
            assertThat(browser.text()).contains(XSS_SCRIPT).contains(XSS_IMG);
            browser.check("03-focal-contribution");

            browser.click(By.cssSelector("a.report-link"));
            new Select(browser.waitFor(By.id("status"))).selectByValue("partially_implemented");
            browser.driver.findElement(By.id("completion")).sendKeys("50");
            browser.driver.findElement(By.id("narrative")).sendKeys("Održane dvije obuke. " + XSS_SCRIPT + " " + XSS_IMG);
            browser.driver.findElement(By.id("figure-label-0")).sendKeys("Obučeni službenici");
            browser.driver.findElement(By.id("figure-value-0")).sendKeys("24");
            browser.check("04-focal-report-form");
            browser.click(By.id("save-report"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("sačuvan");
            assertThat(browser.text()).contains("Održane dvije obuke. " + XSS_SCRIPT);
            browser.check("05-focal-report-saved");

            browser.click(By.cssSelector("a.report-link"));
            browser.waitFor(By.id("evidence-title")).sendKeys("Spisak učesnika obuke " + XSS_IMG);
            browser.driver.findElement(By.id("evidence-file")).sendKeys(resource("evidence.pdf").toAbsolutePath().toString());
            browser.click(By.id("attach-evidence"));
            assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("Dokaz je priložen");
            assertThat(browser.text()).contains("Spisak učesnika obuke " + XSS_IMG);
            browser.check("06-focal-evidence");


            browser.open("/t/ba-04/contributions/" + contribution);
            browser.click(By.id("submit-contribution"));
            assertThat(browser.waitFor(By.id("contribution-state")).getText()).isEqualTo("poslan");
            browser.check("07-focal-submitted");
        }
    }

    @Test
    @Order(2)
    void theCoordinatorReturnsItWithAReasonAndTheFocalPointFixesAndResubmits() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            assertThat(browser.text()).contains("Odgovori po institucijama").contains("MUP Ze-do kantona");
            browser.check("08-coordinator-dashboard");
            browser.open("/t/ba-04/rounds/" + round);
            browser.check("09-coordinator-round");
            browser.click(By.linkText("MUP Ze-do kantona"));
            browser.waitFor(By.id("reason")).sendKeys("Navedite datume obuka.");
            browser.check("10-coordinator-review");
            browser.click(By.id("return-contribution"));
            assertThat(browser.waitFor(By.id("contribution-state")).getText()).isEqualTo("vraćen");
            browser.click(By.xpath("//form[contains(@action,'/sign-out')]//button"));
            browser.waitFor(By.cssSelector("a.button.primary"));
            browser.check("11-signed-out");
        }
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("focal.police.ba04", PASSWORD);
            browser.open("/t/ba-04/contributions/" + contribution);
            assertThat(browser.waitFor(By.id("return-reason")).getText()).contains("Navedite datume obuka.");
            browser.check("12-focal-returned");
            browser.click(By.cssSelector("a.report-link"));
            browser.waitFor(By.id("narrative")).sendKeys(" Obuke su održane 10.04. i 22.05.2025.");
            browser.click(By.id("save-report"));
            browser.waitFor(By.cssSelector(".notice.success"));
            browser.click(By.id("submit-contribution"));
            assertThat(browser.waitFor(By.id("contribution-state")).getText()).isEqualTo("poslan");
            browser.check("13-focal-resubmitted");
        }
    }

    @Test
    @Order(3)
    void theCoordinatorAcceptsSeesTheResultsFreezesTheRoundAndDownloadsTheReport() throws IOException {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.open("/t/ba-04/contributions/" + contribution);
            browser.click(By.id("accept-contribution"));
            assertThat(browser.waitFor(By.id("contribution-state")).getText()).isEqualTo("prihvaćen");
            browser.check("14-coordinator-accepted");

            browser.open("/t/ba-04/rounds/" + round + "/rollup");
            browser.waitFor(By.cssSelector("figure.chart svg"));
            assertThat(browser.text()).contains("Rezultati ciklusa").contains("Cijeli plan");
            browser.check("15-coordinator-rollup");

            browser.open("/t/ba-04/rounds/" + round);
            browser.waitFor(By.id("freeze"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.confirm = function () { return true; };");
            browser.click(By.id("freeze"));
            assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("zaključen");
            browser.check("16-coordinator-frozen");

            browser.click(By.id("make-report"));
            browser.waitFor(By.id("download-report"));
            browser.check("17-coordinator-report-ready");
            browser.press(By.id("download-report"));
            File report = browser.awaitDownload(Duration.ofSeconds(30));
            byte[] bytes = Files.readAllBytes(report.toPath());
            assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            // the probes are in the Word report as text (escaped XML character data), never as markup
            String document = wordDocumentXml(bytes);
            assertThat(document).contains("&lt;script>alert(1)&lt;/script> Obuka policijskih")
                    .contains("&lt;img src=x onerror=alert(1)> Radionica").contains("javascript:alert(1) Kampanja")
                    .doesNotContain("<script>").doesNotContain("<img");
        }
    }

    @Test
    @Order(4)
    void theCoordinatorImportsAPlanThroughTheWizard() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.open("/t/ba-04/imports/new");
            browser.waitFor(By.id("file")).sendKeys(resource("wizard-plan.csv").toAbsolutePath().toString());
            new Select(browser.driver.findElement(By.id("format"))).selectByValue("csv");
            browser.driver.findElement(By.id("title")).sendKeys("Probni plan ZDK 2025-2026");
            browser.driver.findElement(By.id("levelNames")).sendKeys("Oblast\nStrateški program");
            browser.check("18-import-form");
            browser.click(By.id("check-file"));
            browser.waitFor(By.id("commit-import"));
            assertThat(browser.text()).contains("Edukacija").contains("Aktivnosti: 2").contains("U dogovoru");
            browser.check("19-import-preview");
            browser.click(By.id("commit-import"));
            browser.waitFor(By.id("open-plan"));
            browser.check("20-import-committed");
            browser.click(By.id("open-plan"));
            assertThat(browser.waitFor(By.cssSelector("table.plan-table")).getText()).contains("Radionica za nastavnike");
            browser.check("21-imported-plan");

            // the coordinator corrects the file (a deadline, one more activity) and imports it into the draft
            browser.click(By.id("import-into"));
            browser.waitFor(By.id("file")).sendKeys(resource("wizard-plan-corrected.csv").toAbsolutePath().toString());
            new Select(browser.driver.findElement(By.id("format"))).selectByValue("csv");
            browser.check("21a-import-into-form");
            browser.click(By.id("check-file"));
            browser.waitFor(By.id("commit-import"));
            assertThat(browser.driver.findElement(By.id("import-diff")).getText())
                    .contains("Aktivnosti: izmijenjeno 1, dodano 1, uklonjeno 0, bez izmjena 1")
                    .contains("II kvartal 2025").contains("III kvartal 2025").contains("Tribina za roditelje");
            browser.check("21b-import-into-preview");
            browser.click(By.id("commit-import"));
            browser.waitFor(By.id("open-plan"));
            assertThat(browser.text()).contains("Nacrt je ažuriran.");
            browser.check("21c-import-into-committed");
            browser.click(By.id("open-plan"));
            assertThat(browser.waitFor(By.cssSelector("table.plan-table")).getText()).contains("Tribina za roditelje")
                    .contains("III kvartal 2025");
        }
    }

    @Test
    @Order(5)
    void theCoordinatorSearchesThePlanAndReadsAnActivityWithItsHistory() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.open("/t/ba-04/plans/" + ba04Plan);
            assertThat(browser.waitFor(By.cssSelector("table.plan-table")).getText()).contains(XSS_SCRIPT).contains(XSS_LINK);
            browser.check("22-plan");
            browser.waitFor(By.id("q")).sendKeys("obuk");
            browser.press(By.cssSelector("form.filters button[type=submit]"));
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.text().contains("Pronađeno aktivnosti: 1"));
            browser.check("23-plan-search");
            browser.click(By.partialLinkText("Obuka policijskih"));
            browser.waitFor(By.cssSelector("dl.facts"));
            assertThat(browser.text()).contains("Izmjene ove aktivnosti").contains("uvezen");
            browser.check("24-activity");
            browser.open("/t/ba-04/plans/" + ba04Plan + "/versions");
            browser.waitFor(By.id("legalAct"));
            browser.check("25-versions");
        }
    }

    @Test
    @Order(6)
    void aSerbianUserSwitchesToCyrillic() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba", PASSWORD);
            new Select(browser.waitFor(By.id("language-select"))).selectByValue("sr-Cyrl");   // app.js submits the choice
            browser.waitFor(By.cssSelector("html[lang='sr-Cyrl']"));
            assertThat(browser.text()).contains("Преглед").contains("Акциони планови").contains("Одјава")
                    .contains("Bosna i Hercegovina");
            browser.check("26-serbian-cyrillic");
            // the tenant's own texts (names, plan titles) as well, on request
            browser.click(By.xpath("//form[contains(@class,'script-form')]//button"));
            assertThat(browser.text()).contains("Босна и Херцеговина");
            browser.check("26b-serbian-cyrillic-content");
        }
    }

    @Test
    @Order(7)
    void theSlovenianViewerSeesTheSlovenianPlanInSlovenian() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("viewer.si", PASSWORD);
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sl");
            assertThat(browser.text()).contains("Akcijski načrti").contains("Akcijski načrt 2023–2024 (preskus)");
            assertThat(browser.driver.findElements(By.linkText("Uvoz načrta"))).isEmpty();
            browser.check("27-viewer-dashboard");
            browser.click(By.linkText("Akcijski načrt 2023–2024 (preskus)"));
            assertThat(browser.waitFor(By.cssSelector("table.plan-table")).getText()).contains("PREPREČEVANJE").contains("Naloga");
            browser.check("28-viewer-plan");
        }
    }

    @Test
    @Order(8)
    void theCoordinatorReadsTheFundingTotalsAndResolvesAPrintedNameInThePartnersReviewQueue() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.click(By.linkText("Finansiranje"));
            // 12,000 secured in 2025 and 8,000 planned for 2026 on one line serving two activities: counted once
            assertThat(browser.waitFor(By.id("funding-all")).getText()).contains("20.000,00 BAM").contains("12.000,00 BAM")
                    .contains("5.000,00 BAM").contains("25 %");
            assertThat(browser.text()).contains("Po godinama").contains("Budžet kantona").contains("MUP Ze-do kantona")
                    .contains("Svaka budžetska linija se računa jednom");
            browser.check("29-funding-totals");

            new Select(browser.waitFor(By.id("currency"))).selectByValue("EUR");   // app.js submits the choice
            browser.waitFor(By.cssSelector("#currency option[value='EUR'][selected]"));
            // each year converted at the peg (1 EUR = 1.95583 BAM) and rounded, then summed: 6,135.50 + 4,090.34
            assertThat(browser.waitFor(By.id("funding-all")).getText()).contains("10.225,84 EUR");
            browser.check("30-funding-totals-eur");

            browser.click(By.linkText("Budžetske linije"));
            browser.click(By.partialLinkText("Obuka policijskih službenika"));
            assertThat(browser.waitFor(By.id("allocations")).getText()).contains("2025").contains("12.000,00 BAM").contains("osigurano")
                    .contains("2026").contains("planirano");
            assertThat(browser.waitFor(By.id("transactions")).getText()).contains("isplaćeno").contains("5.000,00 BAM").contains("01.03.2025.");
            browser.check("31-funding-line");
            // a second payment through the line's form, the amount typed the way the canton writes it
            browser.waitFor(By.id("payment-amount")).sendKeys("2.500,00");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('payment-date').value = '2025-04-15';");
            browser.driver.findElement(By.id("payment-receiver")).sendKeys("MUP Ze-do kantona");
            browser.driver.findElement(By.id("payment-description")).sendKeys("Druga obuka " + XSS_IMG);
            browser.click(By.id("record-payment-button"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("Plaćanje je evidentirano");
            assertThat(browser.waitFor(By.id("transactions")).getText()).contains("2.500,00 BAM").contains("15.04.2025.")
                    .contains("Druga obuka " + XSS_IMG);
            browser.check("31b-funding-payment");

            browser.click(By.xpath("//ul[@id='line-links']//a[text()='1.1.1']"));
            assertThat(browser.waitFor(By.id("funding")).getText()).contains("dijeljeno (2)").contains("20.000,00 BAM");
            browser.check("32-activity-funding");

            browser.click(By.linkText("Partneri"));
            browser.waitFor(By.id("institutions"));
            browser.check("33-partners-institutions");
            browser.click(By.linkText("Nazivi za provjeru"));
            String prosecutor = "Kantonalno tužilaštvo Ze-do kantona";
            By item = By.xpath("//section[contains(@class,'review-item')][h2/span[text()='" + prosecutor + "']]");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (!browser.driver.findElements(item).isEmpty()) {
                    return true;
                }
                browser.driver.navigate().refresh();
                return false;
            });
            new Select(browser.driver.findElement(item).findElement(By.cssSelector("select.resolve-institution")))
                    .selectByVisibleText("Kantonalno tužilaštvo Zeničko-dobojskog kantona");
            browser.check("34-partners-review");
            browser.click(By.xpath("//section[contains(@class,'review-item')][h2/span[text()='" + prosecutor + "']]"
                    + "//button[contains(@class,'resolve-button')]"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("Naziv se sada odnosi na odabranu instituciju");
            assertThat(browser.driver.findElements(item)).isEmpty();
            browser.check("35-partners-review-resolved");

            browser.click(By.linkText("Institucije"));
            assertThat(browser.waitFor(By.id("institutions")).getText()).contains("Kantonalno tužilaštvo Zeničko-dobojskog kantona")
                    .contains(prosecutor);
            browser.click(By.linkText("Koordinaciona tijela"));
            browser.click(By.linkText("Koordinacioni tim ZDK"));
            assertThat(browser.waitFor(By.id("meetings")).getText()).contains("29.07.2021.");
            assertThat(browser.text()).contains("02-03-2594/21").contains("Članova prema aktu: 11");
            browser.check("36-partners-body");
            browser.open("/t/ba-04/partners/recommendations");
            assertThat(browser.waitFor(By.cssSelector("table.recommendations")).getText()).contains("hitno poziva").contains("otvorena");
            browser.check("37-partners-recommendations");
        }
    }

    /**
     * The money and partners pages beyond reading. Independent of the order among the journeys before the accessibility
     * check: ba's own line and a spelling and a session no other journey asserts on.
     */
    @Test
    @Order(9)
    void theCoordinatorRollsUpTheCantonCreatesALineAddsASpellingAndRecordsASession() throws Exception {
        // ba-04 lets ba read its funding totals; funding learns it from identity's event
        Api.Response consent = gateway.put("/api/t/ba-04/identity/parent-consent", token("coordinator.ba04"), "{}");
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        String state = token("coordinator.ba");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/t/ba/funding/totals?include=ba-04", state).status() == 200);
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba", PASSWORD);
            // the state finds the canton among the jurisdictions below it, and opens its closed rounds next to its own
            browser.open("/t/ba/consent");
            assertThat(browser.waitFor(By.id("child-ba-04")).getText()).contains("ba-04");
            browser.click(By.cssSelector("#child-ba-04 a"));
            assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("ba-04");
            browser.open("/t/ba/funding");
            browser.waitFor(By.id("include")).sendKeys("ba-04");
            browser.click(By.cssSelector("form.filters button[type=submit]"));
            // the canton's line (12,000 secured for 2025, 8,000 planned for 2026) counted once in the state's roll-up
            assertThat(browser.waitFor(By.id("funding-included")).getText()).contains("ba, ba-04");
            assertThat(browser.waitFor(By.id("funding-all")).getText()).contains("20.000,00 BAM");
            browser.check("50-funding-rollup-with-canton");

            browser.click(By.linkText("Budžetske linije"));
            browser.click(By.id("new-line"));
            browser.waitFor(By.id("line-title")).sendKeys("Sigurna kuća – smještaj žrtava " + XSS_IMG);
            browser.driver.findElement(By.id("line-holder")).sendKeys("Ministarstvo sigurnosti BiH");
            new Select(browser.driver.findElement(By.id("line-source"))).selectByValue("state_budget");
            browser.driver.findElement(By.id("allocation-year-0")).sendKeys("2027");
            browser.driver.findElement(By.id("allocation-amount-0")).sendKeys("3.000,5");
            browser.check("51-funding-new-line");
            browser.click(By.id("save-line"));
            assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("Budžetska linija je napravljena");
            assertThat(browser.waitFor(By.id("allocations")).getText()).contains("2027").contains("3.000,50 BAM").contains("planirano");
            assertThat(browser.text()).contains("Sigurna kuća – smještaj žrtava " + XSS_IMG);
            browser.check("52-funding-line-created");
            // a year typed short is refused next to the year field, in the user's language
            browser.waitFor(By.id("allocation-year")).sendKeys("27");
            browser.driver.findElement(By.id("allocation-amount")).sendKeys("1.000");
            browser.click(By.id("save-allocation"));
            assertThat(browser.waitFor(By.cssSelector(".field-error")).getText()).contains("Upišite godinu s četiri cifre");
            browser.check("53-funding-allocation-refused");

            browser.open("/t/ba/funding");
            assertThat(browser.waitFor(By.id("funding-all")).getText()).contains("3.000,50 BAM");
            browser.waitFor(By.id("include")).sendKeys("ba-04");
            browser.click(By.cssSelector("form.filters button[type=submit]"));
            browser.waitFor(By.id("funding-included"));
            assertThat(browser.waitFor(By.id("funding-all")).getText()).contains("23.000,50 BAM");
            browser.check("54-funding-rollup-with-new-line");
        }
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.open("/t/ba-04/partners");
            browser.click(By.linkText("Kantonalno tužilaštvo Zeničko-dobojskog kantona"));
            browser.waitFor(By.id("alias-text")).sendKeys("Kantonalno tužilaštvo ZDK " + XSS_IMG);
            new Select(browser.driver.findElement(By.id("alias-kind"))).selectByValue("variant");
            browser.check("55-partners-institution");
            browser.click(By.id("add-alias-button"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("Način pisanja je dodan");
            assertThat(browser.waitFor(By.id("institution-aliases")).getText()).contains("Kantonalno tužilaštvo ZDK " + XSS_IMG)
                    .contains("varijanta");
            browser.check("56-partners-spelling-added");

            browser.open("/t/ba-04/partners/bodies");
            browser.click(By.linkText("Koordinacioni tim ZDK"));
            browser.waitFor(By.id("meeting-number")).sendKeys("2");
            browser.driver.findElement(By.id("meeting-date")).sendKeys("2021-08-25");
            browser.driver.findElement(By.id("meeting-agenda")).sendKeys("Plan rada za 2022.\nIzvještaj MUP-a " + XSS_SCRIPT);
            browser.check("57-partners-meeting-form");
            browser.click(By.id("record-meeting-button"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("Sjednica je evidentirana");
            assertThat(browser.waitFor(By.id("meetings")).getText()).contains("25.08.2021.").contains("Plan rada za 2022.")
                    .contains("Izvještaj MUP-a " + XSS_SCRIPT);
            browser.check("58-partners-meeting-recorded");
        }
    }

    /**
     * The demo's donor: IOM's programme officer, whose organisation (IOM in the partners' global registry) funds a
     * line of ba-04 and a line of Slovenia; the officer sees both jurisdictions' activities, one of them, and the CSV.
     * Pages outside a jurisdiction speak the browser's language (this Chromium asks for English).
     */
    @Test
    @Order(10)
    void theDonorSeesItsFundedActivitiesAcrossTwoJurisdictionsAndDownloadsThem() throws Exception {
        String admin = adminToken();
        Api.Response iom = gateway.post("/api/admin/partners/institutions", admin, """
                {"name":"International Organization for Migration","acronym":"IOM","kind":"international_org"}""");
        assertThat(iom.status()).as(iom.toString()).isEqualTo(201);
        Api.Response donor = gateway.post("/api/admin/users", admin, """
                {"username":"donor.iom","displayName":"IOM – programme officer","password":"%s","memberships":[],"donorOrganisation":"%s"}"""
                .formatted(PASSWORD, iom.json("$.id").toString()));
        assertThat(donor.status()).as(donor.toString()).isEqualTo(201);
        fundedByIom("ba-04", token("coordinator.ba04"), iom.json("$.id"), "BAM", "2.1.1");
        fundedByIom("si", token("coordinator.si"), iom.json("$.id"), "EUR", "2");

        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("donor.iom", PASSWORD);
            String list = browser.waitFor(By.id("funded-activities")).getText();
            assertThat(list).contains("ba-04").contains("si").contains("Usposabljanje policistov")
                    .contains("planned 10,000.00 BAM").contains("planned 10,000.00 EUR");
            assertThat(browser.driver.findElements(By.cssSelector("a[href^='/t/']"))).isEmpty();
            browser.check("40-donor-activities");
            new Select(browser.driver.findElement(By.id("filter-tenant"))).selectByValue("si");
            browser.click(By.id("apply-filters"));
            assertThat(browser.waitFor(By.id("funded-activities")).getText()).contains("Usposabljanje policistov").doesNotContain("ba-04");
            browser.click(By.linkText("Usposabljanje policistov"));
            assertThat(browser.waitFor(By.id("latest-status")).getText()).contains("no accepted report yet");
            assertThat(browser.text()).contains("IOM – Usposabljanje").contains("10,000.00 EUR");
            browser.check("41-donor-activity");
            browser.open("/donor/activities");
            browser.press(By.id("donor-export"));
            String csv = Files.readString(browser.awaitDownload(Duration.ofSeconds(30)).toPath());
            assertThat(csv).contains("ba-04").contains("si").contains("Usposabljanje policistov");
            // a tenant page is not the donor's: the web app refuses it as the API would
            browser.open("/t/ba-04");
            assertThat(browser.text()).doesNotContain("Akcioni planovi");
        }
    }

    @Test
    @Order(11)
    void thePlatformAdministratorOnboardsAJurisdictionAndSeesItsChecklist() throws Exception {
        Api.Response created = gateway.post("/api/admin/users", adminToken(), """
                {"username":"platform.admin","displayName":"Operater platforme","password":"%s","memberships":[],"platformAdmin":true}"""
                .formatted(PASSWORD));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("platform.admin", PASSWORD);
            browser.waitFor(By.cssSelector("table.data"));
            browser.check("41b-admin-tenants");
            browser.open("/admin/onboardings");
            browser.waitFor(By.id("onboardings"));
            browser.check("42-admin-onboardings");
            browser.click(By.id("new-onboarding"));
            browser.waitFor(By.id("onboarding-id")).sendKeys("ba-09");
            browser.driver.findElement(By.id("onboarding-name")).sendKeys("Kanton Sarajevo");
            new Select(browser.driver.findElement(By.id("onboarding-parent"))).selectByValue("ba");
            new Select(browser.driver.findElement(By.id("onboarding-template"))).selectByValue("canton");
            browser.driver.findElement(By.id("onboarding-jurisdiction")).sendKeys("KS");
            browser.driver.findElement(By.id("coordinator-name")).sendKeys("Amra Hodžić");
            browser.driver.findElement(By.id("coordinator-email")).sendKeys("koordinator@ks.gov.ba");
            browser.check("43-admin-onboarding-form");
            browser.click(By.id("start-onboarding"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("The jurisdiction is onboarded");
            assertThat(browser.waitFor(By.id("checklist")).getText()).contains("Plan imported").contains("not yet");
            assertThat(browser.driver.findElement(By.id("coordinators")).getText()).contains("Amra Hodžić").contains("no password yet");
            browser.check("44-admin-tenant-onboarded");
            browser.open("/admin/onboardings");
            assertThat(browser.waitFor(By.id("onboardings")).getText()).contains("ba-09").contains("Kanton Sarajevo").contains("canton");
            browser.check("45-admin-onboardings-after");

            // identity refuses a second jurisdiction with the same code: the page says so in the user's language
            browser.open("/admin/onboardings/new");
            browser.waitFor(By.id("onboarding-id")).sendKeys("ba-09");
            browser.driver.findElement(By.id("onboarding-name")).sendKeys("Kanton Sarajevo");
            browser.driver.findElement(By.id("coordinator-name")).sendKeys("Amra Hodžić");
            browser.driver.findElement(By.id("coordinator-email")).sendKeys("koordinator@ks.gov.ba");
            browser.click(By.id("start-onboarding"));
            assertThat(browser.waitFor(By.cssSelector(".notice.error")).getText()).isNotBlank();
            assertThat(browser.driver.findElement(By.id("onboarding-id")).getAttribute("value")).isEqualTo("ba-09");
            browser.check("46-admin-onboarding-refused");
        }
    }

    @Test
    @Order(12)
    void theCoordinatorInvitesAFocalPointForAnInstitutionOfTheRegister() {
        try (Browser browser = new Browser(stack.gatewayUrl())) {
            browser.signIn("coordinator.ba04", PASSWORD);
            browser.click(By.linkText("Osobe"));
            assertThat(browser.waitFor(By.id("people")).getText()).contains("Kontakt osoba MUP").contains("MUP Ze-do kantona");
            browser.check("47-people");
            browser.driver.findElement(By.id("invite-name")).sendKeys("Edin Tužilac " + XSS_IMG);
            browser.driver.findElement(By.id("invite-email")).sendKeys("edin@tuzilastvo-zdk.ba");
            new Select(browser.driver.findElement(By.id("invite-role"))).selectByValue("focal_point");
            new Select(browser.driver.findElement(By.id("invite-institution-id")))
                    .selectByVisibleText("Kantonalno tužilaštvo Zeničko-dobojskog kantona");
            browser.check("48-people-invite");
            browser.click(By.id("invite"));
            assertThat(browser.waitFor(By.cssSelector(".notice.success")).getText()).contains("Osoba je pozvana");
            assertThat(browser.driver.findElement(By.id("people")).getText()).contains("Edin Tužilac " + XSS_IMG)
                    .contains("Kantonalno tužilaštvo Zeničko-dobojskog kantona").contains("poziv");
            browser.check("49-people-invited");
        }
    }

    static void fundedByIom(String tenant, String coordinator, Object iom, String currency, String code) {
        String line = """
                {"title":"IOM – Usposabljanje %s","currency":"%s","holder":{"name":"Ministarstvo"},
                 "source":{"kind":"donor","funder":{"name":"IOM","institutionId":"%s"}},
                 "allocations":[{"year":2025,"amount":"10000.00","status":"secured"}],"links":[{"code":"%s"}]}"""
                .formatted(tenant, currency, iom, code);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/t/" + tenant + "/funding/lines", coordinator, line), r -> r.status() == 201);
    }

    @Test
    @Order(20)
    void noPageVisitedHasASeriousOrCriticalAccessibilityViolationOrShipsMoreThan150KbOfScript() {
        System.out.printf("Largest JavaScript of one page: %,d bytes (%s); axe serious/critical violations: %d%n",
                Browser.largestScriptBytes, Browser.largestScriptPage, Browser.AXE_VIOLATIONS.size());
        assertThat(Browser.AXE_VIOLATIONS).isEmpty();
        assertThat(Browser.largestScriptBytes).as("bytes of JavaScript on " + Browser.largestScriptPage).isPositive()
                .isLessThanOrEqualTo(150 * 1024);
    }

    /**
     * ba-04's money and partners, through their APIs: one budget line of the canton serving two activities with a
     * payment; the prosecutor's office registered under its full name (the plan prints "Ze-do", so that spelling waits
     * for review); the coordination team with its first session; one GRETA recommendation.
     */
    static void fundingAndPartnersOf(String coordinator) {
        String line = """
                {"code":"1.1.1-OB","title":"Obuka policijskih službenika","currency":"BAM",
                 "holder":{"name":"MUP Ze-do kantona"},"source":{"kind":"cantonal_budget"},
                 "allocations":[{"year":2025,"amount":"12000.00","status":"secured"},{"year":2026,"amount":"8000.00"}],
                 "links":[{"code":"1.1.1"},{"code":"1.1.2"}]}""";
        Api.Response created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/t/ba-04/funding/lines", coordinator, line), r -> r.status() == 201);
        Api.Response paid = gateway.post("/api/t/ba-04/funding/lines/" + created.json("$.id") + "/transactions", coordinator, """
                {"type":"disbursement","amount":"5000.00","currency":"BAM","date":"2025-03-01",
                 "provider":{"name":"Ministarstvo finansija ZDK"},"receiver":{"name":"MUP Ze-do kantona"},"description":"Prva obuka"}""");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        Api.Response institution = gateway.post("/api/t/ba-04/partners/institutions", coordinator, """
                {"name":"Kantonalno tužilaštvo Zeničko-dobojskog kantona","kind":"prosecution"}""");
        assertThat(institution.status()).as(institution.toString()).isEqualTo(201);
        Api.Response body = gateway.post("/api/t/ba-04/partners/bodies", coordinator, """
                {"name":"Koordinacioni tim ZDK","kind":"coordination_team",
                 "legalAct":{"issuer":"Vlada Zeničko-dobojskog kantona","number":"02-03-2594/21","date":"2021-02-24"},
                 "cadence":{"text":"najmanje dva puta godišnje","minimumPerYear":2},"declaredMemberCount":11}""");
        assertThat(body.status()).as(body.toString()).isEqualTo(201);
        Api.Response meeting = gateway.post("/api/t/ba-04/partners/bodies/" + body.json("$.id") + "/meetings", coordinator, """
                {"number":1,"date":"2021-07-29","agenda":["Usvajanje poslovnika o radu"]}""");
        assertThat(meeting.status()).as(meeting.toString()).isIn(200, 201);
        Api.Response source = gateway.post("/api/t/ba-04/partners/recommendation-sources", coordinator, """
                {"kind":"GRETA_REPORT","title":"Izvještaj GRETA o Bosni i Hercegovini","round":3,"documentNumber":"GRETA(2022)19"}""");
        assertThat(source.status()).as(source.toString()).isEqualTo(201);
        Api.Response recommendation = gateway.post("/api/t/ba-04/partners/recommendations", coordinator, """
                {"sourceId":"%s","paragraph":"45","text":"GRETA urges the authorities to train police officers <script>alert(1)</script>",
                 "strength":"urge"}""".formatted(source.json("$.id").toString()));
        assertThat(recommendation.status()).as(recommendation.toString()).isEqualTo(201);
    }

    static String wordDocumentXml(byte[] docx) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the report is not a Word document");
    }

    // ---- set-up through the platform's own APIs, as ./run does ----

    static Path resource(String name) {
        return Path.of("src/test/resources/browser").resolve(name);
    }

    static String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ariadne-admin:ariadne-admin-local".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return com.jayway.jsonpath.JsonPath.read(response.body(), "$.access_token");
    }

    static void onboard(String admin, String tenant) {
        Api.Response response = gateway.post("/api/admin/tenants", admin, tenant);
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    static void user(String admin, String username, String name, String tenant, String role, String institution) {
        Api.Response response = gateway.post("/api/admin/users", admin, """
                {"username":"%s","displayName":"%s","password":"%s","memberships":[{"tenant":"%s","roles":["%s"],"institution":%s}]}"""
                .formatted(username, name, PASSWORD, tenant, role, institution == null ? "null" : "\"" + institution + "\""));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    /** A user's access token through identity's sign-in form, the way bin/ariadne-token gets it. */
    static String token(String username) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("ariadne.root", "../.."));
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/ariadne-token").toString(), username, PASSWORD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("ARIADNE_URL", stack.gatewayUrl());
        Process process = builder.start();
        process.getOutputStream().close();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("bin/ariadne-token " + username).isZero();
        return token;
    }

    static String importPlan(String tenant, String token, String jsonl) {
        Api.Response job = gateway.sendBytes("POST", "/api/t/" + tenant + "/plans/imports?format=jsonl&mode=commit", token,
                jsonl.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        String location = job.header("Location");
        String path = location.startsWith("http") ? URI.create(location).getPath() : location;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String state = gateway.get(path, token).body();
            return state.contains("\"succeeded\"") || state.contains("\"failed\"");
        });
        Api.Response done = gateway.get(path, token);
        assertThat(done.body()).as(done.toString()).contains("\"succeeded\"");
        return done.json("$.result.resourceId");
    }
}
