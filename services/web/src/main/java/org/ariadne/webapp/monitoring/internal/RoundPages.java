package org.ariadne.webapp.monitoring.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.JsonObject;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.ariadne.webapp.monitoring.ReportForm;
import org.ariadne.webapp.monitoring.RollupChart;
import org.ariadne.webapp.shell.ForbiddenPageException;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting rounds in the browser: the coordinator opens a round, follows the contributions on a board, returns or
 * accepts them, closes (freezes) the round and has the report made; a focal point fills in one form per activity,
 * saves it as a draft and sends the contribution. Every rule (who may do what, in which state) is the monitoring
 * service's: a refusal comes back as a message in the user's language.
 */
@Controller
class RoundPages {

    static final List<String> STATUSES = List.of("not_started", "ongoing", "partially_implemented", "implemented",
            "not_implemented", "no_data");

    private final PlatformApi api;

    RoundPages(PlatformApi api) {
        this.api = api;
    }

    // ---- rounds ----

    @GetMapping("/t/{tenant}/plans/{planId}/rounds/new")
    String newRound(@PathVariable String tenant, @PathVariable String planId, HttpServletRequest request, Model model) {
        TenantPage.of(request).requireCoordinator();
        model.addAttribute("plan", api.get("/api/t/{tenant}/plans/{planId}", tenant, planId));
        return "round-new";
    }

    @PostMapping("/t/{tenant}/plans/{planId}/rounds")
    String openRound(@PathVariable String tenant, @PathVariable String planId, @RequestParam String kind,
            @RequestParam String periodStart, @RequestParam String periodEnd, @RequestParam String dueDate,
            @RequestParam(required = false) String recipient, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        body.put("dueDate", dueDate);
        body.put("recipient", recipient == null || recipient.isBlank() ? null : recipient.strip());
        try {
            ApiResponse round = api.send(HttpMethod.POST, "/api/t/{tenant}/monitoring/plans/{planId}/rounds", body, tenant, planId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("round.opened"));
            return "redirect:/t/" + tenant + "/rounds/" + Json.text(round.body(), "roundId");
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/plans/" + planId + "/rounds/new";
        }
    }

