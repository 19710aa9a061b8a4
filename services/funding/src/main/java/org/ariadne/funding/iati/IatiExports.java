package org.ariadne.funding.iati;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.funding.grant.Grant;
import org.ariadne.funding.grant.Grants;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.ExchangeRates;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.tenants.TenantProfile;
import org.ariadne.tenancy.TenantContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The current tenant's IATI 2.03 file: its own lines (one activity each; lines of tenants above it are theirs to
 * publish), or one grant. The file is checked before anyone gets it — against the official schema and against the
 * rules the schema does not check — and an export that fails either is not published: the caller gets every
 * violation instead.
 */
@Service
@EnableConfigurationProperties(IatiPublishers.class)
public class IatiExports {

    private final LineQueries lines;
    private final Grants grants;
    private final PlanViewRepository planView;
    private final ExchangeRates rates;
    private final TenantHierarchy hierarchy;
    private final IatiPublishers publishers;
    private final Clock clock = Clock.systemUTC();

    public IatiExports(LineQueries lines, Grants grants, PlanViewRepository planView, ExchangeRates rates,
            TenantHierarchy hierarchy, IatiPublishers publishers) {
        this.lines = lines;
        this.grants = grants;
        this.planView = planView;
        this.rates = rates;
        this.hierarchy = hierarchy;
        this.publishers = publishers;
    }

    /** The XML and what is wrong with it (schema errors, then rule violations); publish only when both are empty. */
    public record Export(byte[] xml, int activities, List<String> schemaErrors, List<String> ruleViolations) {

        public boolean valid() {
            return schemaErrors.isEmpty() && ruleViolations.isEmpty();
        }
    }

    public Export tenant() {
        IatiMapping.Publisher publisher = publisher();
        Map<String, PlannedActivity> planned = new HashMap<>();
        String tenant = TenantContext.require().value();
        planView.activities().forEach(a -> planned.put(tenant + "/" + a.planId() + "/" + a.activityId(), a));
        return check(IatiMapping.lines(publisher, lines.own(), planned, today()));
    }

    public Export grant(String grantId) {
        Grant grant = grants.get(grantId);
        List<BudgetLine> ofGrant = lines.own().stream().filter(l -> grantId.equals(l.fields().grantId())).toList();
        Set<CurrencyCode> currencies = new LinkedHashSet<>();
        currencies.add(grant.currency());
        ofGrant.forEach(l -> {
            currencies.add(l.fields().currency());
            l.transactions().stream().map(Transaction::amount).forEach(m -> currencies.add(m.currency()));
        });
        IatiActivity activity = IatiMapping.grant(publisher(), grant, ofGrant, rates.conversionFor(currencies), today());
        return check(List.of(activity));
    }

    private Export check(List<IatiActivity> activities) {
        byte[] xml = IatiWriter.write(activities, clock.instant());
        List<String> schema = IatiSchema.validate(xml);
        List<String> rules = IatiRules.check(xml, today());
        return new Export(xml, activities.size(), schema, rules);
    }

    private IatiMapping.Publisher publisher() {
        String tenant = TenantContext.require().value();
        TenantProfile profile = hierarchy.profile(tenant).orElse(new TenantProfile(tenant, tenant, null, null, List.of()));
        IatiPublishers.Organisation configured = publishers.organisations().get(tenant);
        String ref = configured != null && configured.ref() != null ? configured.ref() : publishers.defaultPrefix() + tenant;
        String type = configured != null && configured.type() != null ? configured.type() : "10";
        String name = configured != null && configured.name() != null ? configured.name() : profile.name();
        return new IatiMapping.Publisher(tenant, ref, type, name, profile.language());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
