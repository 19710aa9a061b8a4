package org.ariadne.monitoring.reports.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobContext;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.monitoring.reports.ReportContent;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report generation as a job of kind {@value #REPORT} ({@code 202} + the job's location); the finished job's result is
 * the file, downloaded from {@code …/jobs/{id}/result}.
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class ReportsController {

    static final String REPORT = "monitoring.report";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "json", "application/json",
            "csv", "text/csv; charset=utf-8");

    private final RoundQueries rounds;
    private final Jobs jobs;
    /** Read and parsed once, for every PDF this instance renders. */
    private final PdfFonts pdfFonts;

    ReportsController(RoundQueries rounds, Jobs jobs,
            @Value("${ariadne.monitoring.reports.pdf-fonts:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,"
                    + "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}")
            List<String> pdfFonts) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.pdfFonts = PdfFonts.of(pdfFonts.stream().map(Path::of).toList());
    }

    record GenerateReport(@NotNull @Pattern(regexp = "docx|pdf|json|csv") String format) {
    }

    @PostMapping("/rounds/{roundId}/reports")
    ResponseEntity<Job> generate(@PathVariable String tenant, @PathVariable String roundId,
            @Valid @RequestBody GenerateReport request) {
        // Read now, render later: the report shows the round as it was when it was asked for.
        RoundQueries.Report report = rounds.report(roundId);
        Job job = jobs.start(REPORT, Map.of("roundId", roundId, "format", request.format()), running ->
                JobOutcome.file("report-" + roundId + "." + request.format(), CONTENT_TYPES.get(request.format()),
                        Renderers.render(request.format(), report.data(), report.rollUp(), report.settings(), pdfFonts,
                                running)));
        return ResponseEntity.accepted().location(URI.create("/api/t/" + tenant + "/monitoring/jobs/" + job.id())).body(job);
    }

    /** Report files are their job's result now; the old address says so for one release. */
    @GetMapping("/reports/{fileId}")
    ResponseEntity<byte[]> moved(@PathVariable String fileId) {
        throw new ProblemException(ProblemType.GONE, "A report is downloaded from its job's result: GET "
                + "/api/t/{tenant}/monitoring/jobs/{jobId}/result (see docs/monitoring.md, \"Jobs\").");
    }

    /** The renderers behind one entry point, also for the benchmark. */
    static final class Renderers {

        private Renderers() {
        }

        static byte[] render(String format, RoundData data, RollUp rollUp, ReportingSettings settings, PdfFonts fonts,
                JobContext job) {
            ReportContent content = ReportContent.of(data, rollUp, settings);
            int total = content.sections().size();
            int[] done = new int[1];
            Runnable tick = () -> job.progress(++done[0], total);
            byte[] rendered = switch (format) {
                case "docx" -> DocxRenderer.render(content, tick);
                case "pdf" -> PdfRenderer.render(content, fonts, tick);
                case "csv" -> CsvRenderer.render(data);
                default -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("round", data);
                    json.put("rollUp", rollUp);
                    json.put("content", content);
                    yield JSON.writeValueAsBytes(json);
                }
            };
            job.progress(total, total);
            return rendered;
        }
    }
}
