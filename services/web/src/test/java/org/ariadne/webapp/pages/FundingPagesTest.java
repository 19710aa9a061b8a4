package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.funding.ActivityMoney;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.funding.PaymentForm;
import org.ariadne.webapp.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The funding pages render what the funding service answers (its documented BiH figures), in the user's language
 * and the tenant's number format, count nothing themselves, and escape every text.
 */
class FundingPagesTest {

    static final String FIGURES_2023 = """
            {"planned":"220000.00","secured":"0.00","committed":"0.00","disbursed":"129999.04","spent":"0.00","incoming":"0.00",
             "toBeDetermined":0,"lines":2,"securedPct":"0","committedPct":"0","executionPct":"59.0905"}""";
    static final String TOTALS = """
            {"tenants":["ba"],
             "own":{"currency":"BAM",
               "all":{"planned":"880000.00","secured":"0.00","committed":"0.00","disbursed":"129999.04","spent":"0.00",
                      "incoming":"0.00","toBeDetermined":2,"lines":5,"securedPct":"0","committedPct":"0","executionPct":"14.7726"},
               "byYear":[{"year":2023,"figures":%1$s},{"year":null,"figures":%1$s}],
               "bySource":[{"sourceKind":"state_budget","programme":null,"figures":%1$s},
                           {"sourceKind":"eu_fund","programme":"ISF","figures":%1$s}],
               "byFinancing":[],
               "byHolder":[{"holder":"Ministarstvo sigurnosti <script>alert(1)</script>","institutionId":null,"figures":%1$s}],
               "byCurrency":[],"byCoFinancingGroup":[],"byPlan":[],"byNode":[],"unlinkedLines":0,
               "warnings":["Line \\"Sigurne kuće\\": disbursed and spent in 2023 is above the allocation"]},
             "linkedIn":{"currency":"BAM",
               "all":{"planned":"0.00","secured":"0.00","committed":"0.00","disbursed":"0.00","spent":"0.00","incoming":"0.00",
                      "toBeDetermined":0,"lines":0,"securedPct":null,"committedPct":null,"executionPct":null},
               "byYear":[],"bySource":[],"byFinancing":[],"byHolder":[],"byCurrency":[],"byCoFinancingGroup":[],"byPlan":[],
               "byNode":[],"unlinkedLines":0,"warnings":[]}}""".formatted(FIGURES_2023);
    static final String ACTIVITIES = """
            {"items":[
              {"tenant":"si","planId":"p1","activityId":"a34","code":"3.4","title":"Reintegracija","status":"funded","lines":[],
               "restatedAmounts":[{"label":"najmanj 45.000 EUR letno","amount":"45000","currency":"EUR","year":2023}],
               "namedSources":[],"funders":[]},
              {"tenant":"si","planId":"p1","activityId":"a35","code":"3.5","title":"Brez zneska","status":"none","lines":[],
               "restatedAmounts":[],"namedSources":[],"funders":[]}]}""";

