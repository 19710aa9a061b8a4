package org.ariadne.webapp.partners.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.partners.BodyForms;
import org.ariadne.webapp.partners.ReviewDecision;
import org.ariadne.webapp.partners.SourceGroup;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners a coordinator's office works with: the institutions with every way the plans print their names, the
 * names no spelling covers yet (to resolve, register or mark as a generic mention), the coordination bodies with
 * their meetings and decisions, and the GRETA / TIP recommendations with what was done on each.
 */
@Controller
class PartnersPages {

    static final Set<String> REVIEW_STATUSES = Set.of("open", "resolved", "generic", "all");

    private final PlatformApi api;

    PartnersPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/partners")
    String institutions(@PathVariable String tenant, @RequestParam(required = false) String q, Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        List<Map<String, Object>> all = Json.list(query == null ? api.get("/api/t/{tenant}/partners/institutions", tenant)
                : api.get("/api/t/{tenant}/partners/institutions?q={q}", tenant, query), "items");
        Map<String, List<Map<String, Object>>> aliasesByInstitution = new LinkedHashMap<>();
        for (Map<String, Object> alias : Json.list(api.get("/api/t/{tenant}/partners/aliases", tenant), "items")) {
            aliasesByInstitution.computeIfAbsent(Json.text(alias, "institutionId"), id -> new ArrayList<>()).add(alias);
        }
        // the global registry's institutions only where this jurisdiction prints them its own way
        List<Map<String, Object>> shown = all.stream().filter(i -> !Boolean.TRUE.equals(i.get("global"))
                || aliasesByInstitution.containsKey(Json.text(i, "id"))).toList();
        model.addAttribute("institutions", shown);
        model.addAttribute("aliases", aliasesByInstitution);
        model.addAttribute("q", query);
        model.addAttribute("kinds", ReviewDecision.KINDS);
        return "partners-institutions";
    }

    @GetMapping("/t/{tenant}/partners/review")
    String review(@PathVariable String tenant, @RequestParam(defaultValue = "open") String status, Model model) {
        String shown = REVIEW_STATUSES.contains(status) ? status : "open";
        model.addAttribute("status", shown);
        model.addAttribute("review", api.get("/api/t/{tenant}/partners/review?status={status}", tenant, shown));
        model.addAttribute("institutions", Json.list(api.get("/api/t/{tenant}/partners/institutions", tenant), "items"));
        model.addAttribute("kinds", ReviewDecision.KINDS);
        // a name printed in several plans (a plan and its re-import) shows which plan each place is in
        Map<String, String> planTitles = new LinkedHashMap<>();
        Json.list(api.get("/api/t/{tenant}/plans", tenant), "items").forEach(p -> planTitles.put(Json.text(p, "id"), Json.text(p, "title")));
        model.addAttribute("planTitles", planTitles);
        return "partners-review";
    }

    @PostMapping("/t/{tenant}/partners/review/decisions")
    String decide(@PathVariable String tenant, ReviewDecision decision, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        String back = "redirect:/t/" + tenant + "/partners/review";
        var problem = decision.problem();
        if (problem.isPresent()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", problem.get(), null, List.of()));
            return back;
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/partners/review/decisions", decision.body(), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("partners.review.decided." + decision.action()));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back;
    }

    @GetMapping("/t/{tenant}/partners/bodies")
    String bodies(@PathVariable String tenant, Model model) {
        model.addAttribute("bodies", Json.list(api.get("/api/t/{tenant}/partners/bodies", tenant), "items"));
        model.addAttribute("bodyKinds", BodyForms.BODY_KINDS);
        return "partners-bodies";
    }

    @GetMapping("/t/{tenant}/partners/bodies/{bodyId}")
    String body(@PathVariable String tenant, @PathVariable String bodyId, HttpServletRequest request, Model model) {
        Map<String, Object> body = api.get("/api/t/{tenant}/partners/bodies/{bodyId}", tenant, bodyId);
        model.addAttribute("body", body);
        Map<String, Map<String, Object>> meetings = new LinkedHashMap<>();
        Json.list(body, "meetings").forEach(m -> meetings.put(Json.text(m, "id"), m));
        model.addAttribute("meetingsById", meetings);
        model.addAttribute("decisionKinds", BodyForms.DECISION_KINDS);
        model.addAttribute("taskStatuses", BodyForms.TASK_STATUSES);
        if (TenantPage.of(request).coordinator()) {
            // a follow-up task names the institutions that carry it out
            model.addAttribute("institutions", Json.list(api.get("/api/t/{tenant}/partners/institutions", tenant), "items"));
        }
        return "partners-body";
    }

    @GetMapping("/t/{tenant}/partners/recommendations")
    String recommendations(@PathVariable String tenant, Model model) {
        Map<String, SourceGroup> bySource = new LinkedHashMap<>();
        for (Map<String, Object> source : Json.list(api.get("/api/t/{tenant}/partners/recommendation-sources", tenant), "items")) {
            bySource.put(Json.text(source, "id"), new SourceGroup(source, new ArrayList<>()));
        }
        for (Map<String, Object> r : Json.list(api.get("/api/t/{tenant}/partners/recommendations", tenant), "items")) {
            bySource.computeIfAbsent(String.valueOf(r.get("sourceId")), id -> new SourceGroup(null, new ArrayList<>()))
                    .recommendations().add(r);
        }
        model.addAttribute("sources", bySource.values().stream().filter(g -> !g.recommendations().isEmpty()).toList());
        model.addAttribute("recommendationStatuses", List.of("open", "in_progress", "partially_implemented", "implemented",
                "not_implemented", "superseded"));
        return "partners-recommendations";
    }
}
