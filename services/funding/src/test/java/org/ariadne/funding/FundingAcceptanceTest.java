package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.funding.iati.IatiRules;
import org.ariadne.funding.iati.IatiSchema;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The acceptance list of issue 10, through the service's HTTP API, with the tenants and plans arriving as real Kafka
 * records (identity's TenantOnboarded, plans' events of the seed plans): ba accepts what its plan prints, si imports
 * its budget annex, ba pays the canton's shelters from its safe-house line and links it to ba-04's 4.2.6, and each
 * tenant exports IATI. One scenario in order, so each step reads what the previous ones wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingAcceptanceTest extends ServiceApiTest {

    private static boolean loaded;

    FundingApi api;

    @Override
    protected String[] tenants() {
        return new String[] {"ba", "ba-04", "si", "me", "xk"};
    }

    @BeforeEach
    void load() {
        api = new FundingApi(port);
        if (!loaded) {
            SeedTenants.freshDemo(context, api);
            loaded = true;
        }
    }

    @Test
    @Order(1)
    void baAcceptsWhatItsPlanPrintsAndCountsEachLineOnce() {
        acceptAllProposals("ba");

        Api.Response totals = api.ok(api.get("ba", "/totals"));
        assertThat(totals.<String>json("$.own.currency")).isEqualTo("BAM");
        assertThat(totals.<String>json("$.own.all.planned")).isEqualTo("880000.00");
        assertThat(totals.<Integer>json("$.own.all.lines")).isEqualTo(5);
        assertThat(totals.<Integer>json("$.own.all.toBeDetermined")).isEqualTo(2);
        assertThat(totals.<List<String>>json("$.own.byYear[?(@.year != null)].figures.planned"))
                .containsExactly("220000.00", "220000.00", "220000.00", "220000.00");
        assertThat(totals.body()).doesNotContain("1720000");

        for (String code : List.of("1.5.2", "4.2.9", "1.5.3", "3.8.1")) {
            Map<String, Object> line = onlyLine(api.get("ba", "/activities"), code);
            assertThat(line).containsEntry("sharing", "shared").containsEntry("sharedBy", 2)
                    .containsEntry("planned", code.equals("1.5.2") || code.equals("4.2.9") ? "520000.00" : "320000.00");
        }
        for (String code : List.of("4.7.1", "4.7.2")) {
            assertThat(activity(api.get("ba", "/activities"), code)).containsEntry("status", "to_be_determined");
            assertThat(onlyLine(api.get("ba", "/activities"), code)).containsEntry("toBeDetermined", 1);
        }

        Api.Response inEuro = api.ok(api.get("ba", "/totals?currency=EUR"));
        assertThat(inEuro.<String>json("$.own.all.planned")).isEqualTo("449936.84");
        String safeHouses = lineOf("ba", "1.5.2");
        Api.Response figures = api.ok(api.get("ba", "/lines/" + safeHouses + "/figures?currency=EUR"));
        assertThat(figures.<List<String>>json("$.byYear[?(@.year == 2023)].figures.planned")).containsExactly("66467.94");
    }

    @Test
    @Order(2)
    void siImportsItsBudgetAnnexWithADryRunFirstAndNeverCountsWhatTheTextRestates() {
        Api.Response dryRun = api.job("si", "/imports?format=csv&mode=dry-run", Seeds.siAnnex(), "text/csv");
        assertThat(dryRun.<String>json("$.state")).as(dryRun.toString()).isEqualTo("succeeded");
        assertThat(dryRun.<List<String>>json("$.details.lines[*].outcome")).hasSize(14).containsOnly("would-create");
        assertThat(dryRun.<String>json("$.details.plannedByYear['2023 EUR']")).isEqualTo("258000.00");
        assertThat(api.get("si", "/lines").<List<?>>json("$.items")).as("a dry run writes nothing").isEmpty();

        Api.Response commit = api.job("si", "/imports?format=csv&mode=commit", Seeds.siAnnex(), "text/csv");
        assertThat(commit.<String>json("$.state")).as(commit.toString()).isEqualTo("succeeded");
        assertThat(commit.<Integer>json("$.details.created")).isEqualTo(14);
        Api.Response again = api.job("si", "/imports?format=csv&mode=commit", Seeds.siAnnex(), "text/csv");
        assertThat(again.<Integer>json("$.details.alreadyImported")).as("the same file twice").isEqualTo(14);

        Api.Response totals = api.ok(api.get("si", "/totals"));
        assertThat(totals.<String>json("$.own.all.planned")).isEqualTo("521000.00");
        assertThat(totals.<List<String>>json("$.own.byYear[*].figures.planned")).containsExactly("258000.00", "263000.00");
        assertThat(totals.<List<String>>json("$.own.byFinancing[?(@.category == 'national_only')].figures.planned"))
                .containsExactly("316000.00");
        assertThat(totals.<List<String>>json("$.own.byFinancing[?(@.category == 'external')].figures.planned"))
                .containsExactly("153750.00");
        assertThat(totals.<List<String>>json("$.own.byFinancing[?(@.category == 'co_financing')].figures.planned"))
                .containsExactly("51250.00");
        assertThat(totals.<List<String>>json("$.own.byCoFinancingGroup[*].group")).containsExactly("AMIF PATS", "ISF 140005");
        assertThat(totals.<List<String>>json("$.own.byCoFinancingGroup[*].planned")).containsExactly("105000.00", "100000.00");
        assertThat(totals.<List<String>>json("$.own.byCoFinancingGroup[*].externalSharePct"))
                .containsExactly("75.0000", "75.0000");
        Map<String, String> holders = Map.of("MNZ", "268000.00", "UOIM", "105000.00", "MDDSZ", "90000.00", "MZ", "48000.00",
                "UKOM", "5000.00", "MIZS", "5000.00");
        holders.forEach((holder, planned) -> assertThat(totals.<List<String>>json(
                "$.own.byHolder[?(@.holder == '" + holder + "')].figures.planned")).containsExactly(planned));
        Api.Response activities = api.ok(api.get("si", "/activities"));
        assertThat(activity(activities, "3.1").get("restatedAmounts")).asString().contains("45000");
        assertThat(totals.body() + activities.body() + api.get("si", "/lines").body()).doesNotContain("622000");
    }

    @Test
    @Order(3)
    void theStateMinistrysShelterPaymentShowsOnTheCantonsActivityAndCountsOnceInTheRollUp() {
        String safeHouses = lineOf("ba", "1.5.2");
        api.ok(api.post("ba", "/lines/" + safeHouses + "/transactions", """
                {"type": "disbursement", "amount": "129999.04", "currency": "BAM", "date": "2023-12-31",
                 "provider": {"name": "Ministarstvo sigurnosti BiH"},
                 "receiver": {"name": "MFS-EMMAUS; Budućnost; Žene sa Une; Lara"},
                 "description": "Smještaj za žrtve trgovine ljudima 2023"}"""));
        api.ok(api.post("ba", "/lines/" + safeHouses + "/links", "{\"tenant\": \"ba-04\", \"code\": \"4.2.6\"}"));

        Api.Response ba04Lines = api.ok(api.get("ba-04", "/lines"));
        assertThat(ba04Lines.<List<?>>json("$.items")).isEmpty();
        assertThat(ba04Lines.<List<String>>json("$.linkedIn[*].owner")).containsExactly("ba");
        assertThat(ba04Lines.<List<Boolean>>json("$.linkedIn[*].readOnly")).containsExactly(true);
        Map<String, Object> onShelters = onlyLine(api.get("ba-04", "/activities"), "4.2.6");
        assertThat(onShelters).containsEntry("owner", "ba").containsEntry("readOnly", true)
                .containsEntry("disbursed", "129999.04");

        Api.Response ba04 = api.ok(api.get("ba-04", "/totals"));
        assertThat(ba04.<String>json("$.own.all.planned")).as("ba-04's own funding").isEqualTo("0.00");
        assertThat(ba04.<Integer>json("$.own.all.lines")).isZero();
        assertThat(ba04.<String>json("$.linkedIn.all.disbursed")).isEqualTo("129999.04");

        Api.Response rollUp = api.raw().get(FundingApi.url("ba", "/totals?include=ba-04"),
                FundingApi.tokenFor(List.of("ba", "ba-04")));
        assertThat(rollUp.status()).as(rollUp.toString()).isEqualTo(200);
        assertThat(rollUp.<List<String>>json("$.tenants")).containsExactly("ba", "ba-04");
        assertThat(rollUp.<String>json("$.own.all.planned")).isEqualTo("880000.00");
        assertThat(rollUp.<String>json("$.own.all.disbursed")).isEqualTo("129999.04");
        assertThat(rollUp.<Integer>json("$.own.all.lines")).isEqualTo(5);
        assertThat(rollUp.<Integer>json("$.linkedIn.all.lines")).isZero();
        Api.Response figures = api.ok(api.get("ba", "/lines/" + safeHouses + "/figures"));
        assertThat(figures.<List<String>>json("$.byYear[?(@.year == 2023)].figures.executionPct")).containsExactly("99.9993");

        Api.Response notGranted = api.raw().get(FundingApi.url("ba", "/totals?include=ba-04"), TestJwts.forTenant("ba"));
        assertThat(notGranted.status()).as("neither granted nor consented: as unknown as a foreign object").isEqualTo(404);
        assertThat(notGranted.isProblem("not-found")).isTrue();
        Api.Response notBelow = api.raw().get(FundingApi.url("ba", "/totals?include=si"),
                FundingApi.tokenFor(List.of("ba", "si")));
        assertThat(notBelow.status()).isEqualTo(422);
        assertThat(notBelow.body()).contains("\"pointer\":\"include\"", "si is not a tenant below ba");
    }

    @Test
    @Order(4)
    void theIatiExportsOfBaAndSiValidateAgainstTheSchemaAndTheRules() {
        for (String tenant : List.of("ba", "si")) {
            Api.Response job = api.job(tenant, "/exports/iati", new byte[0], "application/json");
            assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
            byte[] xml = api.download(tenant, job.json("$.result.href"));
            assertThat(IatiSchema.validate(xml)).isEmpty();
            assertThat(IatiRules.check(xml, LocalDate.now())).isEmpty();
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains("<iati-identifier>XI-ARIADNE-" + tenant + "-BL-");
        }
        // a line that names no year and serves no activity has no start date: the export is refused, with why
        api.ok(api.post("xk", "/lines", """
                {"title": "Takimet e donatorëve", "currency": "EUR", "holder": {"name": "ZKNKT"},
                 "source": {"kind": "donations_unspecified"}, "allocations": [{"status": "to_be_determined"}]}"""));
        Api.Response refused = api.job("xk", "/exports/iati", new byte[0], "application/json");
        assertThat(refused.<String>json("$.state")).isEqualTo("failed");
        assertThat(refused.<String>json("$.problem.type")).endsWith(":validation-failed");
        assertThat(refused.<List<String>>json("$.issues[*].problem")).anySatisfy(p -> assertThat(p).contains("no start date"));
    }

    @Test
    @Order(5)
    void amountsFromOutsideAreCheckedAndARefusedRequestWritesNothing() {
        String line = lineOf("ba", "1.5.1");
        Api.Response before = api.ok(api.get("ba", "/lines/" + line));
        String path = "/lines/" + line + "/transactions";
        String template = "{\"type\": \"disbursement\", \"amount\": %s, \"currency\": \"%s\", \"date\": \"2022-10-18\"}";

        assertRefused(api.post("ba", path, template.formatted("\"1e999999999\"", "BAM")), "/amount", "exponent");
        // a JSON number where the API takes text is refused as such (lib-web's strict JSON), whatever its value
        assertRefused(api.post("ba", path, template.formatted("1e999999999", "BAM")), "/amount", "must be a string");
        assertRefused(api.post("ba", path, template.formatted("\"-5000.00\"", "BAM")), "/amount", "negative");
        assertRefused(api.post("ba", path, template.formatted("\"5000.001\"", "BAM")), "/amount", "decimals");
        assertRefused(api.post("ba", path, template.formatted("\"5000.00\"", "XYZ")), "/currency", "ISO 4217");
        assertRefused(api.post("ba", "/lines", """
                {"title": "x", "currency": "EUR", "holder": {"name": "MS"}, "source": {"kind": "state_budget"},
                 "allocations": [{"year": 2023, "amount": "-1"}, {"year": 2024, "amount": "1.234"}]}"""),
                "/allocations/0/amount", "negative");

        Api.Response after = api.ok(api.get("ba", "/lines/" + line));
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.<List<?>>json("$.transactions")).isEmpty();
        assertThat(api.get("ba", "/lines").<List<?>>json("$.items")).hasSize(5);
    }

    @Test
    @Order(6)
    void aMissingRateIsAProblemNamingCurrencyAndDateUntilTheRateIsThere() {
        Api.Response created = api.ok(api.post("xk", "/lines", """
                {"title": "Strehimi i viktimave", "currency": "EUR", "holder": {"name": "MPMS"},
                 "source": {"kind": "donor", "funder": {"name": "US Department of State"}},
                 "allocations": [{"year": 2019, "amount": "20000.00"}]}"""));
        String line = created.json("$.id");
        api.ok(api.post("xk", "/lines/" + line + "/transactions", """
                {"type": "incoming_funds", "amount": "25000.00", "currency": "USD", "date": "2019-03-01"}"""));

        Api.Response missing = api.get("xk", "/totals?currency=EUR");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.isProblem("exchange-rate-missing")).isTrue();
        assertThat(missing.<String>json("$.currency")).isEqualTo("USD");
        assertThat(missing.<String>json("$.date")).isEqualTo("2019-03-01");

        Api.Response upload = api.job("xk", "/rates/ecb", """
                Date,USD,JPY,
                2019-03-01,1.1383,127.16,
                2019-02-28,1.1416,126.58,
                """.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(upload.<String>json("$.state")).as(upload.toString()).isEqualTo("succeeded");
        Api.Response converted = api.ok(api.get("xk", "/totals?currency=EUR"));
        assertThat(converted.<String>json("$.own.all.incoming")).isEqualTo("21962.58");
        api.ok(api.raw().put(FundingApi.url("xk", "/rates/USD/2019-03-01"), TestJwts.forTenant("xk"),
                "{\"unitsPerEuro\": \"1.25\"}"));
        assertThat(api.get("xk", "/totals?currency=EUR").<String>json("$.own.all.incoming"))
                .as("a manual rate wins on its date").isEqualTo("20000.00");
    }

    @Test
    @Order(7)
    void meCannotReadOrLinkBasLinesAndTheChildCannotChangeItsParentsLine() {
        String safeHouses = lineOf("ba", "1.5.2");

        assertThat(api.get("me", "/lines/" + safeHouses).status()).isEqualTo(404);
        assertThat(api.post("me", "/lines/" + safeHouses + "/links", "{\"code\": \"1.1.1\"}").status()).isEqualTo(404);
        String own = api.ok(api.post("me", "/lines", """
                {"title": "Kampanja", "currency": "EUR", "holder": {"name": "Kancelarija"}, "source": {"kind": "state_budget"}}"""))
                .json("$.id");
        Api.Response foreignActivity = api.post("me", "/lines/" + own + "/links", "{\"tenant\": \"ba\", \"code\": \"1.5.2\"}");
        assertThat(foreignActivity.status()).isEqualTo(422);
        assertThat(foreignActivity.body()).contains("\"pointer\":\"/tenant\"");
        assertThat(api.get("me", "/totals").body()).doesNotContain("Smještaj");

        Api.Response asChild = api.ok(api.get("ba-04", "/lines/" + safeHouses));
        assertThat(asChild.<Boolean>json("$.readOnly")).isTrue();
        assertThat(asChild.<List<String>>json("$.links[*].tenant")).as("only the link into ba-04").containsExactly("ba-04");
        assertThat(asChild.header("ETag")).isNull();
        assertThat(api.raw().patch(FundingApi.url("ba-04", "/lines/" + safeHouses), TestJwts.forTenant("ba-04"),
                "{\"title\": \"x\", \"currency\": \"BAM\", \"holder\": {\"name\": \"x\"}, \"source\": {\"kind\": \"state_budget\"}}",
                "If-Match", "\"1\"").status()).isEqualTo(404);
        assertThat(api.post("ba-04", "/lines/" + safeHouses + "/transactions", """
                {"type": "expenditure", "amount": "1.00", "currency": "BAM", "date": "2023-01-01"}""").status()).isEqualTo(404);
        Api.Response viewer = api.raw().post(FundingApi.url("ba", "/lines/" + safeHouses + "/transactions"),
                TestJwts.forTenant("ba", "viewer"), "{\"type\": \"expenditure\"}");
        assertThat(viewer.status()).isEqualTo(403);
    }

    @Test
    @Order(8)
    void theFundingTableIsAWorkbookInTheTenantsLanguage() throws Exception {
        Api.Response job = api.job("si", "/exports/table?currency=EUR", new byte[0], "application/json");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<String>json("$.result.mediaType")).contains("spreadsheetml");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api.download("si", job.json("$.result.href"))))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Proračunske postavke");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(14);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Namen");
            Sheet totals = workbook.getSheet("Skupaj");
            double all = -1;
            for (Row row : totals) {
                if (row.getCell(0) != null && "Vsa leta".equals(row.getCell(0).getStringCellValue())
                        && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    all = row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(all).isEqualTo(521000.0);
            assertThat(totals.getRow(0).getCell(0).getStringCellValue()).contains("EUR", "niso šteti");
        }
    }

    @Test
    @Order(9)
    void aGrantsAgreementRateConvertsItsLinesAndTheGrantIsPublishedAsOneIatiActivity() {
        Api.Response grant = api.ok(api.post("me", "/grants", """
                {"title": "Podrška skloništu 2024", "donor": {"name": "US Department of State, J/TIP"},
                 "implementer": {"name": "Sigurna ženska kuća"}, "currency": "USD", "amount": "50000.00",
                 "donorIatiActivityId": "US-GOV-11-JTIP-2024-01", "agreementRate": "0.92", "agreementQuoteCurrency": "EUR"}"""));
        String grantId = grant.json("$.id");
        String line = api.ok(api.post("me", "/lines", """
                {"title": "Sklonište za žrtve 2024", "currency": "EUR", "holder": {"name": "Ministarstvo unutrašnjih poslova"},
                 "source": {"kind": "donor", "funder": {"name": "US Department of State, J/TIP"}}, "grantId": "%s",
                 "allocations": [{"year": 2024, "amount": "46000.00", "status": "secured"}]}""".formatted(grantId)))
                .json("$.id");
        api.ok(api.post("me", "/lines/" + line + "/transactions", """
                {"type": "incoming_funds", "amount": "10000.00", "currency": "USD", "date": "2024-03-01"}"""));

        Api.Response totals = api.ok(api.get("me", "/totals?currency=EUR"));
        assertThat(totals.<List<String>>json("$.own.bySource[?(@.sourceKind == 'donor')].figures.incoming"))
                .as("10,000 USD at the agreement's 0.92, no reference rate needed").containsExactly("9200.00");

        Api.Response job = api.job("me", "/exports/iati?grantId=" + grantId, new byte[0], "application/json");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        String xml = new String(api.download("me", job.json("$.result.href")), StandardCharsets.UTF_8);
        assertThat(IatiSchema.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(xml).contains("-GR-" + grantId, "activity-id=\"US-GOV-11-JTIP-2024-01\"",
                "<value currency=\"USD\" value-date=\"2024-01-01\">50000.00</value>");
    }

    private void acceptAllProposals(String tenant) {
        for (int round = 0; round < 20; round++) {
            Api.Response proposals = api.ok(api.get(tenant, "/proposals"));
            List<String> keys = proposals.json("$.open[*].key");
            if (keys.isEmpty()) {
                return;
            }
            api.ok(api.post(tenant, "/proposals/" + keys.get(0) + "/accept", "{\"reason\": \"as printed in the plan\"}"));
        }
        throw new AssertionError("proposals did not run out");
    }

    private String lineOf(String tenant, String code) {
        List<String> ids = api.get(tenant, "/lines").json("$.items[?('" + code + "' in @.activityCodes)].id");
        assertThat(ids).as("line of " + code).hasSize(1);
        return ids.get(0);
    }

    private static Map<String, Object> activity(Api.Response activities, String code) {
        List<Map<String, Object>> found = activities.json("$.items[?(@.code == '" + code + "')]");
        assertThat(found).as("activity " + code).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyLine(Api.Response activities, String code) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) activity(activities, code).get("lines");
        assertThat(lines).as("lines of " + code).hasSize(1);
        return lines.get(0);
    }

    private static void assertRefused(Api.Response response, String pointer, String says) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem("validation-failed")).as(response.toString()).isTrue();
        assertThat(response.body()).contains("\"pointer\":\"" + pointer + "\"").containsIgnoringCase(says);
    }
}
