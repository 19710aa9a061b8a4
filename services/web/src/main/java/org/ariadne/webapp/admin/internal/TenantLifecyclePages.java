package org.ariadne.webapp.admin.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.admin.Offboarding;
import org.ariadne.webapp.admin.OnboardingProgress;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.shell.Notice;
import org.springframework.http.HttpHeaders;
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
 * One jurisdiction for the platform administrator: its registry entry and checklist, and what identity lets an
 * administrator do with it — suspend and reactivate (with a reason), export its data and download the archive, and
 * offboard it in two steps (request, then type the phrase within 15 minutes). Identity keeps no list of a tenant's
 * exports, so the page remembers the export it started in this session.
 */
@Controller
class TenantLifecyclePages {

    private static final String EXPORT = "admin.export.";
    private static final String OFFBOARDING = "admin.offboarding.";

    private final PlatformApi api;
    private final PlatformAdmins admins;
    private final Clock clock = Clock.systemUTC();

    TenantLifecyclePages(PlatformApi api, PlatformAdmins admins) {
        this.api = api;
        this.admins = admins;
    }

    @GetMapping("/admin/tenants/{id}")
    String tenant(@PathVariable String id, HttpSession session, Model model) {
        admins.require();
        Map<String, Object> tenant = api.get("/api/admin/tenants/{id}", id);
        model.addAttribute("tenant", tenant);
        model.addAttribute("progress", OnboardingProgress.of(tenant, api.get("/api/admin/onboardings/{tenant}", id)));
        model.addAttribute("exportJob", exportJob(id, session));
        Offboarding offboarding = session.getAttribute(OFFBOARDING + id) instanceof Offboarding o && o.stillValid(clock.instant())
                ? o : null;
        model.addAttribute("offboarding", offboarding);
        return "admin-tenant";
    }

    /** The export panel alone, which the page asks for every two seconds while the export runs. */
    @GetMapping("/admin/tenants/{id}/export")
    String exportPanel(@PathVariable String id, HttpSession session, Model model) {
        admins.require();
        model.addAttribute("tenant", api.get("/api/admin/tenants/{id}", id));
        model.addAttribute("exportJob", exportJob(id, session));
        return "admin-tenant :: export";
    }

    @PostMapping("/admin/tenants/{id}/suspension")
    String suspend(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        admins.require();
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "lifecycle.problem.reason", null, List.of()));
            return back(id);
        }
        return act(id, redirect, "lifecycle.suspended",
                () -> api.send(HttpMethod.POST, "/api/admin/tenants/{id}/suspend", Map.of("reason", reason.strip()), id));
    }

    @PostMapping("/admin/tenants/{id}/reactivation")
    String reactivate(@PathVariable String id, RedirectAttributes redirect) {
        admins.require();
        return act(id, redirect, "lifecycle.reactivated", () -> api.send(HttpMethod.POST, "/api/admin/tenants/{id}/reactivate", null, id));
    }

    @PostMapping("/admin/tenants/{id}/exports")
    String export(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
        admins.require();
        return act(id, redirect, "lifecycle.exportStarted", () -> {
            ApiResponse job = api.send(HttpMethod.POST, "/api/admin/tenants/{id}/exports", null, id);
            session.setAttribute(EXPORT + id, Json.text(job.body(), "id"));
            return job;
        });
    }

    @GetMapping("/admin/tenants/{id}/exports/{jobId}/archive")
    ResponseEntity<byte[]> archive(@PathVariable String id, @PathVariable String jobId) {
        admins.require();
        Download archive = api.download("/api/admin/tenants/{id}/exports/{jobId}/archive", id, jobId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, archive.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, archive.contentDisposition() == null
                        ? "attachment; filename=\"" + id + "-export.zip\"" : archive.contentDisposition())
                .body(archive.content());
    }

    @PostMapping("/admin/tenants/{id}/offboarding")
    String requestOffboarding(@PathVariable String id, @RequestParam(required = false) String reason, HttpSession session,
            RedirectAttributes redirect) {
        admins.require();
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "lifecycle.problem.reason", null, List.of()));
            return back(id);
        }
        return act(id, redirect, "lifecycle.offboardingRequested", () -> {
            ApiResponse answer = api.send(HttpMethod.POST, "/api/admin/tenants/{id}/offboarding", Map.of("reason", reason.strip()), id);
            Map<String, Object> body = answer.body();
            session.setAttribute(OFFBOARDING + id, new Offboarding(id, Json.text(body, "phrase"), Json.text(body, "token"),
                    Json.text(body, "expiresAt")));
            return answer;
        });
    }

    @PostMapping("/admin/tenants/{id}/offboarding/confirmation")
    String confirmOffboarding(@PathVariable String id, @RequestParam(required = false) String phrase, HttpSession session,
            RedirectAttributes redirect) {
        admins.require();
        if (!(session.getAttribute(OFFBOARDING + id) instanceof Offboarding offboarding) || !offboarding.stillValid(clock.instant())) {
            session.removeAttribute(OFFBOARDING + id);
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "lifecycle.problem.expired", null, List.of()));
            return back(id);
        }
        if (!offboarding.typedCorrectly(phrase)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "lifecycle.problem.phrase", null, List.of()));
            return back(id);
        }
        try {
            api.send(HttpMethod.POST, "/api/admin/tenants/{id}/offboarding/confirmation",
                    Map.of("token", offboarding.token(), "phrase", phrase.strip()), id);
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return back(id);
        }
        session.removeAttribute(OFFBOARDING + id);
        session.removeAttribute(EXPORT + id);
        redirect.addFlashAttribute(Notice.FLASH, Notice.success("lifecycle.offboarded"));
        return "redirect:/admin/tenants";
    }

    private Map<String, Object> exportJob(String id, HttpSession session) {
        if (!(session.getAttribute(EXPORT + id) instanceof String jobId)) {
            return null;
        }
        try {
            return api.get("/api/admin/tenants/{id}/exports/{jobId}", id, jobId);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                session.removeAttribute(EXPORT + id);
                return null;
            }
            throw e;
        }
    }

    private String act(String id, RedirectAttributes redirect, String doneKey, java.util.function.Supplier<ApiResponse> call) {
        try {
            call.get();
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(doneKey));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back(id);
    }

    private static String back(String id) {
        return "redirect:/admin/tenants/" + id;
    }
}