    @Test
    void theTotalsShowTheServicesFiguresInTheTenantsFormatAndTheRestatedAmountsApart() {
        Map<String, Object> activities = PageRenderer.json(ACTIVITIES);
        String html = PageRenderer.render("funding-totals", PageRenderer.ba04("coordinator"), Language.BS, Map.of(
                "totals", PageRenderer.json(TOTALS), "currencies", FundingFigures.currencies("BAM"), "currency", "BAM",
                "restated", FundingFigures.withRestatedAmounts(activities),
                "children", PageRenderer.jsonList("[{\"id\":\"ba-0401\",\"name\":\"Općina Zenica\",\"consenting\":true}]")));

        assertThat(html).contains("Finansiranje").contains("880.000,00 BAM").contains("129.999,04")
                .contains("14,7726 %").contains("Budžet države").contains("Sredstva EU</span><span> · ISF").contains("bez godine")
                .contains("Svaka budžetska linija se računa jednom");
        assertThat(html).contains("Iznosi koje plan samo ponavlja").contains("najmanj 45.000 EUR letno").contains("45.000,00 EUR")
                .doesNotContain("Brez zneska");
        assertThat(html).contains("Ministarstvo sigurnosti &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).doesNotContain("Sredstva višeg nivoa");   // no line of a level above serves this tenant
        // the levels below that share their figures are offered in the "together with" field
        assertThat(html).contains("list=\"include-options\"").contains("<option value=\"ba-0401\">Općina Zenica</option>");
        assertThat(html).contains("<option value=\"EUR\">EUR</option>").contains("<option value=\"BAM\" selected=\"selected\">BAM</option>");
    }

    @Test
    void theSwitchOffersTheReportingCurrencyBamAndEuroAndNothingElse() {
        assertThat(FundingFigures.currencies("BAM")).containsExactly("BAM", "EUR");
        assertThat(FundingFigures.currencies("USD")).containsExactly("USD", "BAM", "EUR");
        assertThat(FundingFigures.chosen("eur", "BAM")).isEqualTo("EUR");
        assertThat(FundingFigures.chosen("JPY", "BAM")).isNull();
        assertThat(FundingFigures.chosen("EUR&include=ba", "BAM")).isNull();
        assertThat(FundingFigures.chosen(null, "BAM")).isNull();
    }

    @Test
    void theLinesListShowsOwnLinesAndThoseOfALevelAboveApart() {
        String html = PageRenderer.render("funding-lines", PageRenderer.ba04("viewer"), Language.HR, Map.of("lines", PageRenderer.json("""
                {"items":[{"id":"l1","owner":"ba-04","readOnly":false,"code":"140005","title":"Obuka \\"><img src=x onerror=alert(1)>",
                  "currency":"BAM","holder":{"name":"MUP ZDK","institutionId":null},"sourceKind":"cantonal_budget","programme":null,
                  "coFinancingGroup":null,"planned":"20000.00","toBeDetermined":1,"activityCodes":["1.1.1","1.1.2"],
                  "transactions":0,"disbursedInOwnCurrency":"0"}],
                 "linkedIn":[{"id":"l9","owner":"ba","readOnly":true,"code":null,"title":"Sigurne kuće","currency":"BAM",
                  "holder":{"name":"Ministarstvo sigurnosti BiH","institutionId":null},"sourceKind":"state_budget","programme":null,
                  "coFinancingGroup":null,"planned":"520000.00","toBeDetermined":0,"activityCodes":["1.5.2","4.2.9","ba-04 4.2.6"],
                  "transactions":1,"disbursedInOwnCurrency":"129999.04"}]}""")));

        assertThat(html).contains("Proračunske stavke").contains("Proračun kantona").contains("20.000,00 BAM").contains("1.1.1, 1.1.2")
                .contains("Sredstva više razine za vaše aktivnosti").contains("520.000,00 BAM").contains("129.999,04 BAM")
                .contains("/t/ba-04/funding/lines/l9");
        assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void aLinesPageShowsItsYearsItsActivitiesAndItsPaymentsWithReversalsMarked() {
        Map<String, Object> line = PageRenderer.json("""
                {"id":"l9","owner":"ba","readOnly":true,"code":null,"title":"Sigurne kuće","currency":"BAM",
                 "holder":{"name":"Ministarstvo sigurnosti BiH","institutionId":null},
                 "source":{"kind":"state_budget","programme":null,"funder":null},"coFinancing":{"group":"ISF 140005","sharePct":"75"},
                 "grantId":null,"origin":"proposal","provenance":null,
                 "allocations":[{"year":null,"amount":null,"status":"to_be_determined"},{"year":2023,"amount":"130000.00","status":"secured"},
                                {"year":2020,"amount":"130000.00","status":"indicative"}],
                 "links":[{"tenant":"ba","planId":"p","activityId":"a152","code":"1.5.2","sharePct":null,"origin":"proposal",
                           "confidence":null,"orphaned":null},
                          {"tenant":"ba-04","planId":"q","activityId":"a426","code":"4.2.6","sharePct":"50","origin":"manual",
                           "confidence":null,"orphaned":false}],
                 "transactions":[{"id":"t1","type":"disbursement","amount":"129999.04","currency":"BAM","date":"2023-12-31",
                   "valueDate":"2023-12-31","provider":{"name":"Ministarstvo sigurnosti BiH"},"receiver":{"name":"MFS-EMMAUS"},
                   "description":"Smještaj za žrtve 2023","evidence":null,"reversal":null},
                   {"id":"t2","type":"disbursement","amount":"10.00","currency":"BAM","date":"2023-11-02","valueDate":"2023-11-02",
                   "provider":null,"receiver":null,"description":"Greška","evidence":null,
                   "reversal":{"reversedOn":"2023-11-03","reason":"uneseno dvaput"}}],
                 "version":3}""");
        List<Map<String, Object>> allocations = List.of(Json.list(line, "allocations").get(2),
                Json.list(line, "allocations").get(1), Json.list(line, "allocations").get(0));
        String html = PageRenderer.render("funding-line", PageRenderer.ba04("coordinator"), Language.BS, Map.of("line", line,
                "allocations", allocations, "figures", PageRenderer.json("""
                        {"currency":"BAM","all":%1$s,"byYear":[{"year":2023,"figures":%1$s}],"bySource":[],"byFinancing":[],
                         "byHolder":[],"byCurrency":[],"byCoFinancingGroup":[],"byPlan":[],"byNode":[],"unlinkedLines":0,
                         "warnings":[]}""".formatted(FIGURES_2023))));

        assertThat(html).contains("Ova linija pripada nivou ba.").contains("ISF 140005 · 75 %").contains("130.000,00 BAM")
                .contains("osigurano").contains("planirano").contains("još nije poznato")
                .contains("31.12.2023.").contains("129.999,04 BAM").contains("poništeno 03.11.2023.").contains("uneseno dvaput")
                .contains("59,0905 %");
        // the child's own activity is a link; the owner's activity (another jurisdiction) is only named
        assertThat(html).contains("href=\"/t/ba-04/plans/q/activities/a426\"").doesNotContain("/t/ba-04/plans/p/activities/a152")
                .contains("ba 1.5.2").contains("udio 50 %");
        assertThat(html).as("a line of the level above is read-only here, even for a coordinator").doesNotContain("record-payment");
    }

    @Test
    void aCoordinatorRecordsAPaymentOnAnOwnLineTypedTheTenantsWay() {
        Map<String, Object> line = PageRenderer.json("""
                {"id":"l1","owner":"ba-04","readOnly":false,"code":"140005","title":"Obuka","currency":"BAM",
                 "holder":{"name":"MUP ZDK"},"source":{"kind":"cantonal_budget"},"allocations":[],"links":[],"transactions":[],
                 "version":1}""");
        Map<String, Object> figures = PageRenderer.json("{\"currency\":\"BAM\",\"byYear\":[]}");
        PaymentForm typed = new PaymentForm("expenditure", "5.000,50", "2025-03-01", "Ministarstvo finansija", "MUP", "Obuka");
        String html = PageRenderer.render("funding-line", PageRenderer.ba04("coordinator"), Language.BS, Map.of("line", line,
                "allocations", List.of(), "figures", figures, "paymentTypes", PaymentForm.TYPES, "payment", typed));
        assertThat(html).contains("Evidentiranje plaćanja").contains("action=\"/t/ba-04/funding/lines/l1/payments\"")
                .contains("Iznos (BAM)").contains("na primjer 5.000,50").contains("value=\"5.000,50\"")
                .contains("<option value=\"expenditure\" selected=\"selected\">potrošeno</option>");
        String viewer = PageRenderer.render("funding-line", PageRenderer.ba04("viewer"), Language.BS, Map.of("line", line,
                "allocations", List.of(), "figures", figures, "paymentTypes", PaymentForm.TYPES));
        assertThat(viewer).doesNotContain("record-payment");

        assertThat(typed.problems(',')).isEmpty();
        assertThat(typed.body("BAM", ',')).containsEntry("amount", "5000.50").containsEntry("currency", "BAM")
                .containsEntry("type", "expenditure").containsEntry("provider", Map.of("name", "Ministarstvo finansija"));
    }

    @Test
    void anAmountIsReadAsTheTenantWritesItAndNothingElseIsTakenForOne() {
        assertThat(PaymentForm.plainAmount("129.999,04", ',')).isEqualTo("129999.04");
        assertThat(PaymentForm.plainAmount("5000", ',')).isEqualTo("5000");
        assertThat(PaymentForm.plainAmount(" 45.000,00 KM", ',')).isEqualTo("45000.00");
        assertThat(PaymentForm.plainAmount("1,250.50", '.')).isEqualTo("1250.50");
        assertThat(PaymentForm.plainAmount("5.00", ',')).as("a decimal point where the tenant writes a comma").isNull();
        assertThat(PaymentForm.plainAmount("-5", ',')).isNull();
        assertThat(PaymentForm.plainAmount("1e5", ',')).isNull();
        assertThat(PaymentForm.plainAmount("5,123", ',')).as("three decimals").isNull();
        assertThat(PaymentForm.plainAmount("1234567890123456", ',')).isNull();
        assertThat(new PaymentForm("gift", "0", "31.12.2025", null, null, "x".repeat(501)).problems(','))
                .containsExactly("funding.payment.typeRequired", "funding.payment.amountInvalid", "funding.payment.dateInvalid",
                        "funding.payment.tooLong");
    }

    @Test
    void anActivityPageShowsItsLinesSharedOnceAndWhatThePlanOnlyRepeatsApart() {
        Map<String, Object> money = PageRenderer.json("""
                {"tenant":"ba","planId":"p","activityId":"a152","code":"1.5.2","title":"Sigurne kuće","status":"funded",
                 "lines":[{"lineId":"l9","owner":"ba","readOnly":false,"code":null,"title":"Sigurne kuće","holder":"MS BiH",
                   "currency":"BAM","sharing":"shared","sharedBy":2,"sharePct":null,"planned":"520000.00",
                   "years":[{"year":2020,"amount":"130000.00","status":"indicative"},{"year":null,"amount":null,"status":"to_be_determined"}],
                   "disbursed":"129999.04","spent":"0","toBeDetermined":1}],
                 "restatedAmounts":[{"label":"najmanje 50.000 KM godišnje","amount":"50000","currency":"BAM","year":null}],
                 "namedSources":[{"kind":"donor","label":"IOM","holder":null}],"funders":[]}""");
        String html = PageRenderer.render("activity", PageRenderer.ba04("viewer"), Language.BS, Map.of(
                "plan", PageRenderer.json("{\"id\":\"p\",\"title\":\"Akcioni plan\"}"),
                "activity", PageRenderer.json("""
                        {"id":"a152","code":"1.5.2","title":"Sigurne kuće","deadline":"2023","leadInstitutions":["MS BiH"],
                         "partnerInstitutions":[],"indicators":[],"resources":null,"description":null}"""),
                "history", List.of(), "funding", new ActivityMoney(money, null)));

        assertThat(html).contains("dijeljeno (2)").contains("520.000,00 BAM").contains("2020").contains("iznos još nije poznat")
                .contains("129.999,04").contains("finansirano").contains("najmanje 50.000 KM godišnje").contains("50.000,00 BAM")
                .contains("Izvori koje plan navodi bez iznosa").contains("IOM");

        String unavailable = PageRenderer.render("activity", PageRenderer.ba04("viewer"), Language.SL, Map.of(
                "plan", PageRenderer.json("{\"id\":\"p\",\"title\":\"Akcijski načrt\"}"),
                "activity", PageRenderer.json("{\"id\":\"a\",\"code\":\"1\",\"title\":\"Naloga\",\"leadInstitutions\":[],"
                        + "\"partnerInstitutions\":[],\"indicators\":[]}"),
                "history", List.of(), "funding", new ActivityMoney(null, "problem.upstream-unavailable")));
        assertThat(unavailable).contains("Financiranje").doesNotContain("Te naloge ne financira");
    }
}
