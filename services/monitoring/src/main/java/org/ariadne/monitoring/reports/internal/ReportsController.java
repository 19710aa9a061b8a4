package org.ariadne.monitoring.reports.internal;

import static com.mongodb.client.model.Filters.eq;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.monitoring.jobs.Job;
import org.ariadne.monitoring.jobs.Jobs;
import org.ariadne.monitoring.reports.ReportContent;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.web.ProblemException;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report generation as a job ({@code 202} + the job's location; the finished job points at the file) and the
 * download of generated files, for the tenant in context. Files live in the tenant's {@code report_files}.
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class ReportsController {

    static final String FILES = "report_files";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "json", "application/json",
            "csv", "text/csv; charset=utf-8");

    private final RoundQueries rounds;
    private final Jobs jobs;
    private final TenantDatabases databases;
    private final List<Path> pdfFonts;

    ReportsController(RoundQueries rounds, Jobs jobs, TenantDatabases databases,
            @Value("${ariadne.monitoring.reports.pdf-fonts:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}")
            List<String> pdfFonts) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.databases = databases;
        this.pdfFonts = pdfFonts.stream().map(Path::of).toList();
    }

    record GenerateReport(@NotNull @Pattern(regexp = "docx|pdf|json|csv") String format) {
    }

    @PostMapping("/rounds/{roundId}/reports")
    ResponseEntity<Job> generate(@PathVariable String tenant, @PathVariable String roundId,
            @Valid @RequestBody GenerateReport request) {
        // Read now, render later: the report shows the round as it was when it was asked for.
        RoundData data = rounds.data(roundId);
        RollUp rollUp = rounds.rollUp(roundId);
        ReportingSettings settings = rounds.settings();
        String jobId = jobs.start("report-" + request.format(), progress -> {
            byte[] content = render(request.format(), data, rollUp, settings, progress);
            String fileId = UUID.randomUUID().toString();
            databases.current().getCollection(FILES).insertOne(new Document("_id", fileId).append("roundId", roundId)
                    .append("format", request.format()).append("size", content.length)
                    .append("createdAt", Instant.now().toString()).append("content", new Binary(content)));
            return "/api/t/" + tenant + "/monitoring/reports/" + fileId;
        });
        return ResponseEntity.accepted().location(URI.create("/api/t/" + tenant + "/monitoring/jobs/" + jobId))
                .body(jobs.job(jobId));
    }

    @GetMapping("/reports/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable String fileId) {
        Document file = databases.current().getCollection(FILES).find(eq("_id", fileId)).first();
        if (file == null) {
            throw ProblemException.notFound("Report " + fileId);
        }
        String format = file.getString("format");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPES.get(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + file.getString("roundId")
                        + "." + format + "\"")
                .body(file.get("content", Binary.class).getData());
    }

    byte[] render(String format, RoundData data, RollUp rollUp, ReportingSettings settings, Jobs.Progress progress) {
        return Renderers.render(format, data, rollUp, settings, pdfFonts, progress);
    }

    /** The renderers behind one entry point, also for the benchmark. */
    static final class Renderers {

        private Renderers() {
        }

        static byte[] render(String format, RoundData data, RollUp rollUp, ReportingSettings settings, List<Path> fonts,
                Jobs.Progress progress) {
            ReportContent content = ReportContent.of(data, rollUp, settings);
            int total = Math.max(1, content.sections().size());
            int[] done = new int[1];
            Runnable tick = () -> progress.report(++done[0] * 90 / total);
            switch (format) {
                case "docx":
                    return DocxRenderer.render(content, tick);
                case "pdf":
                    return PdfRenderer.render(content, fonts, tick);
                case "csv":
                    return CsvRenderer.render(data);
                default:
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("round", data);
                    json.put("rollUp", rollUp);
                    json.put("content", content);
                    return JSON.writeValueAsBytes(json);
            }
        }
    }
}
