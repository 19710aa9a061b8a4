package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.funding.PaymentForm;
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
 * of a jurisdiction above shown apart, amounts the plan only restates never summed), the budget lines and one line
 * with its years, activities and transactions, where a coordinator records a payment. The pages show the service's
 * figures as they come; they add nothing up.
 */
@Controller
class FundingPages {

    private final PlatformApi api;

    FundingPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/t/{tenant}/funding")
    String totals(@PathVariable String tenant, @RequestParam(required = false) String currency, HttpServletRequest request,
            Model model) {
        String tenantCurrency = TenantPage.of(request).tenant().currency();
        String chosen = FundingFigures.chosen(currency, tenantCurrency);
        Map<String, Object> totals = chosen == null ? api.get("/api/t/{tenant}/funding/totals", tenant)
                : api.get("/api/t/{tenant}/funding/totals?currency={currency}", tenant, chosen);
        model.addAttribute("totals", totals);
        model.addAttribute("currencies", FundingFigures.currencies(tenantCurrency));
        model.addAttribute("currency", Json.text(Json.map(totals, "own"), "currency"));
        model.addAttribute("restated", FundingFigures.withRestatedAmounts(api.get("/api/t/{tenant}/funding/activities", tenant)));
        return "funding-totals";
    }

    @GetMapping("/t/{tenant}/funding/lines")
    String lines(@PathVariable String tenant, Model model) {
        model.addAttribute("lines", api.get("/api/t/{tenant}/funding/lines", tenant));
        return "funding-lines";
    }

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
        return "funding-line";
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
}
