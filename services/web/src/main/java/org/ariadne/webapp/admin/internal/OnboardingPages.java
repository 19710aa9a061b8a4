package org.ariadne.webapp.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.admin.OnboardingForm;
import org.ariadne.webapp.admin.OnboardingProgress;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.shell.Notice;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator onboards a jurisdiction (identity creates it from a template and invites its first
 * coordinator) and follows every jurisdiction's first steps on the checklist.
 */
@Controller
class OnboardingPages {

    private final PlatformApi api;
    private final PlatformAdmins admins;

    OnboardingPages(PlatformApi api, PlatformAdmins admins) {
        this.api = api;
        this.admins = admins;
    }

    @GetMapping("/admin/onboardings")
    String onboardings(Model model) {
        admins.require();
        List<OnboardingProgress> progress = new ArrayList<>();
        for (Map<String, Object> tenant : api.list("/api/admin/tenants")) {
            progress.add(OnboardingProgress.of(tenant, api.get("/api/admin/onboardings/{tenant}", Json.text(tenant, "id"))));
        }
        model.addAttribute("progress", progress);
        model.addAttribute("steps", OnboardingProgress.STEPS);
        return "admin-onboardings";
    }

    @GetMapping("/admin/onboardings/new")
    String form(Model model) {
        admins.require();
        model.addAttribute("templates", api.list("/api/admin/onboarding-templates"));
        model.addAttribute("tenants", api.list("/api/admin/tenants"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OnboardingForm(null, null, null, "canton", null, null, null, null, null));
        }
        return "admin-onboarding-new";
    }

    @PostMapping("/admin/onboardings")
    String onboard(OnboardingForm form, RedirectAttributes redirect) {
        admins.require();
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", problems.get(0), null, List.of()));
            redirect.addFlashAttribute("form", form);
            return "redirect:/admin/onboardings/new";
        }
        try {
            ApiResponse created = api.send(HttpMethod.POST, "/api/admin/onboardings", form.body());
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("onboarding.done"));
            return "redirect:/admin/tenants/" + Json.text(created.body(), "tenant");
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            redirect.addFlashAttribute("form", form);
            return "redirect:/admin/onboardings/new";
        }
    }
}
