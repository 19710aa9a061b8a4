package org.ariadne.webapp.funding.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.api.Json;
import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.funding.FundingFigures;
import org.ariadne.webapp.shell.TenantPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The money of a jurisdiction's plans, as the funding service counts it: the totals (every line counted once, lines
 * of a jurisdiction above shown apart, amounts the plan only restates never summed), the budget lines and one line
 * with its years, activities and transactions. The pages show the service's figures as they come; they add nothing up.
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
        return "funding-line";
    }
}
