package org.ariadne.webapp.plans.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.ActivityMoney;
import org.ariadne.webapp.plans.PlanTable;
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
 * A plan as its readers know it: the whole plan as one table (heading rows for its areas and programmes), a search
 * with filters that narrows it to the matching activities, each activity with its history, and the plan's versions
 * with adoption, revision and what changed between two versions.
 */
@Controller
class PlanPages {

    static final List<String> STATUSES = List.of("not_started", "ongoing", "partially_implemented", "implemented",
            "not_implemented", "no_data");

    private final PlatformApi api;

    PlanPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/plans/{planId}")
    String plan(@PathVariable String tenant, @PathVariable String planId, SearchForm search, Model model) {
        Map<String, Object> plan = api.get("/api/t/{tenant}/plans/{planId}", tenant, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("search", search);
        model.addAttribute("statuses", STATUSES);
        fillResults(tenant, planId, plan, search, model);
        return "plan";
    }

    /** The results alone, for the search form's partial update (htmx). */
    @GetMapping("/t/{tenant}/plans/{planId}/results")
    String results(@PathVariable String tenant, @PathVariable String planId, SearchForm search, Model model) {
        Map<String, Object> plan = api.get("/api/t/{tenant}/plans/{planId}", tenant, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("search", search);
        fillResults(tenant, planId, plan, search, model);
        return "plan :: results";
    }

    private void fillResults(String tenant, String planId, Map<String, Object> plan, SearchForm search, Model model) {
        Map<String, String> statusByActivity = latestStatuses(tenant, planId);
        model.addAttribute("statusByActivity", statusByActivity);
        if (!search.active()) {
            model.addAttribute("rows", PlanTable.rows(plan));
            return;
        }
        StringBuilder query = new StringBuilder("/api/t/{tenant}/plans/activities?planId={planId}&limit=500");
        List<Object> values = new ArrayList<>(List.of(tenant, planId));
        addParam(query, values, "q", search.q());
        addParam(query, values, "institution", search.institution());
        addParam(query, values, "deadlineFrom", search.deadlineFrom());
        addParam(query, values, "deadlineTo", search.deadlineTo());
        addParam(query, values, "level", search.level());
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> hit : Json.list(api.get(query.toString(), values.toArray()), "items")) {
            String activityId = Json.text(Json.map(hit, "activity"), "id");
            if (search.status() == null || search.status().isBlank() || search.status().equals(statusByActivity.get(activityId))) {
                found.add(hit);
            }
        }
        model.addAttribute("found", found);
    }

    /** Each activity's status in the plan's newest reporting round, when there is one. */
    private Map<String, String> latestStatuses(String tenant, String planId) {
        List<Map<String, Object>> rounds;
        try {
            rounds = Json.list(api.get("/api/t/{tenant}/monitoring/plans/{planId}/rounds", tenant, planId), "rounds");
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return Map.of();
            }
            throw e;
        }
        if (rounds.isEmpty()) {
            return Map.of();
        }
        String roundId = Json.text(rounds.get(rounds.size() - 1), "roundId");
        Map<String, String> statuses = new HashMap<>();
        for (Map<String, Object> entry : Json.list(api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/activities", tenant, roundId),
                "activities")) {
            statuses.put(Json.text(Json.map(entry, "activity"), "activityId"), Json.text(entry, "status"));
        }
        return statuses;
    }

    /** Values travel as URI variables, so the API client encodes every character of what the user typed. */
    private static void addParam(StringBuilder query, List<Object> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append("={").append(name).append('}');
            values.add(value.strip());
        }
    }

    @GetMapping("/t/{tenant}/plans/{planId}/activities/{activityId}")
    String activity(@PathVariable String tenant, @PathVariable String planId, @PathVariable String activityId, Model model) {
        model.addAttribute("plan", api.get("/api/t/{tenant}/plans/{planId}", tenant, planId));
        model.addAttribute("activity", api.get("/api/t/{tenant}/plans/{planId}/activities/{activityId}", tenant, planId, activityId));
        List<Map<String, Object>> history = new ArrayList<>();
        // The trail is paged (the plans API answers at most 1,000 entries at a time): read it to the end.
        long after = 0;
        while (true) {
            Map<String, Object> page = api.get("/api/t/{tenant}/plans/{planId}/audit?after={after}&limit=1000", tenant, planId,
                    after);
            List<Map<String, Object>> entries = Json.list(page, "items");
            for (Map<String, Object> entry : entries) {
                boolean mentions = Json.strings(entry, "changes").stream().anyMatch(change -> change.endsWith(" " + activityId));
                if (mentions || "import".equals(entry.get("action")) || "create".equals(entry.get("action"))) {
                    history.add(entry);
                }
            }
            if (page.get("next") == null || entries.isEmpty()) {
                break;
            }
            after = ((Number) entries.get(entries.size() - 1).get("seq")).longValue();
        }
        model.addAttribute("history", history);
        model.addAttribute("funding", ActivityMoney.read(api, tenant, planId, activityId));
        return "activity";
    }

    @GetMapping("/t/{tenant}/plans/{planId}/versions")
    String versions(@PathVariable String tenant, @PathVariable String planId, Model model) {
        model.addAttribute("plan", api.get("/api/t/{tenant}/plans/{planId}", tenant, planId));
        model.addAttribute("versions", Json.list(api.get("/api/t/{tenant}/plans/{planId}/versions", tenant, planId), "items"));
        return "versions";
    }

    @GetMapping("/t/{tenant}/plans/{planId}/versions/{from}/diff/{to}")
    String diff(@PathVariable String tenant, @PathVariable String planId, @PathVariable int from, @PathVariable int to, Model model) {
        model.addAttribute("plan", api.get("/api/t/{tenant}/plans/{planId}", tenant, planId));
        model.addAttribute("diff", api.get("/api/t/{tenant}/plans/{planId}/versions/{from}/diff/{to}", tenant, planId, from, to));
        return "diff";
    }

    @PostMapping("/t/{tenant}/plans/{planId}/adopt")
    String adopt(@PathVariable String tenant, @PathVariable String planId, @RequestParam String legalAct,
            @RequestParam String adoptionDate, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legalAct", legalAct.strip());
        body.put("adoptionDate", adoptionDate.strip());
        return act(redirect, "versions.adopted", () -> api.send(HttpMethod.POST, "/api/t/{tenant}/plans/{planId}/adopt", body, tenant, planId),
                "/t/" + tenant + "/plans/" + planId + "/versions");
    }

    @PostMapping("/t/{tenant}/plans/{planId}/revise")
    String revise(@PathVariable String tenant, @PathVariable String planId, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        return act(redirect, "versions.revised", () -> api.send(HttpMethod.POST, "/api/t/{tenant}/plans/{planId}/revisions", Map.of(),
                tenant, planId), "/t/" + tenant + "/plans/" + planId + "/versions");
    }

    static String act(RedirectAttributes redirect, String successKey, Runnable call, String back) {
        try {
            call.run();
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(successKey));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return "redirect:" + back;
    }

    /** The plan page's filters; all optional. */
    record SearchForm(String q, String institution, String deadlineFrom, String deadlineTo, String level, String status) {

        boolean active() {
            return notBlank(q) || notBlank(institution) || notBlank(deadlineFrom) || notBlank(deadlineTo) || notBlank(level)
                    || notBlank(status);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }
}
