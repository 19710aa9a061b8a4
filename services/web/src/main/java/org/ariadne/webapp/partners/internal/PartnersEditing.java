package org.ariadne.webapp.partners.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.partners.AliasForm;
import org.ariadne.webapp.partners.BodyForms;
import org.ariadne.webapp.partners.InstitutionForm;
import org.ariadne.webapp.partners.ReviewDecision;
import org.ariadne.webapp.shell.ExportJob;
import org.ariadne.webapp.shell.FieldErrors;
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
 * What a coordinator changes among the partners: registers and corrects institutions, adds the spellings the plans
 * print, merges two institutions that turn out to be one; records coordination bodies, their sessions, decisions and
 * follow-up tasks; sets the jurisdiction's status on a recommendation (always with a reason) and exports the tracker.
 * Every member may open an institution's page. Each form comes back with its problems field by field.
 */
@Controller
class PartnersEditing {

    static final Set<String> RECOMMENDATION_STATUSES = Set.of("open", "in_progress", "partially_implemented", "implemented",
            "not_implemented", "superseded");
    static final Set<String> EXPORT_FORMATS = Set.of("docx", "xlsx");

    private final PlatformApi api;

    PartnersEditing(PlatformApi api) {
        this.api = api;
    }

    // ---- institutions and their spellings ----

