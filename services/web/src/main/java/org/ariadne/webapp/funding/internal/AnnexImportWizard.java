package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
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
 * A budget annex (the ministry's table: one row per budget line, one column per year) imported in three steps: upload,
 * read the check (each row's line and outcome, the planned amount per year to compare with the annex's printed totals,
 * every problem by row and column), then import. The funding service reads the file both times; between the two the
 * file waits in the user's session, so nothing is written before the coordinator says so.
 */
@Controller
class AnnexImportWizard {

    static final Set<String> FORMATS = Set.of("xlsx", "csv");
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final String PENDING = AnnexImportWizard.class.getName() + ".pending";

    private final PlatformApi api;

    AnnexImportWizard(PlatformApi api) {
        this.api = api;
    }

    /** The uploaded annex, kept until the commit. */
    record PendingAnnex(String jobId, byte[] file, String format) implements Serializable {
    }

    @GetMapping("/t/{tenant}/funding/imports/new")
    String form(HttpServletRequest request) {
        TenantPage.of(request).requireCoordinator();
        return "funding-import-new";
    }

    @PostMapping("/t/{tenant}/funding/imports")
    String check(@PathVariable String tenant, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String format, HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String back = "redirect:/t/" + tenant + "/funding/imports/new";
        String chosen = format != null && FORMATS.contains(format) ? format : formatOf(file);
        if (file == null || file.isEmpty() || chosen == null) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.import.noFile", null, List.of()));
            return back;
        }
        if (file.getSize() > MAX_BYTES) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.import.tooLarge", null, List.of()));
            return back;
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String jobId = start(tenant, bytes, chosen, "dry-run");
            session.setAttribute(PENDING, new PendingAnnex(jobId, bytes, chosen));
            return "redirect:/t/" + tenant + "/funding/imports/" + jobId;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return back;
        }
    }

    @GetMapping("/t/{tenant}/funding/imports/{jobId}")
    String job(@PathVariable String tenant, @PathVariable String jobId, HttpServletRequest request, HttpSession session, Model model) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> job = api.get("/api/t/{tenant}/funding/jobs/{jobId}", tenant, jobId);
        String state = Json.text(job, "state");
        Map<String, Object> details = Json.map(job, "details");
        model.addAttribute("job", job);
        model.addAttribute("jobState", state);
        model.addAttribute("running", "running".equals(state) || "queued".equals(state));
        model.addAttribute("mode", Json.text(details, "mode"));
        model.addAttribute("rows", Json.list(details, "lines"));
        model.addAttribute("plannedByYear", Json.map(details, "plannedByYear"));
        model.addAttribute("created", details.get("created"));
        model.addAttribute("alreadyImported", details.get("alreadyImported"));
        model.addAttribute("issues", Json.list(job, "issues"));
        model.addAttribute("failure", Json.text(Json.map(job, "problem"), "detail"));
        model.addAttribute("canCommit", "dry-run".equals(Json.text(details, "mode")) && "succeeded".equals(state)
                && session.getAttribute(PENDING) instanceof PendingAnnex pending && jobId.equals(pending.jobId()));
        return "true".equals(request.getHeader("HX-Request")) ? "funding-import-job :: job" : "funding-import-job";
    }

    @PostMapping("/t/{tenant}/funding/imports/{jobId}/commit")
    String commit(@PathVariable String tenant, @PathVariable String jobId, HttpServletRequest request, HttpSession session,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (!(session.getAttribute(PENDING) instanceof PendingAnnex pending) || !jobId.equals(pending.jobId())) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "import.expired", null, List.of()));
            return "redirect:/t/" + tenant + "/funding/imports/new";
        }
        try {
            String commitJob = start(tenant, pending.file(), pending.format(), "commit");
            session.removeAttribute(PENDING);
            return "redirect:/t/" + tenant + "/funding/imports/" + commitJob;
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/funding/imports/" + jobId;
        }
    }

    private String start(String tenant, byte[] file, String format, String mode) {
        ApiResponse job = api.upload("/api/t/{tenant}/funding/imports?format={format}&mode={mode}", file,
                MediaType.APPLICATION_OCTET_STREAM, tenant, format, mode);
        return Json.text(job.body(), "id");
    }

    /** The format a file's name says, when the form did not say it. */
    static String formatOf(MultipartFile file) {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv" : null;
    }
}
