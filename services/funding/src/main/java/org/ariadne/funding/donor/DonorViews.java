package org.ariadne.funding.donor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ariadne.funding.donor.FundedActivity.PathStep;
import org.ariadne.funding.donor.FundedLine.ActivityKey;
import org.ariadne.funding.donor.FundedLine.Movement;
import org.ariadne.funding.donor.FundedLine.YearAllocation;
import org.ariadne.funding.institutions.InstitutionSpellings;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineQueries;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.planview.PlanViewRepository;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PlannedNode;
import org.ariadne.funding.results.ActivityResults;
import org.ariadne.funding.totals.Figures;
import org.ariadne.funding.totals.FundingQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * A donor organisation's view across every tenant (ADR 0010): the lines whose funder is the organisation, and the
 * plan activities those lines are linked to — nothing else. Each tenant's data is read in that tenant's own database,
 * inside its context, exactly like a roll-up reads a child's; nothing is copied into a shared database. The funded
 * set is computed first and every answer (list, detail, export) is cut from it, so an activity no funded line serves
 * cannot appear in any of them and its id is an unknown id (404).
 */
@Service
public class DonorViews {

    private final TenantDirectory tenants;
    private final LineQueries lines;
    private final PlanViewRepository planView;
    private final ActivityResults results;
    private final InstitutionSpellings spellings;
    private final FundingQueries figures;

    public DonorViews(TenantDirectory tenants, LineQueries lines, PlanViewRepository planView, ActivityResults results,
            InstitutionSpellings spellings, FundingQueries figures) {
        this.tenants = tenants;
        this.lines = lines;
        this.planView = planView;
        this.results = results;
        this.spellings = spellings;
        this.figures = figures;
    }

    /** Everything the organisation funds, in every active tenant. */
    public DonorPortfolio portfolio(String organisation) {
        List<FundedLine> funded = new ArrayList<>();
        List<String> active = tenants.activeTenants().stream().map(TenantId::value).sorted().toList();
        for (String tenant : active) {
            funded.addAll(TenantContext.callAs(TenantId.of(tenant), () -> fundedLinesOfCurrent(organisation)));
        }
        Map<String, List<String>> linesByActivity = new LinkedHashMap<>();
        Map<String, ActivityKey> keys = new LinkedHashMap<>();
        for (FundedLine line : funded) {
            for (ActivityKey activity : line.activities()) {
                String key = activity.tenant() + "/" + activity.planId() + "/" + activity.activityId();
                keys.putIfAbsent(key, activity);
                linesByActivity.computeIfAbsent(key, k -> new ArrayList<>()).add(line.lineId());
            }
        }
        List<FundedActivity> activities = new ArrayList<>();
        Map<String, List<ActivityKey>> byTenant = new LinkedHashMap<>();
        keys.values().forEach(k -> byTenant.computeIfAbsent(k.tenant(), t -> new ArrayList<>()).add(k));
        byTenant.forEach((tenant, wanted) -> {
            if (active.contains(tenant)) {
                activities.addAll(TenantContext.callAs(TenantId.of(tenant), () -> activitiesOfCurrent(wanted, linesByActivity)));
            }
        });
        activities.sort(Comparator.comparing(FundedActivity::tenant).thenComparing(FundedActivity::planTitle,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> codeOrder(a.code())));
        // a line may point at an activity its tenant has since removed: the line stays, the link is not shown
        List<FundedLine> shown = funded.stream().map(line -> withShownActivities(line, activities)).toList();
        return new DonorPortfolio(organisation, activities, shown);
    }

