package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.ApiResponse;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.AllocationForm;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.funding.LineForm;
import org.ariadne.webapp.funding.PaymentForm;
import org.ariadne.webapp.shell.FieldErrors;
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
 * The money of a jurisdiction's plans, as the funding service counts it: the totals (every line counted once, lines
 * of a jurisdiction above shown apart, amounts the plan only restates never summed; with tenants below rolled up on
 * request), the budget lines and one line with its years, activities and transactions. Coordinators (finance officers
 * sign in as coordinators) create and change lines and their money by year and record payments. The pages show the
 * service's figures as they come; they add nothing up.
 */
@Controller
class FundingPages {

    private final PlatformApi api;

    FundingPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/funding")
    String totals(@PathVariable String tenant, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String include, HttpServletRequest request, Model model) {
        String tenantCurrency = TenantPage.of(request).tenant().currency();
        String chosen = FundingFigures.chosen(currency, tenantCurrency);
        List<String> below = FundingFigures.tenantsBelow(include, tenant);
        Map<String, Object> totals = null;
        if (below == null) {
            model.addAttribute(Notice.FLASH, new Notice("error", "funding.include.invalid", null, List.of()));
            below = List.of();
        } else if (!below.isEmpty()) {
            try {
                totals = api.get("/api/t/{tenant}/funding/totals?currency={currency}&include={include}", tenant,
                        chosen == null ? "" : chosen, String.join(",", below));
            } catch (ApiProblemException e) {
                if (e.status() != 404 && e.status() != 422) {
                    throw e;
                }
                // a tenant that is not below, or does not share its figures with this one, is unknown here as in the API
                model.addAttribute(Notice.FLASH, new Notice("error", "funding.include.unknown", e.detail(), List.of()));
                below = List.of();
            }
        }
        if (totals == null) {
            totals = chosen == null ? api.get("/api/t/{tenant}/funding/totals", tenant)
                    : api.get("/api/t/{tenant}/funding/totals?currency={currency}", tenant, chosen);
        }
        model.addAttribute("totals", totals);
        model.addAttribute("included", below);
        model.addAttribute("include", String.join(", ", below));
        model.addAttribute("currencies", FundingFigures.currencies(tenantCurrency));
        model.addAttribute("currency", Json.text(Json.map(totals, "own"), "currency"));
        model.addAttribute("restated", FundingFigures.withRestatedAmounts(api.get("/api/t/{tenant}/funding/activities", tenant)));
        model.addAttribute("children", consentingChildren(tenant));
        return "funding-totals";
    }

    /** The levels below that share their figures with this tenant, offered in the "together with" field. */
    private List<Map<String, Object>> consentingChildren(String tenant) {
        try {
            List<Map<String, Object>> children = Json.list(api.get("/api/t/{tenant}/identity/children", tenant), "items");
            return children.stream().filter(child -> Boolean.TRUE.equals(child.get("consenting"))).toList();
        } catch (ApiProblemException e) {
            if (e.status() < 500) {
                throw e;
            }
            return List.of(); // identity unavailable: the field still takes a typed code
        }
    }

    @GetMapping("/t/{tenant}/funding/lines")
    String lines(@PathVariable String tenant, Model model) {
        model.addAttribute("lines", api.get("/api/t/{tenant}/funding/lines", tenant));
        return "funding-lines";
    }

    // ---- a new line, and a line's own fields ----