    @GetMapping("/t/{tenant}/partners/institutions/{id}")
    String institution(@PathVariable String tenant, @PathVariable String id, Model model) {
        Map<String, Object> institution = api.get("/api/t/{tenant}/partners/institutions/{id}", tenant, id);
        model.addAttribute("institution", institution);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InstitutionForm.of(institution));
        }
        model.addAttribute("kinds", ReviewDecision.KINDS);
        model.addAttribute("aliasKinds", AliasForm.KINDS);
        // a merge goes into another registered institution: the jurisdiction's own and the global registry's
        model.addAttribute("others", Json.list(api.get("/api/t/{tenant}/partners/institutions", tenant), "items").stream()
                .filter(i -> !id.equals(Json.text(i, "id")) && !"merged".equals(Json.text(i, "status"))).toList());
        return "partners-institution";
    }

    @PostMapping("/t/{tenant}/partners/institutions")
    String register(@PathVariable String tenant, InstitutionForm form, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return refused(redirect, "newInstitution", form, FieldErrors.of(problems), null, "/t/" + tenant + "/partners#new-institution");
        }
        try {
            ApiResponse created = api.send(HttpMethod.POST, "/api/t/{tenant}/partners/institutions", form.body(), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.institution.registered"));
            return "redirect:/t/" + tenant + "/partners/institutions/" + Json.text(created.body(), "id");
        } catch (ApiProblemException e) {
            return refused(redirect, "newInstitution", form, FieldErrors.of(e), e, "/t/" + tenant + "/partners#new-institution");
        }
    }

    @PostMapping("/t/{tenant}/partners/institutions/{id}")
    String change(@PathVariable String tenant, @PathVariable String id, InstitutionForm form, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String page = "/t/" + tenant + "/partners/institutions/" + id;
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return refused(redirect, "form", form, FieldErrors.of(problems), null, page);
        }
        try {
            Map<String, Object> current = api.get("/api/t/{tenant}/partners/institutions/{id}", tenant, id);
            api.send(HttpMethod.PUT, "/api/t/{tenant}/partners/institutions/{id}", form.changeOf(current), ifMatch(form.version()),
                    tenant, id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.institution.changed"));
            return "redirect:" + page;
        } catch (ApiProblemException e) {
            return refused(redirect, "form", form, FieldErrors.of(e), e, page);
        }
    }

    @PostMapping("/t/{tenant}/partners/institutions/{id}/aliases")
    String addAlias(@PathVariable String tenant, @PathVariable String id, AliasForm alias, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String page = "/t/" + tenant + "/partners/institutions/" + id + "#aliases";
        Map<String, String> problems = alias.problems();
        if (!problems.isEmpty()) {
            return refused(redirect, "alias", alias, FieldErrors.of(problems), null, page);
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/partners/aliases", alias.body(id), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.alias.added"));
            return "redirect:" + page;
        } catch (ApiProblemException e) {
            return refused(redirect, "alias", alias, FieldErrors.of(e), e, page);
        }
    }

    @PostMapping("/t/{tenant}/partners/institutions/{id}/merge")
    String merge(@PathVariable String tenant, @PathVariable String id, @RequestParam(required = false) String into,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String page = "/t/" + tenant + "/partners/institutions/" + id;
        if (into == null || into.isBlank() || into.length() > 100 || into.strip().equals(id)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "partners.merge.chooseOther", null, List.of()));
            return "redirect:" + page + "#merge";
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/partners/institutions/{id}/merge", Map.of("into", into.strip()), tenant, id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.merge.done"));
            return "redirect:/t/" + tenant + "/partners/institutions/" + into.strip();
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:" + page + "#merge";
        }
    }

    // ---- coordination bodies ----

    @PostMapping("/t/{tenant}/partners/bodies")
    String createBody(@PathVariable String tenant, BodyForms.Body form, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String back = "/t/" + tenant + "/partners/bodies#new-body";
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return refused(redirect, "newBody", form, FieldErrors.of(problems), null, back);
        }
        try {
            ApiResponse created = api.send(HttpMethod.POST, "/api/t/{tenant}/partners/bodies", form.body(), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.body.created"));
            return "redirect:/t/" + tenant + "/partners/bodies/" + Json.text(created.body(), "id");
        } catch (ApiProblemException e) {
            return refused(redirect, "newBody", form, FieldErrors.of(e).collapsed("legalAct").collapsed("cadence"), e, back);
        }
    }

    @PostMapping("/t/{tenant}/partners/bodies/{bodyId}/meetings")
    String recordMeeting(@PathVariable String tenant, @PathVariable String bodyId, BodyForms.Meeting meeting,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return bodyChange(tenant, bodyId, "meetings", "meeting", meeting, meeting.problems(), meeting::body, "partners.meeting.recorded",
                redirect);
    }

    @PostMapping("/t/{tenant}/partners/bodies/{bodyId}/decisions")
    String recordDecision(@PathVariable String tenant, @PathVariable String bodyId, BodyForms.Decision decision,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return bodyChange(tenant, bodyId, "decisions", "decision", decision, decision.problems(), decision::body,
                "partners.decision.recorded", redirect);
    }

    @PostMapping("/t/{tenant}/partners/bodies/{bodyId}/tasks")
    String assignTask(@PathVariable String tenant, @PathVariable String bodyId, BodyForms.Task task, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return bodyChange(tenant, bodyId, "tasks", "task", task, task.problems(), task::body, "partners.task.assigned", redirect);
    }

    @PostMapping("/t/{tenant}/partners/bodies/{bodyId}/tasks/{taskId}/status")
    String taskStatus(@PathVariable String tenant, @PathVariable String bodyId, @PathVariable String taskId,
            @RequestParam(required = false) String status, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (status == null || !BodyForms.TASK_STATUSES.contains(status)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "partners.task.statusRequired", null, List.of()));
        } else {
            try {
                api.send(HttpMethod.POST, "/api/t/{tenant}/partners/bodies/{bodyId}/tasks/{taskId}/status", Map.of("status", status),
                        tenant, bodyId, taskId);
                redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.task.statusChanged"));
            } catch (ApiProblemException e) {
                redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            }
        }
        return "redirect:/t/" + tenant + "/partners/bodies/" + bodyId + "#tasks";
    }

    private String bodyChange(String tenant, String bodyId, String what, String formName, Object form, Map<String, String> problems,
            java.util.function.Supplier<Map<String, Object>> body, String doneKey, RedirectAttributes redirect) {
        String back = "/t/" + tenant + "/partners/bodies/" + bodyId + "#" + what;
        if (!problems.isEmpty()) {
            return refused(redirect, formName, form, FieldErrors.of(problems), null, back);
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/partners/bodies/{bodyId}/" + what, body.get(), tenant, bodyId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(doneKey));
            return "redirect:" + back;
        } catch (ApiProblemException e) {
            return refused(redirect, formName, form, FieldErrors.of(e), e, back);
        }
    }

    // ---- recommendations ----

    @PostMapping("/t/{tenant}/partners/recommendations/{id}/status")
    String recommendationStatus(@PathVariable String tenant, @PathVariable String id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String back = "redirect:/t/" + tenant + "/partners/recommendations#recommendation-" + id;
        if (status == null || !RECOMMENDATION_STATUSES.contains(status)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "partners.recommendation.statusRequired", null, List.of()));
            return back;
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "partners.recommendation.reasonRequired", null, List.of()));
            return back;
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/partners/recommendations/{id}/status",
                    Map.of("status", status, "reason", reason.strip()), tenant, id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.recommendation.statusChanged"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back;
    }

    @PostMapping("/t/{tenant}/partners/recommendations/exports")
    String exportRecommendations(@PathVariable String tenant, @RequestParam(defaultValue = "docx") String format,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (!EXPORT_FORMATS.contains(format)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "problem.validation-failed", null, List.of()));
            return "redirect:/t/" + tenant + "/partners/recommendations";
        }
        try {
            ApiResponse job = api.send(HttpMethod.POST, "/api/t/{tenant}/partners/recommendations/exports?format={format}", null,
                    tenant, format);
            return "redirect:/t/" + tenant + "/partners/jobs/" + Json.text(job.body(), "id");
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/partners/recommendations";
        }
    }

    @GetMapping("/t/{tenant}/partners/jobs/{jobId}")
    String job(@PathVariable String tenant, @PathVariable String jobId, Model model, HttpServletRequest request) {
        Map<String, Object> job = api.get("/api/t/{tenant}/partners/jobs/{jobId}", tenant, jobId);
        ExportJob.show(job, "/t/" + tenant + "/partners/jobs/" + jobId, "/t/" + tenant + "/partners/recommendations", model);
        return ExportJob.view(request);
    }

    @GetMapping("/t/{tenant}/partners/jobs/{jobId}/download")
    ResponseEntity<byte[]> download(@PathVariable String tenant, @PathVariable String jobId) {
        Download file = api.download("/api/t/{tenant}/partners/jobs/{jobId}/result", tenant, jobId);
        return ExportJob.attachment(file);
    }

    private static String refused(RedirectAttributes redirect, String formName, Object form, FieldErrors errors,
            ApiProblemException problem, String path) {
        redirect.addFlashAttribute(formName, form);
        redirect.addFlashAttribute(FieldErrors.FLASH, errors);
        redirect.addFlashAttribute(Notice.FLASH, problem == null ? new Notice("error", "form.invalid", null, List.of()) : Notice.of(problem));
        return "redirect:" + path;
    }

    static Map<String, String> ifMatch(String version) {
        return version == null || !version.strip().matches("\\d{1,18}") ? Map.of() : Map.of("If-Match", "\"" + version.strip() + "\"");
    }
}
