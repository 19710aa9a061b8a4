package org.ariadne.webapp.consent.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.PlatformApi;
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
 * Parent consent from both sides. A child jurisdiction (ba-04) shows whether its parent (ba) may read its frozen
 * round results and funding totals, and its coordinator grants or withdraws that consent (identity). A parent reads a
 * consenting child's results next to its own (monitoring's parent view) and the funding totals of both, each line
 * counted once (funding's {@code totals?include=}). The parent's page lists its children with their consent (identity);
 * the child's view of an unknown child and of one that does not consent answer alike ("not found").
 */
@Controller
class ConsentPages {

    private static final Pattern TENANT_ID = Pattern.compile("^[a-z]{2}(-[a-z0-9]{1,8})?$");

    private final PlatformApi api;

    ConsentPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/consent")
    String consent(@PathVariable String tenant, Model model) {
        Map<String, Object> consent;
        try {
            consent = api.get("/api/t/{tenant}/identity/parent-consent", tenant);
        } catch (ApiProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            // a jurisdiction without one above it has no consent to give (its children may still consent to it)
            consent = java.util.Collections.singletonMap("parentId", null);
        }
        model.addAttribute("consent", consent);
        model.addAttribute("children", api.get("/api/t/{tenant}/identity/children", tenant).get("items"));
        return "consent";
    }

    @PostMapping("/t/{tenant}/consent")
    String decide(@PathVariable String tenant, @RequestParam(required = false) String decision, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        boolean grant = "grant".equals(decision);
        if (!grant && !"withdraw".equals(decision)) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "problem.malformed-request", null, List.of()));
            return "redirect:/t/" + tenant + "/consent";
        }
        try {
            api.send(grant ? HttpMethod.PUT : HttpMethod.DELETE, "/api/t/{tenant}/identity/parent-consent", null, tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success(grant ? "consent.granted" : "consent.withdrawn"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return "redirect:/t/" + tenant + "/consent";
    }

    /** The parent's view of one child, chosen by its code on the consent page. */
    @GetMapping("/t/{tenant}/children")
    String child(@PathVariable String tenant, @RequestParam(required = false) String child, Model model) {
        String chosen = child == null ? "" : child.strip().toLowerCase(java.util.Locale.ROOT);
        if (!TENANT_ID.matcher(chosen).matches()) {
            return "redirect:/t/" + tenant + "/consent";
        }
        model.addAttribute("child", chosen);
        try {
            model.addAttribute("rollups", api.get("/api/t/{tenant}/monitoring/children/{child}/rollups", tenant, chosen));
            model.addAttribute("totals", optional(() -> api.get("/api/t/{tenant}/funding/totals?include={child}", tenant, chosen)));
        } catch (ApiProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            model.addAttribute("rollups", null);
            model.addAttribute("totals", null);
        }
        return "children";
    }

    /** Funding may be down while monitoring answers: the results are shown without the money then. */
    private static Map<String, Object> optional(java.util.function.Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (ApiProblemException e) {
            if (e.status() == 404 || e.status() >= 500) {
                return null;
            }
            throw e;
        }
    }
}
