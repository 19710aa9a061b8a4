package org.ariadne.funding.totals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ariadne.funding.grant.Grants;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.ForeignLine;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.Conversion;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.ExchangeRates;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PlannedNode;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The figures a coordinator and a finance officer read: the tenant's totals (its own lines; the lines its parents
 * linked to its activities apart, read-only), a roll-up over the tenant and tenants below it that counts each line
 * once, and the money of each plan activity. Every figure is computed on read from the lines, in the currency asked
 * for (the tenant's reporting currency by default).
 */
@Service
public class FundingQueries {

    private final LineQueries lines;
    private final PlanViewRepository planView;
    private final ExchangeRates rates;
    private final Grants grants;
    private final TenantHierarchy hierarchy;

    public FundingQueries(LineQueries lines, PlanViewRepository planView, ExchangeRates rates, Grants grants,
            TenantHierarchy hierarchy) {
        this.lines = lines;
        this.planView = planView;
        this.rates = rates;
        this.grants = grants;
        this.hierarchy = hierarchy;
    }

    /** The figures of one tenant, or of several (a roll-up, each line once), and of what was linked in. */
    public record TenantTotals(List<String> tenants, Totals own, Totals linkedIn) {
    }

    /**
     * Totals answered again while nothing they are computed from has changed: the key holds the currency and, for
     * every tenant counted, the stamps of its lines (and of the lines linked to it), its plan view and its grants,
     * and the stamp of the rates used. The stamps are read before the figures, so a cached answer is never older than
     * its key; every instance checks the database, so replicas never serve each other's stale answers.
     */
    private final Map<String, TenantTotals> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TenantTotals> eldest) {
                    return size() > 100;
                }
            });

    /** The currency the tenant reports in (identity's TenantOnboarded); EUR when funding has not heard of it. */
    public CurrencyCode reportingCurrency() {
        String tenant = TenantContext.require().value();
        return hierarchy.profile(tenant).map(p -> p.currency()).filter(org.ariadne.funding.money.Currencies::isKnown)
                .map(CurrencyCode::of).orElse(CurrencyCode.EUR);
    }

    /**
     * @param target  the currency of every figure
     * @param include tenants below the current one to roll up with it (already checked against the caller's token)
     */
    public TenantTotals totals(CurrencyCode target, List<String> include) {
        String here = TenantContext.require().value();
        List<String> tenants = new ArrayList<>();
        tenants.add(here);
        tenants.addAll(include);
        String key = cacheKey(target, tenants);
        TenantTotals cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        TenantTotals computed = compute(target, include, here, tenants);
        cache.put(key, computed);
        return computed;
    }

    private String cacheKey(CurrencyCode target, List<String> tenants) {
        StringBuilder key = new StringBuilder(target.code()).append("|rates=").append(rates.stamp());
        String here = TenantContext.require().value();
        for (String tenant : tenants) {
            key.append('|').append(tenant.equals(here) ? stampOfCurrent()
                    : TenantContext.callAs(TenantId.of(tenant), this::stampOfCurrent));
        }
        return key.toString();
    }

    /** The stamps of what the current tenant's figures are computed from (its ancestors' grants included). */
    private String stampOfCurrent() {
        String here = TenantContext.require().value();
        StringBuilder stamp = new StringBuilder(lines.stamp()).append(",plans=").append(planView.stamp())
                .append(",grants=").append(grants.stamp());
        for (String owner : hierarchy.ancestorsOf(here)) {
            stamp.append(',').append(owner).append(".grants=")
                    .append(TenantContext.callAs(TenantId.of(owner), grants::stamp));
        }
        return stamp.toString();
    }

    private TenantTotals compute(CurrencyCode target, List<String> include, String here, List<String> tenants) {
        Map<String, CountedLine> counted = new LinkedHashMap<>();
        Map<String, CountedLine> linkedIn = new LinkedHashMap<>();
        NodeIndex nodes = NodeIndex.EMPTY;
        for (String tenant : tenants) {
            Visible visible = tenant.equals(here) ? visible() : TenantContext.callAs(TenantId.of(tenant), this::visible);
            visible.own().forEach(l -> counted.putIfAbsent(l.key(), l));
            visible.linkedIn().forEach(l -> linkedIn.putIfAbsent(l.key(), l));
            nodes = nodes.with(visible.nodes());
        }
        List<CountedLine> ownLines = new ArrayList<>(counted.values());
        List<CountedLine> foreign = new ArrayList<>();
        linkedIn.forEach((key, line) -> {
            if (!counted.containsKey(key)) {
                foreign.add(line);
            }
        });
        List<CountedLine> all = new ArrayList<>(ownLines);
        all.addAll(foreign);
        Conversion conversion = conversion(all, target);
        Function<String, AgreementRate> agreements = agreements(all);
        Totals own;
        if (include.isEmpty()) {
            own = FundingTotals.compute(ownLines, conversion, target, agreements, nodes);
        } else {
            // a roll-up: a parent's line linked to a child's activity is the parent's, counted once among them
            List<CountedLine> rollUp = new ArrayList<>(ownLines);
            foreign.stream().filter(l -> tenants.contains(l.owner())).forEach(rollUp::add);
            foreign.removeIf(l -> tenants.contains(l.owner()));
            own = FundingTotals.compute(rollUp, conversion, target, agreements, nodes);
        }
        return new TenantTotals(tenants, own, FundingTotals.compute(foreign, conversion, target, agreements, nodes));
    }

    /** The money of the current tenant's plan activities (one plan, or all when planId is null). */
    public List<ActivityFunding> activities(String planId) {
        String here = TenantContext.require().value();
        Visible visible = visible();
        List<CountedLine> all = new ArrayList<>(visible.own());
        all.addAll(visible.linkedIn());
        Conversion conversion = conversion(all, null);
        Function<String, AgreementRate> agreements = agreements(all);
        List<ActivityFunding> views = new ArrayList<>();
        for (PlannedActivity activity : planId == null ? planView.activities() : planView.activities(planId)) {
            if (!activity.removed()) {
                views.add(ActivityFundingViews.of(here, activity, all, conversion, agreements));
            }
        }
        return views;
    }

    public ActivityFunding activity(String planId, String activityId) {
        PlannedActivity activity = planView.activity(planId, activityId).filter(a -> !a.removed())
                .orElseThrow(() -> ProblemException.notFound("Activity " + activityId + " of plan " + planId));
        Visible visible = visible();
        List<CountedLine> all = new ArrayList<>(visible.own());
        all.addAll(visible.linkedIn());
        return ActivityFundingViews.of(TenantContext.require().value(), activity, all, conversion(all, null),
                agreements(all));
    }

    /** The figures of one line by year, in the currency asked for (its own by default). */
    public Totals lineFigures(BudgetLine line, CurrencyCode target) {
        CurrencyCode currency = target == null ? line.fields().currency() : target;
        List<CountedLine> one = List.of(new CountedLine(TenantContext.require().value(), line, false));
        return FundingTotals.compute(one, conversion(one, currency), currency, agreements(one), NodeIndex.EMPTY);
    }

    /** What the current tenant sees: its own lines, its parents' lines linked to it, where its activities sit. */
    private record Visible(List<CountedLine> own, List<CountedLine> linkedIn, NodeIndex nodes) {
    }

    private Visible visible() {
        String here = TenantContext.require().value();
        List<CountedLine> own = lines.own().stream().map(l -> new CountedLine(here, l, false)).toList();
        List<CountedLine> linkedIn = new ArrayList<>();
        for (ForeignLine foreign : lines.linkedIn()) {
            linkedIn.add(new CountedLine(foreign.owner(), foreign.line(), true));
        }
        List<PlannedActivity> activities = planView.activities();
        Map<String, List<PlannedNode>> nodesByPlan = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (String plan : activities.stream().map(PlannedActivity::planId).distinct().toList()) {
            nodesByPlan.put(plan, planView.nodes(plan));
            planView.planTitle(plan).ifPresent(t -> titles.put(plan, t));
        }
        return new Visible(own, linkedIn, NodeIndex.of(here, activities, nodesByPlan, titles));
    }

    private Conversion conversion(List<CountedLine> lines, CurrencyCode target) {
        Set<CurrencyCode> currencies = new LinkedHashSet<>();
        if (target != null) {
            currencies.add(target);
        }
        for (CountedLine counted : lines) {
            currencies.add(counted.line().fields().currency());
            for (Transaction t : counted.line().transactions()) {
                currencies.add(t.amount().currency());
            }
        }
        return rates.conversionFor(currencies);
    }

    /** The agreement rates of the grants the lines belong to, read in each owner's tenant. */
    private Function<String, AgreementRate> agreements(List<CountedLine> lines) {
        Map<String, AgreementRate> rates = new HashMap<>();
        Set<String> owners = new LinkedHashSet<>();
        lines.stream().filter(l -> l.line().fields().grantId() != null).forEach(l -> owners.add(l.owner()));
        String here = TenantContext.require().value();
        for (String owner : owners) {
            Function<String, AgreementRate> ofOwner = owner.equals(here) ? grants.agreementRates()
                    : TenantContext.callAs(TenantId.of(owner), grants::agreementRates);
            lines.stream().filter(l -> l.owner().equals(owner) && l.line().fields().grantId() != null)
                    .forEach(l -> {
                        AgreementRate rate = ofOwner.apply(l.line().fields().grantId());
                        if (rate != null) {
                            rates.put(l.line().fields().grantId(), rate);
                        }
                    });
        }
        return rates::get;
    }
}
