package org.ariadne.webapp.plans.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a plan in three steps: upload the file, read the dry run's preview (the tree, and every problem row by
 * row), then commit. The plans service does the reading both times; the file waits in the user's session between
 * the two steps (the commit sends it again), so nothing is written before the coordinator says so.
 */
@Controller
class ImportWizard {

    static final Set<String> FORMATS = Set.of("xlsx", "docx", "csv", "jsonl", "json-bundle");
    private static final String PENDING = ImportWizard.class.getName() + ".pending";

    private final PlatformApi api;

    ImportWizard(PlatformApi api) {
        this.api = api;
    }

    /** The uploaded file and what the coordinator said about it, kept until the commit. */
    record PendingImport(String jobId, byte[] file, String format, String title, List<String> levelNames) implements Serializable {
    }

    @GetMapping("/t/{tenant}/imports/new")
    String form(HttpServletRequest request, Model model) {
        TenantPage.of(request).requireCoordinator();
        model.addAttribute("formats", List.of("xlsx", "docx", "csv", "jsonl", "json-bundle"));
        return "import-new";
    }

    @PostMapping("/t/{tenant}/imports")
    String check(@PathVariable String tenant, @RequestParam("file") MultipartFile file, @RequestParam String format,
            @RequestParam(required = false) String title, @RequestParam(required = false) String levelNames,
            HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (file.isEmpty() || !FORMATS.contains(format)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "import.noFile", null, List.of()));
            return "redirect:/t/" + tenant + "/imports/new";
        }
        List<String> levels = new ArrayList<>();
        if (levelNames != null) {
            for (String line : levelNames.split("\\R|,")) {
                if (!line.isBlank()) {
                    levels.add(line.strip());
                }
            }
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PendingImport pending = new PendingImport(null, bytes, format, title == null || title.isBlank() ? null : title.strip(), levels);
        try {
            String jobId = start(tenant, pending, "dry-run");
            session.setAttribute(PENDING, new PendingImport(jobId, bytes, format, pending.title(), levels));
            return "redirect:/t/" + tenant + "/imports/" + jobId;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/imports/new";
        }
    }

    @GetMapping("/t/{tenant}/imports/{jobId}")
    String job(@PathVariable String tenant, @PathVariable String jobId, HttpServletRequest request, HttpSession session, Model model) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> job = api.get("/api/t/{tenant}/plans/jobs/{jobId}", tenant, jobId);
        String state = Json.text(job, "state");
        Map<String, Object> details = Json.map(job, "details");
        model.addAttribute("job", job);
        model.addAttribute("details", details);
        model.addAttribute("jobState", state);
        model.addAttribute("finished", "succeeded".equals(state) || "failed".equals(state));
        model.addAttribute("problems", Json.list(job, "issues"));
        model.addAttribute("planId", Json.text(Json.map(job, "result"), "resourceId"));
        model.addAttribute("failure", Json.text(Json.map(job, "problem"), "detail"));
        boolean canCommit = "dry-run".equals(details.get("mode")) && "succeeded".equals(state)
                && session.getAttribute(PENDING) instanceof PendingImport pending && jobId.equals(pending.jobId());
        model.addAttribute("canCommit", canCommit);
        return "true".equals(request.getHeader("HX-Request")) ? "import-job :: job" : "import-job";
    }

    @PostMapping("/t/{tenant}/imports/{jobId}/commit")
    String commit(@PathVariable String tenant, @PathVariable String jobId, HttpServletRequest request, HttpSession session,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !jobId.equals(pending.jobId())) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "import.expired", null, List.of()));
            return "redirect:/t/" + tenant + "/imports/new";
        }
        try {
            String commitJob = start(tenant, pending, "commit");
            session.removeAttribute(PENDING);
            return "redirect:/t/" + tenant + "/imports/" + commitJob;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/imports/" + jobId;
        }
    }

    private String start(String tenant, PendingImport pending, String mode) {
        StringBuilder path = new StringBuilder("/api/t/{tenant}/plans/imports?format={format}&mode={mode}");
        List<Object> values = new ArrayList<>(List.of(tenant, pending.format(), mode));
        if (pending.title() != null) {
            path.append("&title={title}");
            values.add(pending.title());
        }
        for (int i = 0; i < pending.levelNames().size(); i++) {
            path.append("&levelNames={level").append(i).append('}');
            values.add(pending.levelNames().get(i));
        }
        ApiResponse job = api.upload(path.toString(), pending.file(), MediaType.APPLICATION_OCTET_STREAM, values.toArray());
        return Json.text(job.body(), "id") != null ? Json.text(job.body(), "id") : Json.text(job.body(), "jobId");
    }
}
