package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.funding.LineForm;
import org.ariadne.webapp.shell.ExportJob;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the funding service makes as files (the funding table in Excel, the IATI 2.03 file for donors' registries) and
 * the lines it proposes from what the plans print, which count only once a coordinator accepts them. Making a file
 * and deciding on proposals are the coordinators' (the funding service allows nothing else); the finished file is
 * downloaded by whoever may read the job.
 */
@Controller
class FundingExportsAndProposals {

    private final PlatformApi api;

    FundingExportsAndProposals(PlatformApi api) {
        this.api = api;
    }

    @PostMapping("/t/{tenant}/funding/exports/table")
    String exportTable(@PathVariable String tenant, @RequestParam(required = false) String currency, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        String chosen = FundingFigures.chosen(currency, page.tenant().currency());
        return startExport(tenant, chosen == null ? "/api/t/{tenant}/funding/exports/table"
                : "/api/t/{tenant}/funding/exports/table?currency=" + chosen, redirect);
    }

    @PostMapping("/t/{tenant}/funding/exports/iati")
    String exportIati(@PathVariable String tenant, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return startExport(tenant, "/api/t/{tenant}/funding/exports/iati", redirect);
    }

    private String startExport(String tenant, String path, RedirectAttributes redirect) {
        try {
            ApiResponse job = api.send(HttpMethod.POST, path, null, tenant);
            return "redirect:/t/" + tenant + "/funding/jobs/" + Json.text(job.body(), "id");
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/funding";
        }
    }

    @GetMapping("/t/{tenant}/funding/jobs/{jobId}")
    String job(@PathVariable String tenant, @PathVariable String jobId, Model model, HttpServletRequest request) {
        Map<String, Object> job = api.get("/api/t/{tenant}/funding/jobs/{jobId}", tenant, jobId);
        ExportJob.show(job, "/t/" + tenant + "/funding/jobs/" + jobId, "/t/" + tenant + "/funding", model);
        return ExportJob.view(request);
    }

    @GetMapping("/t/{tenant}/funding/jobs/{jobId}/download")
    ResponseEntity<byte[]> download(@PathVariable String tenant, @PathVariable String jobId) {
        Download file = api.download("/api/t/{tenant}/funding/jobs/{jobId}/result", tenant, jobId);
        return ExportJob.attachment(file);
    }

    // ---- proposals: lines from what the plans print ----

    @GetMapping("/t/{tenant}/funding/proposals")
    String proposals(@PathVariable String tenant, Model model) {
        model.addAttribute("proposals", api.get("/api/t/{tenant}/funding/proposals", tenant));
        model.addAttribute("sourceKinds", LineForm.SOURCE_KINDS);
        return "funding-proposals";
    }

    @PostMapping("/t/{tenant}/funding/proposals/{key}/accept")
    String accept(@PathVariable String tenant, @PathVariable String key, @RequestParam(required = false) String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (reason != null && reason.strip().length() > 1000) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.proposal.reasonTooLong", null, List.of()));
            return "redirect:/t/" + tenant + "/funding/proposals";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        try {
            ApiResponse accepted = api.send(HttpMethod.POST, "/api/t/{tenant}/funding/proposals/{key}/accept", body, tenant, key);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.proposal.accepted"));
            String lineId = Json.text(accepted.body(), "lineId");
            if (lineId != null) {
                return "redirect:/t/" + tenant + "/funding/lines/" + lineId;
            }
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return "redirect:/t/" + tenant + "/funding/proposals";
    }

    @PostMapping("/t/{tenant}/funding/proposals/{key}/reject")
    String reject(@PathVariable String tenant, @PathVariable String key, @RequestParam(required = false) String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.proposal.reasonRequired", null, List.of()));
            return "redirect:/t/" + tenant + "/funding/proposals";
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/funding/proposals/{key}/reject", Map.of("reason", reason.strip()), tenant, key);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.proposal.rejected"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return "redirect:/t/" + tenant + "/funding/proposals";
    }
}
