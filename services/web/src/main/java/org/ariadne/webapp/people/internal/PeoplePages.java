package org.ariadne.webapp.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.people.Invitation;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's people: the members of the jurisdiction (roles, institution, active, password set, the latest
 * link's state), inviting a focal point or a viewer, deactivating and reactivating a member, sending a password reset
 * link. Identity decides who may do what; the page shows the forms to coordinators only.
 */
@Controller
class PeoplePages {

    private static final Logger log = LoggerFactory.getLogger(PeoplePages.class);

    private final PlatformApi api;

    PeoplePages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/people")
    String people(@PathVariable String tenant, HttpServletRequest request, Model model) {
        TenantPage.of(request).requireCoordinator();
        model.addAttribute("people", api.list("/api/t/{tenant}/identity/people", tenant));
        model.addAttribute("institutions", institutions(tenant));
        model.addAttribute("roles", Invitation.ROLES);
        if (!model.containsAttribute("invitation")) {
            model.addAttribute("invitation", new Invitation(null, null, "focal_point", null, null));
        }
        return "people";
    }

    @PostMapping("/t/{tenant}/people")
    String invite(@PathVariable String tenant, Invitation invitation, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        List<String> problems = invitation.problems();
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", problems.get(0), null, List.of()));
            redirect.addFlashAttribute("invitation", invitation);
            return back(tenant);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> institution : institutions(tenant)) {
            names.put(Json.text(institution, "id"), Json.text(institution, "name"));
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/identity/people", invitation.body(names), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("people.invited"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            redirect.addFlashAttribute("invitation", invitation);
        }
        return back(tenant);
    }

    @PostMapping("/t/{tenant}/people/{username}/deactivation")
    String deactivate(@PathVariable String tenant, @PathVariable String username, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(tenant, username, "deactivation", "people.deactivated", request, redirect);
    }

    @PostMapping("/t/{tenant}/people/{username}/reactivation")
    String reactivate(@PathVariable String tenant, @PathVariable String username, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(tenant, username, "reactivation", "people.reactivated", request, redirect);
    }

    @PostMapping("/t/{tenant}/people/{username}/password-reset")
    String resetPassword(@PathVariable String tenant, @PathVariable String username, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(tenant, username, "password-reset", "people.resetSent", request, redirect);
    }

    private String act(String tenant, String username, String action, String doneKey, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/identity/people/{username}/" + action, null, tenant, username);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(doneKey));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back(tenant);
    }

    /** The partners registry's institutions of the tenant, to choose a focal point's from; none when partners is down. */
    private List<Map<String, Object>> institutions(String tenant) {
        try {
            return Json.list(api.get("/api/t/{tenant}/partners/institutions", tenant), "items");
        } catch (ApiProblemException e) {
            log.info("The partners registry could not be read for {} ({}): the institution is typed", tenant, e.slug());
            return List.of();
        }
    }

    private static String back(String tenant) {
        return "redirect:/t/" + tenant + "/people";
    }
}
