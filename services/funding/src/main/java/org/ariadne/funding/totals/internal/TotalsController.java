package org.ariadne.funding.totals.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.totals.ActivityFunding;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.funding.totals.internal.TotalsViews.TenantTotalsView;
import org.ariadne.funding.totals.internal.TotalsViews.TotalsView;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.parent.ParentViews;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures: totals (counted once by line), the roll-up of a tenant with tenants below it, the money of each plan
 * activity, and one line's figures by year. {@code currency} (ISO 4217) converts every row with its own value date's
 * rate; without it the tenant's reporting currency is used.
 */
@RestController
@RequestMapping("/api/t/{tenant}/funding")
@Tag(name = "Totals", description = "Planned, secured, committed, disbursed and spent, by year, source, holder, "
        + "currency, co-financing group and plan node — every line counted once")
class TotalsController {

    private final FundingQueries queries;
    private final LineQueries lines;
    private final TenantHierarchy hierarchy;
    private final ParentViews parentViews;

    TotalsController(FundingQueries queries, LineQueries lines, TenantHierarchy hierarchy, ParentViews parentViews) {
        this.queries = queries;
        this.lines = lines;
        this.hierarchy = hierarchy;
        this.parentViews = parentViews;
    }

    @GetMapping("/totals")
    @Operation(summary = "The tenant's totals; include=<tenant below> (repeatable) rolls those tenants up with it, each "
            + "line counted once (your token must grant them too, or the child must consent to this tenant as its parent; "
            + "else 404 like any foreign object)")
    TenantTotalsView totals(
            @Parameter(schema = @Schema(pattern = Amounts.CURRENCY_PATTERN, maxLength = 3)) @RequestParam(required = false) String currency,
            @Parameter(array = @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 20)))
            @RequestParam(required = false) List<String> include) {
        CurrencyCode target = currency(currency);
        return TenantTotalsView.of(queries.totals(target, included(include)));
    }

    @GetMapping("/activities")
    @Operation(summary = "The money of every activity of the tenant's plans (or of planId): its lines, \"shared (n)\", "
            + "amounts the plan only restates, sources named without an amount")
    ActivityList activities(@Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String planId) {
        if (planId != null && planId.length() > 100) {
            throw ProblemException.validation(List.of(new FieldProblem("planId", "at most 100 characters")));
        }
        return new ActivityList(queries.activities(planId == null || planId.isBlank() ? null : planId.strip()));
    }

    record ActivityList(List<ActivityFunding> items) {
    }

    @GetMapping("/plans/{planId}/activities/{activityId}")
    @Operation(summary = "The money of one activity")
    ActivityFunding activity(@PathVariable String planId, @PathVariable String activityId) {
        return queries.activity(planId, activityId);
    }

    @GetMapping("/lines/{lineId}/figures")
    @Operation(summary = "One line's figures by year (planned, disbursed, execution …), in its own currency or currency")
    TotalsView lineFigures(@PathVariable String lineId,
            @Parameter(schema = @Schema(pattern = Amounts.CURRENCY_PATTERN, maxLength = 3)) @RequestParam(required = false) String currency) {
        CurrencyCode target = currency == null ? null : currency(currency);
        return TotalsView.of(queries.lineFigures(lines.get(lineId), target));
    }

    private CurrencyCode currency(String currency) {
        if (currency == null || currency.isBlank()) {
            return queries.reportingCurrency();
        }
        List<FieldProblem> problems = new ArrayList<>();
        CurrencyCode code = Amounts.currency("currency", currency, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return code;
    }

    /**
     * Tenants to roll up: below the current one, and granted by the caller's token or consenting to the current tenant
     * as their parent (such a read is audited in the child). Anything else is as unknown as a foreign object.
     */
    private List<String> included(List<String> include) {
        if (include == null || include.isEmpty()) {
            return List.of();
        }
        String here = TenantContext.require().value();
        Set<String> granted = grantedTenants();
        Set<String> tenants = new LinkedHashSet<>();
        Set<String> byConsent = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String raw : include) {
            for (String tenant : raw.split(",")) {
                String t = tenant.strip();
                if (t.isEmpty() || t.equals(here)) {
                    continue;
                }
                if (!TenantId.isValid(t)) {
                    problems.add(new FieldProblem("include", "\"" + (t.length() > 20 ? t.substring(0, 20) : t)
                            + "\" is not a tenant id"));
                } else if (!hierarchy.isSelfOrDescendant(t, here)) {
                    problems.add(new FieldProblem("include", t + " is not a tenant below " + here + "; a roll-up covers "
                            + here + " and tenants below it"));
                } else if (granted.contains(t)) {
                    tenants.add(t);
                } else if (parentViews.consents(t)) {
                    byConsent.add(t);
                    tenants.add(t);
                } else {
                    throw ProblemException.notFound("Tenant " + t + "'s funding totals");
                }
            }
        }
        if (tenants.size() > 20) {
            problems.add(new FieldProblem("include", "at most 20 tenants in one roll-up"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        byConsent.forEach(child -> parentViews.audit(child, "funding: totals rolled up with " + here));
        return new ArrayList<>(tenants);
    }

    private static Set<String> grantedTenants() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return TenantClaims.tenantsOf(jwt);
        }
        return Set.of();
    }
}