    @GetMapping("/t/{tenant}/rounds/{roundId}")
    String round(@PathVariable String tenant, @PathVariable String roundId, Model model) {
        model.addAttribute("round", api.get("/api/t/{tenant}/monitoring/rounds/{roundId}", tenant, roundId));
        model.addAttribute("contributions", Json.list(api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/contributions",
                tenant, roundId), "contributions"));
        return "round";
    }

    @PostMapping("/t/{tenant}/rounds/{roundId}/freeze")
    String freeze(@PathVariable String tenant, @PathVariable String roundId,
            @RequestParam(defaultValue = "false") boolean acknowledgeIssues, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return act(redirect, "round.frozen", () -> api.send(HttpMethod.POST, "/api/t/{tenant}/monitoring/rounds/{roundId}/freeze",
                Map.of("acknowledgeIssues", acknowledgeIssues), tenant, roundId), "/t/" + tenant + "/rounds/" + roundId);
    }

    @GetMapping("/t/{tenant}/rounds/{roundId}/rollup")
    String rollup(@PathVariable String tenant, @PathVariable String roundId, Model model) {
        model.addAttribute("round", api.get("/api/t/{tenant}/monitoring/rounds/{roundId}", tenant, roundId));
        Map<String, Object> rollup = api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/rollup", tenant, roundId);
        model.addAttribute("rollup", rollup);
        // the table reads like the plan: each area followed by its programmes (the API lists them level by level)
        List<Map<String, Object>> rows = new ArrayList<>(Json.list(rollup, "rows"));
        rows.sort((a, b) -> PrintedCodes.compare(Json.text(a, "code"), Json.text(b, "code")));
        model.addAttribute("rows", rows);
        model.addAttribute("chart", RollupChart.of(rollup));
        return "rollup";
    }

    // ---- the report, made as a job ----

    @PostMapping("/t/{tenant}/rounds/{roundId}/reports")
    String makeReport(@PathVariable String tenant, @PathVariable String roundId, @RequestParam String format,
            RedirectAttributes redirect) {
        if (!List.of("docx", "pdf").contains(format)) {
            throw new ForbiddenPageException("unknown report format");
        }
        try {
            ApiResponse job = api.send(HttpMethod.POST, "/api/t/{tenant}/monitoring/rounds/{roundId}/reports", Map.of("format", format),
                    tenant, roundId);
            String jobId = Json.text(job.body(), "id");
            return "redirect:/t/" + tenant + "/jobs/" + jobId;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/rounds/" + roundId;
        }
    }

    @GetMapping("/t/{tenant}/jobs/{jobId}")
    String job(@PathVariable String tenant, @PathVariable String jobId, Model model, HttpServletRequest request) {
        Map<String, Object> job = api.get("/api/t/{tenant}/monitoring/jobs/{jobId}", tenant, jobId);
        model.addAttribute("job", job);
        model.addAttribute("jobState", Json.text(job, "state"));
        model.addAttribute("percent", percent(job));
        model.addAttribute("fileName", Json.text(Json.map(job, "result"), "fileName"));
        model.addAttribute("failure", Json.text(Json.map(job, "problem"), "detail"));
        return "true".equals(request.getHeader("HX-Request")) ? "job :: progress" : "job";
    }

    /** The finished report, passed on from the job's result as monitoring answers it (an attachment). */
    @GetMapping("/t/{tenant}/jobs/{jobId}/download")
    ResponseEntity<byte[]> download(@PathVariable String tenant, @PathVariable String jobId) {
        Download file = api.download("/api/t/{tenant}/monitoring/jobs/{jobId}/result", tenant, jobId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition() == null ? "attachment" : file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    // ---- contributions ----

    @GetMapping("/t/{tenant}/contributions/{contributionId}")
    String contribution(@PathVariable String tenant, @PathVariable String contributionId, Model model) {
        Map<String, Object> contribution = api.get("/api/t/{tenant}/monitoring/contributions/{id}", tenant, contributionId);
        String roundId = Json.text(contribution, "roundId");
        Map<String, Object> round = api.get("/api/t/{tenant}/monitoring/rounds/{roundId}", tenant, roundId);
        Map<String, Map<String, Object>> activities = roundActivities(tenant, roundId);
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        for (Map<String, Object> report : Json.list(contribution, "reports")) {
            reports.put(Json.text(report, "activityId"), report);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String activityId : Json.strings(contribution, "activityIds")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", activityId);
            row.put("activity", activities.getOrDefault(activityId, new JsonObject()));
            row.put("report", reports.get(activityId));
            rows.add(row);
        }
        model.addAttribute("contribution", contribution);
        model.addAttribute("round", round);
        model.addAttribute("rows", rows);
        model.addAttribute("editable", List.of("requested", "draft", "returned").contains(contribution.get("state"))
                && "open".equals(round.get("state")));
        return "contribution";
    }

    @GetMapping("/t/{tenant}/contributions/{contributionId}/activities/{activityId}")
    String reportForm(@PathVariable String tenant, @PathVariable String contributionId, @PathVariable String activityId, Model model) {
        Map<String, Object> contribution = api.get("/api/t/{tenant}/monitoring/contributions/{id}", tenant, contributionId);
        if (!Json.strings(contribution, "activityIds").contains(activityId)) {
            throw new org.ariadne.webapp.shell.PageNotFoundException("not an activity of this contribution");
        }
        Map<String, Object> saved = null;
        for (Map<String, Object> report : Json.list(contribution, "reports")) {
            if (activityId.equals(Json.text(report, "activityId"))) {
                saved = report;
            }
        }
        Map<String, Map<String, Object>> activities = roundActivities(tenant, Json.text(contribution, "roundId"));
        model.addAttribute("contribution", contribution);
        JsonObject unknown = new JsonObject();
        unknown.put("activityId", activityId);
        model.addAttribute("activity", activities.getOrDefault(activityId, unknown));
        model.addAttribute("evidence", activities.containsKey(activityId) ? activities.get(activityId).get("evidenceItems") : List.of());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.of(saved));
        }
        model.addAttribute("statuses", STATUSES);
        return "report-form";
    }

    @PostMapping("/t/{tenant}/contributions/{contributionId}/activities/{activityId}")
    String saveReport(@PathVariable String tenant, @PathVariable String contributionId, @PathVariable String activityId,
            @ModelAttribute("form") ReportForm form, HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, Object> body = Map.of("reports", List.of(form.toReport(activityId, LanguageChoice.current(request).tag())));
        try {
            api.send(HttpMethod.PUT, "/api/t/{tenant}/monitoring/contributions/{id}/reports", body, tenant, contributionId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("report.saved"));
            return "redirect:/t/" + tenant + "/contributions/" + contributionId;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            redirect.addFlashAttribute("form", form);
            return "redirect:/t/" + tenant + "/contributions/" + contributionId + "/activities/" + activityId;
        }
    }

    /**
     * Evidence for one activity: the file goes to monitoring first, then an evidence item that names it. Monitoring
     * lets the coordinator do this for any activity and a focal point for its own institution's activities.
     */
    @PostMapping("/t/{tenant}/contributions/{contributionId}/activities/{activityId}/evidence")
    String attachEvidence(@PathVariable String tenant, @PathVariable String contributionId, @PathVariable String activityId,
            @RequestParam("file") MultipartFile file, @RequestParam String title, @RequestParam(defaultValue = "file") String kind,
            RedirectAttributes redirect) {
        String back = "/t/" + tenant + "/contributions/" + contributionId + "/activities/" + activityId;
        if (file.isEmpty() || title.isBlank()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "report.evidence.missing", null, List.of()));
            return "redirect:" + back;
        }
        try {
            Map<String, Object> contribution = api.get("/api/t/{tenant}/monitoring/contributions/{id}", tenant, contributionId);
            String roundId = Json.text(contribution, "roundId");
            String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
            MediaType type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.getContentType());
            ApiResponse stored = api.upload("/api/t/{tenant}/monitoring/rounds/{roundId}/evidence-files", file.getBytes(), type,
                    Map.of("X-File-Name", java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")),
                    tenant, roundId);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("kind", kind);
            evidence.put("title", title.strip());
            evidence.put("activityIds", List.of(activityId));
            evidence.put("fileRef", Json.text(stored.body(), "fileRef"));
            api.send(HttpMethod.POST, "/api/t/{tenant}/monitoring/rounds/{roundId}/evidence", evidence, tenant, roundId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("report.evidence.added"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "redirect:" + back;
    }

    @GetMapping("/t/{tenant}/evidence-files/{fileId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable String tenant, @PathVariable String fileId) {
        Download file = api.download("/api/t/{tenant}/monitoring/evidence-files/{fileId}", tenant, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition() == null ? "attachment" : file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/t/{tenant}/contributions/{contributionId}/submit")
    String submit(@PathVariable String tenant, @PathVariable String contributionId, RedirectAttributes redirect) {
        return act(redirect, "contribution.submitted", () -> api.send(HttpMethod.POST,
                "/api/t/{tenant}/monitoring/contributions/{id}/submit", Map.of(), tenant, contributionId),
                "/t/" + tenant + "/contributions/" + contributionId);
    }

    @PostMapping("/t/{tenant}/contributions/{contributionId}/return")
    String giveBack(@PathVariable String tenant, @PathVariable String contributionId, @RequestParam String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return act(redirect, "contribution.returned", () -> api.send(HttpMethod.POST,
                "/api/t/{tenant}/monitoring/contributions/{id}/return", Map.of("reason", reason.strip()), tenant, contributionId),
                "/t/" + tenant + "/contributions/" + contributionId);
    }

    @PostMapping("/t/{tenant}/contributions/{contributionId}/accept")
    String accept(@PathVariable String tenant, @PathVariable String contributionId, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return act(redirect, "contribution.accepted", () -> api.send(HttpMethod.POST,
                "/api/t/{tenant}/monitoring/contributions/{id}/accept", Map.of(), tenant, contributionId),
                "/t/" + tenant + "/contributions/" + contributionId);
    }

    // ---- reminder settings ----

    @GetMapping("/t/{tenant}/settings/reminders")
    String reminders(@PathVariable String tenant, HttpServletRequest request, Model model) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> settings = api.get("/api/t/{tenant}/monitoring/settings/reminders", tenant);
        StringBuilder lines = new StringBuilder();
        Json.map(settings, "institutionEmails").forEach((institution, email) -> lines.append(institution).append(" = ").append(email).append('\n'));
        model.addAttribute("settings", settings);
        model.addAttribute("institutionLines", lines.toString());
        return "reminders";
    }

    @PostMapping("/t/{tenant}/settings/reminders")
    String saveReminders(@PathVariable String tenant, @RequestParam(required = false) String coordinatorEmail,
            @RequestParam(required = false) String fromAddress, @RequestParam(defaultValue = "7") int daysBefore,
            @RequestParam(defaultValue = "") String institutionEmails, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        Map<String, String> emails = new LinkedHashMap<>();
        for (String line : institutionEmails.split("\\R")) {
            int equals = line.lastIndexOf('=');
            if (equals > 0) {
                emails.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institutionEmails", emails);
        body.put("coordinatorEmail", blankToNull(coordinatorEmail));
        body.put("fromAddress", blankToNull(fromAddress));
        body.put("daysBefore", daysBefore);
        return act(redirect, "reminders.saved", () -> api.send(HttpMethod.PUT, "/api/t/{tenant}/monitoring/settings/reminders", body,
                tenant), "/t/" + tenant + "/settings/reminders");
    }

    // ---- helpers ----

    /** The round's activities by id, each with its evidence items. */
    private Map<String, Map<String, Object>> roundActivities(String tenant, String roundId) {
        Map<String, Map<String, Object>> activities = new LinkedHashMap<>();
        for (Map<String, Object> entry : Json.list(api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/activities", tenant, roundId),
                "activities")) {
            JsonObject activity = new JsonObject();
            activity.putAll(Json.map(entry, "activity"));
            activity.put("evidenceItems", entry.getOrDefault("evidence", List.of()));
            activity.put("status", entry.get("status"));
            activities.put(Json.text(activity, "activityId"), activity);
        }
        return activities;
    }

    private static String act(RedirectAttributes redirect, String successKey, Runnable call, String back) {
        try {
            call.run();
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(successKey));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return "redirect:" + back;
    }

    private static int percent(Map<String, Object> job) {
        Object progress = job.get("progress");
        if (progress instanceof Number n) {
            return n.intValue();
        }
        if (progress instanceof Map<?, ?> p && p.get("done") instanceof Number done && p.get("total") instanceof Number total
                && total.intValue() > 0) {
            return done.intValue() * 100 / total.intValue();
        }
        return 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
