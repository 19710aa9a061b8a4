package org.ariadne.webapp.home.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.i18n.TenantDirectory;
import org.ariadne.webapp.shell.TenantPage;
import org.ariadne.webapp.signin.CurrentUser;
import org.ariadne.webapp.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The front door: a page that invites to sign in; after sign-in the user's own work. A user of one tenant goes
 * straight to its dashboard, a user of several chooses, the platform administrator gets the tenant list.
 */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final PlatformApi api;
    private final TenantDirectory tenants;

    HomeController(CurrentUser currentUser, PlatformApi api, TenantDirectory tenants) {
        this.currentUser = currentUser;
        this.api = api;
        this.tenants = tenants;
    }

    @GetMapping("/")
    String home(Model model) {
        if (!currentUser.signedIn()) {
            return "home";
        }
        SignedInUser user = currentUser.get();
        if (user.donor()) {
            return "redirect:/donor";
        }
        if (user.tenants().size() == 1 && !user.platformAdmin()) {
            return "redirect:/t/" + user.tenants().get(0);
        }
        if (user.tenants().isEmpty() && user.platformAdmin()) {
            return "redirect:/admin/tenants";
        }
        List<Map<String, Object>> choices = new ArrayList<>();
        for (String tenant : user.tenants()) {
            choices.add(Map.of("id", tenant, "name", tenants.get(tenant).name(), "role", user.mainRole(tenant)));
        }
        model.addAttribute("choices", choices);
        return "tenants";
    }

    /**
     * The dashboard: the tenant's plans and, for each, its rounds; for a coordinator the open round's response board,
     * its consistency issues and the late activities; for a focal point the open rounds' contribution of the own
     * institution.
     */
    @GetMapping("/t/{tenant}")
    String dashboard(@PathVariable String tenant, Model model, jakarta.servlet.http.HttpServletRequest request) {
        TenantPage page = TenantPage.of(request);
        List<Object> plans = items(api.get("/api/t/{tenant}/plans", tenant), "items");
        List<Map<String, Object>> openRounds = new ArrayList<>();
        Map<String, List<Object>> roundsByPlan = new LinkedHashMap<>();
        for (Object plan : plans) {
            String planId = String.valueOf(((Map<?, ?>) plan).get("id"));
            List<Object> rounds;
            try {
                rounds = items(api.get("/api/t/{tenant}/monitoring/plans/{planId}/rounds", tenant, planId), "rounds");
            } catch (ApiProblemException e) {
                if (e.status() != 404) {
                    throw e;
                }
                rounds = List.of(); // monitoring has not learnt of the plan yet
            }
            roundsByPlan.put(planId, rounds);
            for (Object round : rounds) {
                Map<?, ?> r = (Map<?, ?>) round;
                if ("open".equals(r.get("state"))) {
                    openRounds.add(openRound(tenant, page, plan, r));
                }
            }
        }
        model.addAttribute("plans", plans);
        model.addAttribute("roundsByPlan", roundsByPlan);
        model.addAttribute("openRounds", openRounds);
        return "dashboard";
    }

    private Map<String, Object> openRound(String tenant, TenantPage page, Object plan, Map<?, ?> round) {
        String roundId = String.valueOf(round.get("roundId"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("plan", plan);
        view.put("round", round);
        view.put("dashboard", null);
        view.put("issues", List.of());
        view.put("ownContributions", null);
        if (page.coordinator()) {
            Map<String, Object> dashboard = api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/dashboard", tenant, roundId);
            view.put("dashboard", dashboard);
            Map<String, Object> rollup = api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/rollup", tenant, roundId);
            view.put("issues", rollup.getOrDefault("issues", List.of()));
        } else if (page.institution() != null) {
            List<Object> own = new ArrayList<>();
            for (Object contribution : items(api.get("/api/t/{tenant}/monitoring/rounds/{roundId}/contributions", tenant, roundId),
                    "contributions")) {
                if (page.institution().equals(((Map<?, ?>) contribution).get("institution"))) {
                    own.add(contribution);
                }
            }
            view.put("ownContributions", own);
        }
        return view;
    }

    @SuppressWarnings("unchecked")
    static List<Object> items(Map<String, Object> body, String field) {
        Object value = body.get(field);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
