package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.funding.AllocationForm;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.funding.LineForm;
import org.ariadne.webapp.i18n.Language;
import org.ariadne.webapp.shell.FieldErrors;
import org.junit.jupiter.api.Test;

/**
 * The funding pages beyond reading: a coordinator creates and changes budget lines and their money by year, decides
 * on the lines the plans propose, rolls the totals up with the levels below and downloads the exports; problems come
 * back field by field in the user's language; a viewer sees no control that changes anything.
 */
class MoneyEditingPagesTest {

    static Map<String, Object> lineFormModel(LineForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("creating", true);
        model.put("sourceKinds", LineForm.SOURCE_KINDS);
        model.put("allocationStatuses", AllocationForm.STATUSES);
        if (errors != null) {
            model.put("errors", errors);
        }
        return model;
    }

    @Test
    void aNewLinesFormOffersTheSourcesYearRowsAndActivitiesInTheUsersLanguage() {
        String html = PageRenderer.render("funding-line-form", PageRenderer.ba04("coordinator"), Language.BS,
                lineFormModel(LineForm.empty("BAM"), null));

        assertThat(html).contains("Nova budžetska linija").contains("action=\"/t/ba-04/funding/lines\"")
                .contains("<option value=\"cantonal_budget\">Budžet kantona</option>").contains("value=\"BAM\"")
                .contains("id=\"allocation-year-3\"").doesNotContain("id=\"allocation-year-4\"")
                .contains("<option value=\"secured\">osigurano</option>").contains("na primjer 5.000,50")
                .contains("Aktivnosti plana koje ova linija finansira").doesNotContain("field-error");
    }

    @Test
    void aRefusedLineComesBackAsTypedWithEachProblemNextToItsField() {
        LineForm typed = new LineForm("", "Obuka \"><img src=x onerror=alert(1)>", "KM", "", "cantonal_budget", null, null, null, null,
                List.of("2025", "2025", "", "20x5"), List.of("12.000,00", "1.000,00", "", "5"), List.of("secured", "indicative",
                        "indicative", "indicative"), "1.1.1; 1.1.2", null);
        Map<String, String> problems = typed.problems(',', true);
        assertThat(problems).containsEntry("currency", "funding.line.currencyKm").containsEntry("holder.name", "funding.line.holderRequired")
                .containsEntry("allocations.1.year", "funding.allocation.yearTwice")
                .containsEntry("allocations.2.year", "funding.allocation.yearInvalid").doesNotContainKey("title");

        String html = PageRenderer.render("funding-line-form", PageRenderer.ba04("coordinator"), Language.BS,
                lineFormModel(typed, FieldErrors.of(problems)));
        assertThat(html).contains("Za konvertibilnu marku (KM) upišite BAM.").contains("Upišite instituciju koja troši novac")
                .contains("Ova godina je već u tabeli.").contains("Upišite godinu s četiri cifre")
                .contains("value=\"12.000,00\"").contains("value=\"1.1.1; 1.1.2\"")
                .contains("value=\"Obuka &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"").doesNotContain("<img src=x");
        // the typed rows first (as the API numbers them), the empty ones after
        assertThat(typed.displayRows()).hasSize(4);
        assertThat(typed.displayRows().get(2).year()).isEqualTo("20x5");
    }

    @Test
    void theServicesRefusalOfAFieldIsShownOnThatFieldWithItsOwnWords() {
        ApiProblemException refused = new ApiProblemException(422, "validation-failed", "2 fields",
                List.of(new ApiProblemException.FieldError("/allocations/0/amount", "at most 2 decimals for BAM"),
                        new ApiProblemException.FieldError("/links/1", "no activity 9.9.9 in the tenant's plans")), Map.of());
        FieldErrors errors = FieldErrors.of(refused).collapsed("links");
        assertThat(errors.has("allocations.0.amount")).isTrue();
        assertThat(errors.key("links")).isEqualTo("form.refused");
        assertThat(errors.detail("links")).isEqualTo("no activity 9.9.9 in the tenant's plans");

        LineForm typed = new LineForm(null, "Obuka", "BAM", "MUP", "cantonal_budget", null, null, null, null, List.of("2025"),
                List.of("12.000,005"), List.of("secured"), "1.1.1; 9.9.9", null);
        String html = PageRenderer.render("funding-line-form", PageRenderer.ba04("coordinator"), Language.HR, lineFormModel(typed, errors));
        assertThat(html).contains("Platforma nije prihvatila ovu vrijednost.").contains("(at most 2 decimals for BAM)")
                .contains("(no activity 9.9.9 in the tenant&#39;s plans)");
    }

    @Test
    void aLineIsSentExactlyAsTheApiTakesItWithAmountsTypedTheTenantsWay() {
        LineForm form = new LineForm(" 1.1.1-OB ", " Obuka policijskih službenika ", "bam", "MUP Ze-do kantona", "cantonal_budget",
                "", "", "", "", List.of("2025", "", "2026", "2027"), List.of("12.000,00", "", "8000", ""),
                List.of("secured", "indicative", "indicative", "to_be_determined"), "1.1.1;1.1.2\n1.1.1", null);
        assertThat(form.problems(',', true)).isEmpty();
        Map<String, Object> body = form.createBody(',');
        assertThat(body).containsEntry("code", "1.1.1-OB").containsEntry("title", "Obuka policijskih službenika")
                .containsEntry("currency", "BAM").containsEntry("holder", Map.of("name", "MUP Ze-do kantona"))
                .doesNotContainKey("coFinancing");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "cantonal_budget");
        source.put("programme", null);
        source.put("funder", null);
        assertThat(body.get("source")).isEqualTo(source);
        assertThat(body.get("links")).isEqualTo(List.of(Map.of("code", "1.1.1"), Map.of("code", "1.1.2")));
        assertThat(body.get("allocations")).isEqualTo(List.of(
                Map.of("year", 2025, "amount", "12000.00", "status", "secured"),
                Map.of("year", 2026, "amount", "8000", "status", "indicative"),
                Map.of("year", 2027, "status", "to_be_determined")));

        assertThat(new AllocationForm("2025", "100", "to_be_determined").problems("", ','))
                .containsEntry("amount", "funding.allocation.noAmountWhenUnknown");
        assertThat(new AllocationForm("1989", "5.00", "indicative").problems("", ','))
                .containsEntry("year", "funding.allocation.yearInvalid").containsEntry("amount", "funding.allocation.amountInvalid");
        assertThat(new LineForm(null, "x", "EUR", "y", "eu_fund", null, null, "ISF 140005", "120", null, null, null, null, null)
                .problems('.', false)).containsOnlyKeys("coFinancing.sharePct");
    }

