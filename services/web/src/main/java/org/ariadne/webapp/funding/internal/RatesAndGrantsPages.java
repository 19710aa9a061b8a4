package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.GrantForm;
import org.ariadne.webapp.funding.RateForm;
import org.ariadne.webapp.shell.FieldErrors;
import org.ariadne.webapp.shell.Notice;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.http.HttpMethod;
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
 * What converts foreign money (reference rates: the ECB's file or a rate typed by hand) and the donors' grants with
 * their agreements' fixed rates. Every member reads; coordinators (finance officers) enter.
 */
@Controller
class RatesAndGrantsPages {

    static final long MAX_ECB_BYTES = 10L * 1024 * 1024;

    private final PlatformApi api;

    RatesAndGrantsPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/funding/rates")
    String rates(@PathVariable String tenant, @RequestParam(defaultValue = "USD") String currency, Model model) {
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            code = "USD";
        }
        model.addAttribute("shownCurrency", code);
        model.addAttribute("rates", api.get("/api/t/{tenant}/funding/rates?currency={currency}", tenant, code));
        return "funding-rates";
    }

    @PostMapping("/t/{tenant}/funding/rates")
    String setRate(@PathVariable String tenant, RateForm rate, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        char decimal = page.format().decimalSeparator();
        String back = "redirect:/t/" + tenant + "/funding/rates?currency=" + (rate.code().matches("[A-Z]{3}") ? rate.code() : "USD");
        Map<String, String> problems = rate.problems(decimal);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("rate", rate);
            redirect.addFlashAttribute(FieldErrors.FLASH, FieldErrors.of(problems));
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "form.invalid", null, List.of()));
            return back;
        }
        try {
            api.send(HttpMethod.PUT, "/api/t/{tenant}/funding/rates/{currency}/{date}",
                    Map.of("unitsPerEuro", RateForm.plainRate(rate.unitsPerEuro(), decimal)), tenant, rate.code(), rate.date().strip());
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.rate.saved"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute("rate", rate);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back;
    }

    @PostMapping("/t/{tenant}/funding/rates/ecb")
    String uploadEcb(@PathVariable String tenant, @RequestParam(value = "file", required = false) MultipartFile file,
            HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (file == null || file.isEmpty() || file.getSize() > MAX_ECB_BYTES) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.rate.ecbFile", null, List.of()));
            return "redirect:/t/" + tenant + "/funding/rates";
        }
        try {
            ApiResponse job = api.upload("/api/t/{tenant}/funding/rates/ecb", file.getBytes(), MediaType.TEXT_PLAIN, tenant);
            return "redirect:/t/" + tenant + "/funding/jobs/" + Json.text(job.body(), "id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/funding/rates";
        }
    }

    @GetMapping("/t/{tenant}/funding/grants")
    String grants(@PathVariable String tenant, Model model) {
        model.addAttribute("grants", Json.list(api.get("/api/t/{tenant}/funding/grants", tenant), "items"));
        return "funding-grants";
    }

    @PostMapping("/t/{tenant}/funding/grants")
    String createGrant(@PathVariable String tenant, GrantForm grant, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        char decimal = page.format().decimalSeparator();
        String back = "redirect:/t/" + tenant + "/funding/grants";
        Map<String, String> problems = grant.problems(decimal);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("grant", grant);
            redirect.addFlashAttribute(FieldErrors.FLASH, FieldErrors.of(problems));
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "form.invalid", null, List.of()));
            return back + "#new-grant";
        }
        try {
            api.send(HttpMethod.POST, "/api/t/{tenant}/funding/grants", grant.body(decimal), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.grant.created"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute("grant", grant);
            redirect.addFlashAttribute(FieldErrors.FLASH, FieldErrors.of(e));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
        }
        return back;
    }

    @PostMapping("/t/{tenant}/funding/grants/{grantId}/iati")
    String exportGrant(@PathVariable String tenant, @PathVariable String grantId, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        try {
            ApiResponse job = api.send(HttpMethod.POST, "/api/t/{tenant}/funding/exports/iati?grantId={grantId}", null, tenant, grantId);
            return "redirect:/t/" + tenant + "/funding/jobs/" + Json.text(job.body(), "id");
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            return "redirect:/t/" + tenant + "/funding/grants";
        }
    }
}
