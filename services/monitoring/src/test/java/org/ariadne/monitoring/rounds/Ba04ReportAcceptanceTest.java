package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Acceptance for the ba-04 demo: the plan of seed 003 reaches monitoring through plans.events, the printed
 * 2021–2024 round is imported through the API exactly as load-monitoring.sh does it, with ba-04 configured as the
 * report counts and prints; the roll-up per area then reads as the report's conclusion.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ba04ReportAcceptanceTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    RoundsApi ba04;
    PlanEvents plan;
    String roundId;

    @BeforeAll
    void importTheRound() {
        TestTenants.provision(context, "ba-04", "me");
        ba04 = new RoundsApi(port, "ba-04");
        plan = Ba04Seed.sendPlan("ba-04");
        new MonitoringApi(port).awaitPlan("ba-04", plan.planId(), 106);

        Api.Response settings = ba04.put("/settings/reporting", Ba04Seed.file("ba-04-reporting-settings.json"));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        JsonNode job = ba04.awaitJob(ba04.post("/plans/" + plan.planId() + "/rounds/import", Ba04Seed.importRequest()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        roundId = job.get("result").get("resourceId").asString();
    }

    @Test
    void theRollUpPerAreaReadsAsTheReportsConclusion() {
        JsonNode rollUp = RoundsApi.json(ba04.get("/rounds/" + roundId + "/rollup"));

        List<String> areas = new ArrayList<>();
        for (JsonNode row : rollUp.get("rows")) {
            if (row.get("level").asInt() == 1) {
                areas.add(row.get("code").asString() + ": " + row.get("planned").asInt() + " planned, "
                        + row.get("implemented").asInt() + " implemented, " + row.get("notStarted").asInt()
                        + " not started, " + row.get("percentageText").asString() + "%");
            }
        }
        // Area 4: 31 planned, 26 implemented and 83,8% as printed; the activities give 5 not started, the report 4.
        assertThat(areas).containsExactly(
                "1: 27 planned, 27 implemented, 0 not started, 100%",
                "2: 19 planned, 17 implemented, 2 not started, 89,4%",
                "3: 23 planned, 21 implemented, 2 not started, 91,3%",
                "4: 31 planned, 26 implemented, 5 not started, 83,8%",
                "5: 6 planned, 6 implemented, 0 not started, 100%");
        for (JsonNode row : rollUp.get("rows")) {
            if (row.get("level").asInt() == 1) {
                assertThat(Ba04Seed.CONCLUSION).contains("(Procenat izvršenja " + row.get("percentageText").asString() + "% )");
                assertThat(Ba04Seed.CONCLUSION).contains(" " + row.get("planned").asInt() + " ");
            }
        }
        assertThat(rollUp.get("overall").get("planned").asInt()).isEqualTo(106);
    }

    @Test
    void theConsistencyCheckFlagsExactlyTheConclusionsFourNotStartedInArea4() {
        JsonNode rollUp = RoundsApi.json(ba04.get("/rounds/" + roundId + "/rollup"));

        List<JsonNode> errors = new ArrayList<>();
        rollUp.get("issues").forEach(i -> {
            if ("error".equals(i.get("severity").asString())) {
                errors.add(i);
            }
        });
        assertThat(errors).hasSize(1);
        JsonNode issue = errors.get(0);
        assertThat(issue.get("kind").asString()).isEqualTo("count_mismatch");
        assertThat(issue.get("code").asString()).isEqualTo("4");
        assertThat(issue.get("field").asString()).isEqualTo("notStarted");
        assertThat(issue.get("printed").asString()).isEqualTo("4");
        assertThat(issue.get("computed").asString()).isEqualTo("5");
        assertThat(issue.get("message").asString()).contains("26 + 4 ≠ 31");
    }

    @Test
    void theGeneratedSentencesUseTheReportsWording() {
        JsonNode rollUp = RoundsApi.json(ba04.get("/rounds/" + roundId + "/rollup"));
        List<String> sentences = new ArrayList<>();
        rollUp.get("sentences").forEach(s -> sentences.add(s.asString()));

        assertThat(sentences).hasSize(5);
        assertThat(Ba04Seed.CONCLUSION).contains(sentences.get(0)).contains(sentences.get(1));
        assertThat(sentences.get(1)).isEqualTo("„Prevencija“, od ukupno predviđenih 19 aktivnosti, implementirano je 17 "
                + "aktivnosti, dok 2 aktivnosti nisu pokrenute (Procenat izvršenja 89,4% )");
        assertThat(sentences.get(0)).isEqualTo("u okviru „Sistema podrške“ implementirano je svih 27 planiranih aktivnosti "
                + "(Procenat izvršenja 100% )");
        assertThat(sentences.get(3)).contains("„Zaštite žrtava trgovine ljudima“").contains("(Procenat izvršenja 83,8% )");
    }

    @Test
    void theImportKeepsNarrativesMarkersAndFiguresPerActivity() {
        JsonNode activities = RoundsApi.json(ba04.get("/rounds/" + roundId + "/activities")).get("activities");
        assertThat(activities).hasSize(106);
        JsonNode first = activities.get(0);
        assertThat(first.get("activity").get("code").asString()).isEqualTo("1.1.1");
        assertThat(first.get("report").get("narrative").asString()).startsWith("Dana 24.02.2021. godine na 95. sjednici");
        assertThat(first.get("report").get("figures").get(0).get("value").asString()).isEqualTo("95");
        assertThat(first.get("report").get("figures").get(0).get("scope").asString()).isEqualTo("ZDK");
        long notStarted = 0;
        for (JsonNode a : activities) {
            if ("not_started".equals(a.get("status").asString())) {
                notStarted++;
                assertThat(a.get("report").get("completion").asInt()).isZero();
            }
        }
        assertThat(notStarted).isEqualTo(9);
    }

    @Test
    void theDashboardListsNotStartedActivitiesResponsesAndEvidenceQuality() {
        JsonNode dashboard = RoundsApi.json(ba04.get("/rounds/" + roundId + "/dashboard"));

        assertThat(dashboard.get("notStarted")).hasSize(9);
        assertThat(dashboard.get("notStarted").get(0).get("code").asString()).isEqualTo("2.4.2");
        assertThat(dashboard.get("responseRate").asDouble()).isEqualTo(1.0);
        dashboard.get("responses").forEach(r -> assertThat(r.get("state").asString()).isEqualTo("accepted"));
        int total = 0;
        for (JsonNode count : dashboard.get("evidenceQuality")) {
            total += count.asInt();
        }
        assertThat(total).isEqualTo(106);
        assertThat(dashboard.get("evidenceQuality").get("own_evidence").asInt()).isPositive();
        assertThat(dashboard.get("evidenceQuality").get("external_only").asInt()).isPositive();
        JsonNode areas = dashboard.get("statusPerLevel").get(0);
        assertThat(areas.get("levelName").asString()).isEqualTo("Oblast");
        assertThat(areas.get("statuses").get("not_started").asInt()).isEqualTo(9);
    }

    @Test
    void importingTheSameRoundAgainIsAConflictAndUnknownCodesAreRejectedLineByLine() {
        Api.Response again = ba04.post("/plans/" + plan.planId() + "/rounds/import", Ba04Seed.importRequest());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem("conflict")).as(again.toString()).isTrue();

        String wrongCode = Ba04Seed.importRequest().replace("\"code\": \"1.1.2\"", "\"code\": \"9.9.9\"")
                .replace("\"code\":\"1.1.2\"", "\"code\":\"9.9.9\"").replace("\"final\"", "\"annual\"");
        Api.Response rejected = ba04.post("/plans/" + plan.planId() + "/rounds/import", wrongCode);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
        assertThat(rejected.isProblem("validation-failed")).isTrue();
        assertThat(rejected.<List<String>>json("$.errors[*].pointer")).containsExactly("/lines/1/code");
        assertThat(ba04.get("/plans/" + plan.planId() + "/rounds").<List<String>>json("$.rounds[*].roundId"))
                .containsExactly(roundId);
    }

    @Test
    void theDocxHasTheSixColumnTablesAndTheBosnianConclusion() throws IOException {
        byte[] docx = generate("docx");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSizeGreaterThanOrEqualTo(20);
            int rows = 0;
            for (XWPFTable table : tables) {
                assertThat(table.getRow(0).getTableCells()).hasSize(6);
                assertThat(table.getRow(0).getCell(5).getText()).isEqualTo("Ostvareni rezultati");
                rows += table.getNumberOfRows() - 1;
            }
            assertThat(rows).isEqualTo(106);
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("Aktivnost");
            assertThat(tables.get(0).getRow(1).getCell(0).getText()).startsWith("1.1.1 Donijeti Odluku");
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("3. Zaključak", "1. Pravni osnov",
                    "„Prevencija“, od ukupno predviđenih 19 aktivnosti, implementirano je 17 aktivnosti, dok 2 "
                            + "aktivnosti nisu pokrenute (Procenat izvršenja 89,4% ).",
                    "U okviru „Sistema podrške“ implementirano je svih 27 planiranih aktivnosti (Procenat izvršenja 100% ).");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("Strateški program 1.1 Usvojiti akcione planove"));
        }
    }

    @Test
    void thePdfRendersWithTheBosnianLetters() throws IOException {
        byte[] pdf = generate("pdf");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("3. Zaključak").contains("Procenat izvršenja 89,4%")
                    .contains("Zaštite žrtava trgovine ljudima").contains("Ostvareni rezultati: Dana 24.02.2021. godine");
        }
    }

    @Test
    void jsonAndCsvCarryEveryActivity() {
        JsonNode json = PlanEvents.JSON.readTree(generate("json"));
        assertThat(json.get("round").get("activities")).hasSize(106);
        assertThat(json.get("rollUp").get("sentences")).hasSize(5);

        String csv = new String(generate("csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(107);
        assertThat(csv).contains("\"1.1.1\",\"Donijeti Odluku");
    }

    @Test
    void aReportOfAnUnknownRoundOrFormatIsAProblem() {
        Api.Response unknownRound = ba04.post("/rounds/no-such-round/reports", "{\"format\":\"pdf\"}");
        assertThat(unknownRound.status()).isEqualTo(404);
        assertThat(unknownRound.isProblem("not-found")).isTrue();
        Api.Response badFormat = ba04.post("/rounds/" + roundId + "/reports", "{\"format\":\"exe\"}");
        assertThat(badFormat.status()).isEqualTo(422);
        assertThat(badFormat.isProblem("validation-failed")).isTrue();
    }

    private byte[] generate(String format) {
        JsonNode job = ba04.awaitJob(ba04.post("/rounds/" + roundId + "/reports", "{\"format\":\"" + format + "\"}"));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("kind").asString()).isEqualTo("monitoring.report");
        assertThat(job.get("result").get("type").asString()).isEqualTo("file");
        System.out.println("JOB monitoring.report: " + job);
        return ba04.download(job.get("result").get("href").asString());
    }
}