    @GetMapping("/t/{tenant}/funding/lines/new")
    String newLine(@PathVariable String tenant, HttpServletRequest request, Model model) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LineForm.empty(page.tenant().currency()));
        }
        model.addAttribute("creating", true);
        return lineForm(model);
    }

    @PostMapping("/t/{tenant}/funding/lines")
    String createLine(@PathVariable String tenant, LineForm form, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        char decimal = page.format().decimalSeparator();
        Map<String, String> problems = form.problems(decimal, true);
        if (!problems.isEmpty()) {
            return backToForm(redirect, form, FieldErrors.of(problems), null, "/t/" + tenant + "/funding/lines/new");
        }
        try {
            ApiResponse created = api.send(HttpMethod.POST, "/api/t/{tenant}/funding/lines", form.createBody(decimal), tenant);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.line.created"));
            return "redirect:/t/" + tenant + "/funding/lines/" + Json.text(created.body(), "id");
        } catch (ApiProblemException e) {
            return backToForm(redirect, form, FieldErrors.of(e).collapsed("links"), e, "/t/" + tenant + "/funding/lines/new");
        }
    }

    @GetMapping("/t/{tenant}/funding/lines/{lineId}/edit")
    String editLine(@PathVariable String tenant, @PathVariable String lineId, HttpServletRequest request, Model model) {
        TenantPage.of(request).requireCoordinator();
        Map<String, Object> line = api.get("/api/t/{tenant}/funding/lines/{lineId}", tenant, lineId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LineForm.of(line));
        }
        model.addAttribute("line", line);
        model.addAttribute("creating", false);
        return lineForm(model);
    }

    @PostMapping("/t/{tenant}/funding/lines/{lineId}")
    String changeLine(@PathVariable String tenant, @PathVariable String lineId, LineForm form, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        String edit = "/t/" + tenant + "/funding/lines/" + lineId + "/edit";
        Map<String, String> problems = form.problems(page.format().decimalSeparator(), false);
        if (!problems.isEmpty()) {
            return backToForm(redirect, form, FieldErrors.of(problems), null, edit);
        }
        try {
            api.send(HttpMethod.PATCH, "/api/t/{tenant}/funding/lines/{lineId}", form.fields(), ifMatch(form.version()), tenant, lineId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.line.changed"));
            return "redirect:/t/" + tenant + "/funding/lines/" + lineId;
        } catch (ApiProblemException e) {
            return backToForm(redirect, form, FieldErrors.of(e), e, edit);
        }
    }

    private static String lineForm(Model model) {
        model.addAttribute("sourceKinds", LineForm.SOURCE_KINDS);
        model.addAttribute("allocationStatuses", AllocationForm.STATUSES);
        return "funding-line-form";
    }

    private static String backToForm(RedirectAttributes redirect, Object form, FieldErrors errors, ApiProblemException problem,
            String path) {
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute(FieldErrors.FLASH, errors);
        redirect.addFlashAttribute(Notice.FLASH, problem == null ? new Notice("error", "form.invalid", null, List.of()) : Notice.of(problem));
        return "redirect:" + path;
    }

    // ---- one line: its money by year, its activities, its payments ----

    @GetMapping("/t/{tenant}/funding/lines/{lineId}")
    String line(@PathVariable String tenant, @PathVariable String lineId, Model model) {
        Map<String, Object> line = api.get("/api/t/{tenant}/funding/lines/{lineId}", tenant, lineId);
        model.addAttribute("line", line);
        model.addAttribute("figures", api.get("/api/t/{tenant}/funding/lines/{lineId}/figures", tenant, lineId));
        List<Map<String, Object>> allocations = new ArrayList<>(Json.list(line, "allocations"));
        // undated (unknown) allocations after the years, as a ministry's table prints them
        allocations.sort((a, b) -> a.get("year") == null ? (b.get("year") == null ? 0 : 1) : b.get("year") == null ? -1
                : Integer.compare(((Number) a.get("year")).intValue(), ((Number) b.get("year")).intValue()));
        model.addAttribute("allocations", allocations);
        model.addAttribute("paymentTypes", PaymentForm.TYPES);
        model.addAttribute("allocationStatuses", AllocationForm.STATUSES);
        return "funding-line";
    }

    @PostMapping("/t/{tenant}/funding/lines/{lineId}/allocations")
    String setAllocation(@PathVariable String tenant, @PathVariable String lineId, AllocationForm allocation,
            @RequestParam(required = false) String version, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        char decimal = page.format().decimalSeparator();
        Map<String, String> problems = allocation.problems("allocation.", decimal);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("allocation", allocation);
            redirect.addFlashAttribute(FieldErrors.FLASH, FieldErrors.of(problems));
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "form.invalid", null, List.of()));
        } else {
            try {
                Map<String, Object> body = allocation.body(decimal);
                body.remove("year");
                api.send(HttpMethod.PUT, "/api/t/{tenant}/funding/lines/{lineId}/allocations/{year}", body, ifMatch(version), tenant,
                        lineId, allocation.fiscalYear());
                redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.allocation.saved"));
            } catch (ApiProblemException e) {
                redirect.addFlashAttribute("allocation", allocation);
                redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            }
        }
        return "redirect:/t/" + tenant + "/funding/lines/" + lineId + "#allocations-heading";
    }

    @PostMapping("/t/{tenant}/funding/lines/{lineId}/allocations/{year}/removal")
    String removeAllocation(@PathVariable String tenant, @PathVariable String lineId, @PathVariable String year,
            @RequestParam(required = false) String version, HttpServletRequest request, RedirectAttributes redirect) {
        TenantPage.of(request).requireCoordinator();
        if (!year.matches("\\d{4}|undated")) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", "funding.allocation.yearInvalid", null, List.of()));
        } else {
            try {
                api.send(HttpMethod.DELETE, "/api/t/{tenant}/funding/lines/{lineId}/allocations/{year}", null, ifMatch(version), tenant,
                        lineId, year);
                redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.allocation.removed"));
            } catch (ApiProblemException e) {
                redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            }
        }
        return "redirect:/t/" + tenant + "/funding/lines/" + lineId + "#allocations-heading";
    }

    @PostMapping("/t/{tenant}/funding/lines/{lineId}/payments")
    String recordPayment(@PathVariable String tenant, @PathVariable String lineId, PaymentForm payment, HttpServletRequest request,
            RedirectAttributes redirect) {
        TenantPage page = TenantPage.of(request);
        page.requireCoordinator();
        String back = "redirect:/t/" + tenant + "/funding/lines/" + lineId;
        char decimal = page.format().decimalSeparator();
        List<String> problems = payment.problems(decimal);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(Notice.FLASH, new Notice("error", problems.get(0), null, List.of()));
            redirect.addFlashAttribute("payment", payment);
            return back;
        }
        try {
            String currency = Json.text(api.get("/api/t/{tenant}/funding/lines/{lineId}", tenant, lineId), "currency");
            api.send(HttpMethod.POST, "/api/t/{tenant}/funding/lines/{lineId}/transactions", payment.body(currency, decimal), tenant,
                    lineId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.success("funding.payment.recorded"));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(e));
            redirect.addFlashAttribute("payment", payment);
        }
        return back;
    }

    /** The line's version as its ETag; an empty one sends none (the service then asks for it: 428). */
    static Map<String, String> ifMatch(String version) {
        return version == null || !version.strip().matches("\\d{1,18}") ? Map.of() : Map.of("If-Match", "\"" + version.strip() + "\"");
    }
}