    @Test
    void theTotalsRollUpTheLevelsBelowOnRequestAndOfferTheExportsToCoordinators() {
        Map<String, Object> totals = PageRenderer.json(FundingPagesTest.TOTALS.replace("\"tenants\":[\"ba\"]", "\"tenants\":[\"ba\",\"ba-04\"]"));
        Map<String, Object> model = Map.of("totals", totals, "currencies", FundingFigures.currencies("BAM"), "currency", "BAM",
                "restated", List.of(), "included", List.of("ba-04"), "include", "ba-04");
        String html = PageRenderer.render("funding-totals", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(html).contains("Ukupni iznosi za ba, ba-04 zajedno").contains("id=\"include\"").contains("value=\"ba-04\"")
                .contains("action=\"/t/ba-04/funding/exports/table\"").contains("Tabela finansiranja (Excel, BAM)")
                .contains("Datoteka za donatore (IATI, XML)");
        String viewer = PageRenderer.render("funding-totals", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("Ukupni iznosi za ba, ba-04 zajedno").doesNotContain("/exports/");

        assertThat(FundingFigures.tenantsBelow(" BA-04, ba-05 ba-04", "ba")).containsExactly("ba-04", "ba-05");
        assertThat(FundingFigures.tenantsBelow("ba", "ba")).isEmpty();
        assertThat(FundingFigures.tenantsBelow("", "ba")).isEmpty();
        assertThat(FundingFigures.tenantsBelow("ba-04&currency=JPY", "ba")).isNull();
        assertThat(FundingFigures.tenantsBelow("../identity", "ba")).isNull();
    }

    @Test
    void aCoordinatorChangesAnOwnLinesMoneyByYearAndAViewerOnlyReadsIt() {
        Map<String, Object> line = PageRenderer.json("""
                {"id":"l1","owner":"ba-04","readOnly":false,"code":"140005","title":"Obuka","currency":"BAM",
                 "holder":{"name":"MUP ZDK"},"source":{"kind":"cantonal_budget"},"allocations":[],"links":[],"transactions":[],
                 "version":7}""");
        List<Map<String, Object>> allocations = PageRenderer.jsonList("""
                [{"year":2025,"amount":"12000.00","status":"secured"},{"year":null,"amount":null,"status":"to_be_determined"}]""");
        Map<String, Object> model = Map.of("line", line, "allocations", allocations, "figures",
                PageRenderer.json("{\"currency\":\"BAM\",\"byYear\":[]}"), "allocationStatuses", AllocationForm.STATUSES);

        String coordinator = PageRenderer.render("funding-line", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(coordinator).contains("href=\"/t/ba-04/funding/lines/l1/edit\"").contains("Izmijeni liniju")
                .contains("action=\"/t/ba-04/funding/lines/l1/allocations\"").contains("name=\"version\" value=\"7\"")
                .contains("action=\"/t/ba-04/funding/lines/l1/allocations/2025/removal\"")
                .contains("action=\"/t/ba-04/funding/lines/l1/allocations/undated/removal\"")
                .contains("data-confirm=\"Ukloniti sredstva za 2025 s ove linije? Već evidentirana plaćanja ostaju.\"");

        String viewer = PageRenderer.render("funding-line", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("12.000,00 BAM").doesNotContain("/edit").doesNotContain("/allocations").doesNotContain("removal");
    }

    @Test
    void theProposalsShowWhatThePlansPrintAndOnlyACoordinatorDecides() {
        Map<String, Object> proposals = PageRenderer.json("""
                {"open":[{"key":"merge:ms-bih:bam:1","kind":"merge","title":"Sigurne kuće <script>alert(1)</script>","code":null,
                  "holder":"Ministarstvo sigurnosti BiH","currency":"BAM","sourceKind":"state_budget","programme":null,
                  "allocations":[{"year":2020,"amount":130000.00,"status":"indicative"},{"year":2021,"amount":130000.00,"status":"indicative"}],
                  "activities":[{"tenant":"ba-04","planId":"p","activityId":"a152","code":"1.5.2"},
                                {"tenant":"ba","planId":"p","activityId":"a429","code":"4.2.9"}],
                  "members":[],"printed":["130.000 KM"],"why":"same holder, currency and amounts"}],
                 "decided":[{"key":"k0","kind":"new_line","decision":"rejected","reason":"redovni budžet","decidedBy":"c",
                   "decidedAt":"2025-01-10T09:00:00Z","lineId":null,"summary":"1.5.1 Obuka"}]}""");
        Map<String, Object> model = Map.of("proposals", proposals);
        String coordinator = PageRenderer.render("funding-proposals", PageRenderer.ba04("coordinator"), Language.BS, model);
        assertThat(coordinator).contains("Linije predložene iz planova").contains("navedeno dvaput: jedna linija")
                .contains("Sigurne kuće &lt;script&gt;alert(1)&lt;/script&gt;").contains("130.000,00 BAM")
                .contains("href=\"/t/ba-04/plans/p/activities/a152\"").doesNotContain("a429").contains("ba 4.2.9")
                .contains("action=\"/t/ba-04/funding/proposals/merge:ms-bih:bam:1/accept\"").contains("Zašto ne (obavezno)")
                .contains("odbijen").contains("redovni budžet").contains("10.01.2025.");
        String viewer = PageRenderer.render("funding-proposals", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(viewer).contains("Sigurne kuće").doesNotContain("/accept").doesNotContain("/reject");
    }

    @Test
    void anExportShowsItsProgressThenTheDownloadOrEveryProblemTheServiceFound() {
        Map<String, Object> running = PageRenderer.json("""
                {"id":"j1","kind":"funding.export.iati","state":"running","progress":{"done":1,"total":4}}""");
        Map<String, Object> model = new HashMap<>();
        org.springframework.ui.ExtendedModelMap jobModel = new org.springframework.ui.ExtendedModelMap();
        org.ariadne.webapp.shell.ExportJob.show(running, "/t/ba-04/funding/jobs/j1", "/t/ba-04/funding", jobModel);
        model.putAll(jobModel);
        String html = PageRenderer.render("export-job", PageRenderer.ba04("viewer"), Language.BS, model);
        assertThat(html).contains("Priprema datoteke").contains("hx-get=\"/t/ba-04/funding/jobs/j1\"").contains("value=\"25\"");

        Map<String, Object> failed = PageRenderer.json("""
                {"id":"j1","kind":"funding.export.iati","state":"failed","progress":{"done":4,"total":4},
                 "problem":{"type":"urn:ariadne:problem:validation-failed","title":"x","status":422,"detail":"The IATI file breaks 1 rule"},
                 "issues":[{"row":0,"column":"budget","problem":"a budget period longer than a year <b>"}]}""");
        jobModel = new org.springframework.ui.ExtendedModelMap();
        org.ariadne.webapp.shell.ExportJob.show(failed, "/t/ba-04/funding/jobs/j1", "/t/ba-04/funding", jobModel);
        html = PageRenderer.render("export-job", PageRenderer.ba04("viewer"), Language.EN, new HashMap<>(jobModel));
        assertThat(html).contains("The file could not be made.").contains("The IATI file breaks 1 rule")
                .contains("budget: ").contains("a budget period longer than a year &lt;b&gt;").doesNotContain("hx-get");

        Map<String, Object> done = PageRenderer.json("""
                {"id":"j1","state":"succeeded","progress":{"done":4,"total":4},"result":{"fileName":"ba-04-iati.xml"}}""");
        jobModel = new org.springframework.ui.ExtendedModelMap();
        org.ariadne.webapp.shell.ExportJob.show(done, "/t/ba-04/funding/jobs/j1", "/t/ba-04/funding", jobModel);
        html = PageRenderer.render("export-job", PageRenderer.ba04("viewer"), Language.SL, new HashMap<>(jobModel));
        assertThat(html).contains("Datoteka je pripravljena.").contains("href=\"/t/ba-04/funding/jobs/j1/download\"").contains("ba-04-iati.xml");
    }
}
