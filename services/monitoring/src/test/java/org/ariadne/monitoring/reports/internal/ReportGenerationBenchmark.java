package org.ariadne.monitoring.reports.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.jobs.JobContext;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.ActivityStatus;
import org.ariadne.monitoring.rounds.Figure;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RollUps;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report rendering time for the 106-activity ba-04 round and for generated 1,000- and 10,000-activity plans, per
 * format (the roll-up included). Not part of the suite; run it with
 * {@code ./mvnw -B -o -pl services/monitoring test -Dsurefire.excludedGroups=docker -Dsurefire.groups=benchmark}.
 * Results go to standard output; docs/benchmarks.md ("Monitoring report") records them.
 */
@Tag("benchmark")
class ReportGenerationBenchmark {

    private static final List<Path> FONT_FILES = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    /** Parsed once, as the service does. */
    private static final PdfFonts FONTS = PdfFonts.of(FONT_FILES);
    private static final ReportingSettings ZDK = new ReportingSettings(
            Map.of(ActivityStatus.ONGOING, "implemented", ActivityStatus.PARTIALLY_IMPLEMENTED, "implemented",
                    ActivityStatus.NOT_IMPLEMENTED, "implemented", ActivityStatus.NO_DATA, "implemented"),
            "truncate", 1, ",", "bs", "ZDK");

    /** {@code -Dbench.rounds=ba04,1000,10000} and {@code -Dbench.formats=docx,pdf,…} pick what to measure. */
    @Test
    void ba04RoundAndAThousandActivityPlan() throws Exception {
        List<String> rounds = List.of(System.getProperty("bench.rounds", "ba04,1000,10000").split(","));
        if (rounds.contains("ba04")) {
            measure("ba-04 (106 activities)", ba04());
        }
        if (rounds.contains("1000")) {
            measure("generated (1,000 activities)", generated(1000));
        }
        if (rounds.contains("10000")) {
            measure("generated (10,000 activities)", generated(10_000));
        }
    }

    private static void measure(String name, RoundData data) {
        // "pdf, font per document": the fonts read and parsed for each document, as before they were kept (the ratio)
        List<String> formats = List.of(System.getProperty("bench.formats", "docx,pdf,pdf-font-per-document,json,csv").split(","));
        for (String format : formats.stream().map(f -> f.replace("pdf-font-per-document", "pdf, font per document")).toList()) {
            render(format, data); // warm-up
            int runs = data.activities().size() > 5000 ? 2 : 5;
            long best = Long.MAX_VALUE;
            long total = 0;
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                size = render(format, data).length;
                long ms = (System.nanoTime() - start) / 1_000_000;
                best = Math.min(best, ms);
                total += ms;
            }
            System.out.printf("BENCHMARK monitoring report | %-30s | %-22s | best %5d ms | mean %5d ms | %8d bytes%n",
                    name, format, best, total / runs, size);
        }
    }

    private static final JobContext NO_PROGRESS = new JobContext() {
        @Override
        public String jobId() {
            return "benchmark";
        }

        @Override
        public void progress(int done, int total) {
        }

        @Override
        public void details(Object details) {
        }
    };

    private static byte[] render(String format, RoundData data) {
        RollUp rollUp = RollUps.compute(data, ZDK);
        if (format.startsWith("pdf, ")) {
            return ReportsController.Renderers.render("pdf", data, rollUp, ZDK, PdfFonts.of(FONT_FILES), NO_PROGRESS);
        }
        return ReportsController.Renderers.render(format, data, rollUp, ZDK, FONTS, NO_PROGRESS);
    }

    private static RoundData ba04() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<RoundNode> nodes = new ArrayList<>();
        List<RoundActivity> activities = new ArrayList<>();
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        String title = null;
        for (String text : Files.readAllLines(Path.of("../../infra/local/demo/seeds/ba-04-monitoring-report-2021-2024.jsonl"),
                StandardCharsets.UTF_8)) {
            JsonNode line = json.readTree(text);
            title = line.get("plan").asString();
            String parent = null;
            int level = 1;
            for (JsonNode step : line.get("path")) {
                String code = step.get("code").asString();
                if (seen.add(code)) {
                    nodes.add(new RoundNode(code, parent, level, code, step.get("title").asString()));
                }
                parent = code;
                level++;
            }
            String code = line.get("code").asString();
            List<String> leads = new ArrayList<>();
            line.get("lead_institutions").forEach(l -> leads.add(l.asString()));
            activities.add(new RoundActivity(code, parent, code, line.get("title").asString(),
                    line.get("deadline_raw").asString(), leads, List.of(), line.path("indicator_raw").asString(""),
                    line.path("resources_raw").asString(""), null));
            JsonNode report = line.get("report");
            String marker = report.path("status_marker").asString("");
            String status = marker.startsWith("0") ? ActivityStatus.NOT_STARTED : report.get("suggested_status").asString();
            reports.put(code, new ActivityReport(code, status, null, report.path("narrative").asString(""), "bs", List.of()));
        }
        return new RoundData("bench-ba04", "plan", title, List.of("Oblast", "Strateški program"), "final", "2021-01-01",
                "2024-12-31", "Vlada ZDK", "Pravni osnov", null, "open", nodes, activities, reports, List.of(), List.of());
    }

    private static RoundData generated(int count) {
        List<RoundNode> nodes = new ArrayList<>();
        List<RoundActivity> activities = new ArrayList<>();
        Map<String, ActivityReport> reports = new LinkedHashMap<>();
        String narrative = "Održano je više obuka za policijske službenike i tužioce o identifikaciji žrtava trgovine "
                + "ljudima; učestvovalo je ukupno 40 osoba (22 žene i 18 muškaraca), a materijali su dostupni.";
        for (int area = 1; area <= 10; area++) {
            nodes.add(new RoundNode("n" + area, null, 1, String.valueOf(area), "Oblast broj " + area));
            for (int programme = 1; programme <= 10; programme++) {
                String programmeCode = area + "." + programme;
                nodes.add(new RoundNode("n" + programmeCode, "n" + area, 2, programmeCode, "Program " + programmeCode));
                for (int a = 1; a <= count / 100; a++) {
                    String code = programmeCode + "." + a;
                    activities.add(new RoundActivity(code, "n" + programmeCode, code, "Aktivnost " + code
                            + ": provesti kampanju podizanja svijesti u školama i lokalnim zajednicama", "2023",
                            List.of("MUP", "Ministarstvo obrazovanja"), List.of("NVO"), "Broj kampanja", "Budžet",
                            "2023-12-31"));
                    reports.put(code, new ActivityReport(code, a % 7 == 0 ? ActivityStatus.NOT_STARTED : ActivityStatus.ONGOING,
                            null, narrative, "bs", List.of(new Figure("učesnici", java.math.BigDecimal.valueOf(40), null, "2023", "ZDK"))));
                }
            }
        }
        return new RoundData("bench-generated", "plan", "Generisani plan", List.of("Oblast", "Program"), "final",
                "2021-01-01", "2024-12-31", null, null, null, "open", nodes, activities, reports, List.of(), List.of());
    }
}