    /** One funded activity; the same 404 as an unknown id for anything the organisation does not fund. */
    public FundedActivity activity(String organisation, String tenant, String planId, String activityId) {
        return portfolio(organisation).activities().stream().filter(a -> a.tenant().equals(tenant)
                && a.planId().equals(planId) && a.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Activity " + activityId + " of plan " + planId));
    }

    /** One funded line; the same 404 as an unknown id for anything the organisation does not fund. */
    public FundedLine line(String organisation, String lineId) {
        return portfolio(organisation).lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Budget line " + lineId));
    }

    /** True when the line's funder is the organisation: by the id it was entered with, else by its printed name. */
    boolean fundedBy(BudgetLine line, String organisation) {
        InstitutionRef funder = line.fields().source().funder();
        if (funder == null) {
            return false;
        }
        if (funder.institutionId() != null) {
            return funder.institutionId().equals(organisation);
        }
        return spellings.resolve(funder.name()).filter(organisation::equals).isPresent();
    }

    private List<FundedLine> fundedLinesOfCurrent(String organisation) {
        String tenant = TenantContext.require().value();
        List<FundedLine> found = new ArrayList<>();
        for (BudgetLine line : lines.own()) {
            if (fundedBy(line, organisation)) {
                found.add(view(tenant, line));
            }
        }
        return found;
    }

    private FundedLine view(String tenant, BudgetLine line) {
        BigDecimal planned;
        BigDecimal disbursed;
        try {
            Figures all = figures.lineFigures(line, null).all();
            planned = all.planned();
            disbursed = all.disbursed();
        } catch (ProblemException noRate) {
            // a transaction in another currency without a reference rate: the donor still sees the line, without a sum
            planned = line.plannedKnown();
            disbursed = null;
        }
        List<YearAllocation> allocations = line.allocations().stream()
                .map(a -> new YearAllocation(a.year(), a.amount(), a.status() == null ? null : a.status().wire())).toList();
        List<Movement> movements = new ArrayList<>();
        for (Transaction t : line.transactions()) {
            movements.add(new Movement(t.type().wire(), t.amount().amount(),
                    t.amount().currency().code(), t.date(), t.provider() == null ? null : t.provider().name(),
                    t.receiver() == null ? null : t.receiver().name(), t.description(), !t.counts()));
        }
        List<ActivityKey> activities = new ArrayList<>();
        for (ActivityLink link : line.links()) {
            activities.add(new ActivityKey(link.activity().tenant(), link.activity().planId(), link.activity().activityId(),
                    link.activity().code()));
        }
        InstitutionRef funder = line.fields().source().funder();
        return new FundedLine(tenant, line.id(), line.fields().code(), line.fields().title(), line.fields().currency().code(),
                line.fields().holder().name(), line.fields().source().kind().wire(), line.fields().source().programme(),
                funder == null ? null : funder.name(), planned, disbursed, allocations, movements, activities);
    }

    private List<FundedActivity> activitiesOfCurrent(List<ActivityKey> wanted, Map<String, List<String>> linesByActivity) {
        String tenant = TenantContext.require().value();
        Map<String, Map<String, PlannedNode>> nodesByPlan = new HashMap<>();
        List<FundedActivity> found = new ArrayList<>();
        for (ActivityKey key : wanted) {
            Optional<PlannedActivity> planned = planView.activity(key.planId(), key.activityId()).filter(a -> !a.removed());
            if (planned.isEmpty()) {
                continue;
            }
            PlannedActivity activity = planned.get();
            Map<String, PlannedNode> nodes = nodesByPlan.computeIfAbsent(activity.planId(), this::nodesOf);
            found.add(new FundedActivity(tenant, activity.planId(), planView.planTitle(activity.planId()).orElse(null),
                    activity.activityId(), activity.code(), activity.title(), path(activity.nodeId(), nodes),
                    results.latest(activity.planId(), activity.activityId()).orElse(null),
                    linesByActivity.get(tenant + "/" + activity.planId() + "/" + activity.activityId())));
        }
        return found;
    }

    private Map<String, PlannedNode> nodesOf(String planId) {
        Map<String, PlannedNode> nodes = new HashMap<>();
        planView.nodes(planId).forEach(n -> nodes.put(n.nodeId(), n));
        return nodes;
    }

    private static List<PathStep> path(String nodeId, Map<String, PlannedNode> nodes) {
        List<PathStep> path = new ArrayList<>();
        String current = nodeId;
        for (int depth = 0; current != null && depth < 20; depth++) {
            PlannedNode node = nodes.get(current);
            if (node == null) {
                break;
            }
            path.add(0, new PathStep(node.level(), node.code(), node.title()));
            current = node.parentId();
        }
        return path;
    }

    private static FundedLine withShownActivities(FundedLine line, List<FundedActivity> shown) {
        List<ActivityKey> kept = line.activities().stream().filter(k -> shown.stream().anyMatch(a -> sameActivity(k, a)))
                .toList();
        return kept.size() == line.activities().size() ? line : new FundedLine(line.tenant(), line.lineId(), line.code(),
                line.title(), line.currency(), line.holder(), line.sourceKind(), line.programme(), line.funder(),
                line.planned(), line.disbursed(), line.allocations(), line.transactions(), kept);
    }

    /** "1.10.2" after "1.9.2": numeric parts compare as numbers. */
    private static String codeOrder(String code) {
        if (code == null) {
            return "~";
        }
        StringBuilder key = new StringBuilder();
        for (String part : code.split("\\.")) {
            key.append(part.matches("\\d{1,6}") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }

    private static boolean sameActivity(ActivityKey a, FundedActivity b) {
        return Objects.equals(a.tenant(), b.tenant()) && Objects.equals(a.planId(), b.planId())
                && Objects.equals(a.activityId(), b.activityId());
    }
}
