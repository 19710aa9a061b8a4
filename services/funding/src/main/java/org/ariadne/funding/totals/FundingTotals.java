package org.ariadne.funding.totals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.AgreementRate;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.Conversion;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Money;

/**
 * The counted-once rule, as one pure calculation: every total sums distinct lines (by owner and id), never activities.
 * Each row — an allocation (value date: 1 January of its year) or a transaction (its own value date) — is converted
 * into the target currency and rounded HALF_EVEN to cents on its own; the rows are then summed. Unknown amounts are
 * counted as unknown, never as 0. Disbursed above allocated is a warning, never a refusal.
 */
public final class FundingTotals {

    /** A co-financing line may differ from its declared share of the group by at most a cent. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private FundingTotals() {
    }

    public static Totals compute(List<CountedLine> lines, Conversion conversion, CurrencyCode target,
            Function<String, AgreementRate> agreementOfGrant, NodeIndex nodes) {
        Map<String, CountedLine> distinct = new LinkedHashMap<>();
        lines.forEach(l -> distinct.putIfAbsent(l.key(), l));
        FigureSums all = new FigureSums();
        Map<Integer, FigureSums> byYear = new TreeMap<>(Comparator.nullsLast(Integer::compare));
        Map<List<String>, FigureSums> bySource = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1) == null ? "" : k.get(1)));
        Map<String, FigureSums> byFinancing = new LinkedHashMap<>();
        List.of("national_only", "co_financing", "external").forEach(c -> byFinancing.put(c, new FigureSums()));
        Map<String, FigureSums> byHolder = new TreeMap<>();
        Map<String, String> holderIds = new HashMap<>();
        Map<String, FigureSums> byCurrencyOriginal = new TreeMap<>();
        Map<String, FigureSums> byCurrencyConverted = new TreeMap<>();
        Map<String, List<CountedLine>> groups = new TreeMap<>();
        Map<String, FigureSums> byPlan = new LinkedHashMap<>();
        Map<String, FigureSums> byNode = new LinkedHashMap<>();
        Map<String, NodeIndex.NodeRef> nodeRefs = new HashMap<>();
        Set<String> sharedNodes = new java.util.HashSet<>();
        Map<String, BigDecimal> plannedByLine = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, FigureSums> perLine = new LinkedHashMap<>();
        int unlinked = 0;

        for (CountedLine counted : distinct.values()) {
            BudgetLine line = counted.line();
            String key = counted.key();
            AgreementRate agreement = line.fields().grantId() == null ? null : agreementOfGrant.apply(line.fields().grantId());
            List<FigureSums> buckets = new ArrayList<>();
            buckets.add(all);
            buckets.add(perLine.computeIfAbsent(line.id(), id -> new FigureSums()));
            SourceKind kind = line.fields().source().kind();
            buckets.add(bySource.computeIfAbsent(java.util.Arrays.asList(kind.wire(), line.fields().source().programme()),
                    k -> new FigureSums()));
            buckets.add(byFinancing.get(financing(line)));
            String holder = line.fields().holder().name();
            buckets.add(byHolder.computeIfAbsent(holder, h -> new FigureSums()));
            if (line.fields().holder().institutionId() != null) {
                holderIds.putIfAbsent(holder, line.fields().holder().institutionId());
            }
            buckets.add(byCurrencyConverted.computeIfAbsent(line.fields().currency().code(), c -> new FigureSums()));
            if (line.fields().coFinancing() != null) {
                groups.computeIfAbsent(line.fields().coFinancing().group(), g -> new ArrayList<>()).add(counted);
            }
            Set<String> plans = new LinkedHashSet<>();
            Set<String> lineNodes = new LinkedHashSet<>();
            Set<String> tops = new LinkedHashSet<>();
            for (ActivityLink link : line.links()) {
                List<NodeIndex.NodeRef> path = nodes.pathOf(link.activity().key());
                if (!path.isEmpty()) {
                    plans.add(path.get(0).planId());
                    tops.add(path.get(0).planId() + "/" + path.get(0).nodeId());
                }
                for (NodeIndex.NodeRef node : path) {
                    String nodeKey = node.planId() + "/" + node.nodeId();
                    lineNodes.add(nodeKey);
                    nodeRefs.putIfAbsent(nodeKey, node);
                }
            }
            if (line.links().isEmpty()) {
                unlinked++;
            }
            if (tops.size() > 1) {
                sharedNodes.addAll(lineNodes);
            }
            plans.forEach(p -> buckets.add(byPlan.computeIfAbsent(p, x -> new FigureSums())));
            lineNodes.forEach(n -> buckets.add(byNode.computeIfAbsent(n, x -> new FigureSums())));
            FigureSums original = byCurrencyOriginal.computeIfAbsent(line.fields().currency().code(), c -> new FigureSums());

            BigDecimal planned = BigDecimal.ZERO;
            Map<Integer, BigDecimal> plannedByYear = new HashMap<>();
            for (FigureSums bucket : buckets) {
                bucket.line(key);
            }
            for (Allocation a : line.allocations()) {
                BigDecimal converted = a.isKnown() ? conversion.convert(new Money(a.amount(), line.fields().currency()),
                        a.valueDate(), target, agreement) : null;
                for (FigureSums bucket : buckets) {
                    bucket.allocation(key, a.status(), converted);
                }
                byYear.computeIfAbsent(a.year(), y -> new FigureSums()).allocation(key, a.status(), converted);
                original.allocation(key, a.status(), a.amount());
                if (a.isKnown()) {
                    planned = planned.add(converted);
                    plannedByYear.merge(a.year(), a.amount(), BigDecimal::add);
                }
            }
            plannedByLine.put(key, planned);
            Map<Integer, BigDecimal> paidByYear = new TreeMap<>();
            for (Transaction t : line.transactions()) {
                if (!t.counts()) {
                    continue;
                }
                BigDecimal converted = conversion.convert(t.amount(), t.valueDate(), target, agreement);
                for (FigureSums bucket : buckets) {
                    bucket.transaction(key, t.type(), converted);
                }
                byYear.computeIfAbsent(t.date().getYear(), y -> new FigureSums()).transaction(key, t.type(), converted);
                byCurrencyOriginal.computeIfAbsent(t.amount().currency().code(), c -> new FigureSums())
                        .transaction(key, t.type(), t.amount().amount());
                if (t.type() == TransactionType.DISBURSEMENT || t.type() == TransactionType.EXPENDITURE) {
                    BigDecimal inLineCurrency = conversion.canConvert(t.amount().currency(), t.valueDate(),
                            line.fields().currency()) || agreement != null
                            ? conversion.convert(t.amount(), t.valueDate(), line.fields().currency(), agreement) : null;
                    if (inLineCurrency != null) {
                        paidByYear.merge(t.date().getYear(), inLineCurrency, BigDecimal::add);
                    }
                }
            }
            warnings.addAll(overspending(counted, plannedByYear, paidByYear));
        }

        List<Totals.GroupTotal> groupTotals = new ArrayList<>();
        groups.forEach((group, members) -> groupTotals.add(group(group, members, plannedByLine, target, warnings)));
        List<Totals.NodeTotal> nodeTotals = new ArrayList<>();
        byNode.forEach((nodeKey, sums) -> {
            NodeIndex.NodeRef node = nodeRefs.get(nodeKey);
            nodeTotals.add(new Totals.NodeTotal(node.planId(), node.nodeId(), node.level(), node.code(), node.title(),
                    sums.figures(), sharedNodes.contains(nodeKey)));
        });
        nodeTotals.sort(Comparator.comparing(Totals.NodeTotal::planId).thenComparing(n -> naturalKey(n.code())));
        return new Totals(target.code(), all.figures(),
                byYear.entrySet().stream().map(e -> new Totals.YearTotal(e.getKey(), e.getValue().figures())).toList(),
                bySource.entrySet().stream().map(e -> new Totals.SourceTotal(e.getKey().get(0), e.getKey().get(1),
                        e.getValue().figures())).toList(),
                byFinancing.entrySet().stream().map(e -> new Totals.FinancingTotal(e.getKey(), e.getValue().figures()))
                        .toList(),
                byHolder.entrySet().stream().map(e -> new Totals.HolderTotal(e.getKey(), holderIds.get(e.getKey()),
                        e.getValue().figures())).toList(),
                byCurrencyOriginal.keySet().stream().map(c -> new Totals.CurrencyTotal(c, byCurrencyOriginal.get(c)
                        .figures(), byCurrencyConverted.getOrDefault(c, new FigureSums()).figures())).toList(),
                groupTotals,
                byPlan.entrySet().stream().map(e -> new Totals.PlanTotal(e.getKey(), nodes.planTitle(e.getKey()),
                        e.getValue().figures())).toList(),
                nodeTotals, unlinked, warnings, perLineFigures(perLine));
    }

    private static Map<String, Figures> perLineFigures(Map<String, FigureSums> perLine) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        perLine.forEach((id, sums) -> figures.put(id, sums.figures()));
        return figures;
    }

    /** national_only, co_financing (an own share of a co-financed project) or external (EU funds, donors). */
    public static String financing(BudgetLine line) {
        if (line.fields().source().kind().isExternal()) {
            return "external";
        }
        return line.fields().coFinancing() != null ? "co_financing" : "national_only";
    }

    private static List<String> overspending(CountedLine counted, Map<Integer, BigDecimal> plannedByYear,
            Map<Integer, BigDecimal> paidByYear) {
        List<String> warnings = new ArrayList<>();
        BudgetLine line = counted.line();
        String name = describe(counted);
        paidByYear.forEach((year, paid) -> {
            BigDecimal planned = plannedByYear.get(year);
            if (planned != null && paid.compareTo(planned) > 0) {
                warnings.add(name + ": disbursed and spent in " + year + " " + line.describe(paid)
                        + " is above the allocation of " + line.describe(planned));
            }
        });
        BigDecimal plannedAll = plannedByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paidAll = paidByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!plannedByYear.isEmpty() && paidAll.compareTo(plannedAll) > 0) {
            warnings.add(name + ": disbursed and spent in all " + line.describe(paidAll)
                    + " is above its allocations of " + line.describe(plannedAll));
        }
        return warnings;
    }

    private static Totals.GroupTotal group(String group, List<CountedLine> members, Map<String, BigDecimal> plannedByLine,
            CurrencyCode target, List<String> warnings) {
        BigDecimal total = members.stream().map(m -> plannedByLine.get(m.key())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal external = members.stream().filter(m -> m.line().fields().source().kind().isExternal())
                .map(m -> plannedByLine.get(m.key())).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Totals.GroupLine> lines = new ArrayList<>();
        for (CountedLine m : members) {
            BigDecimal planned = plannedByLine.get(m.key());
            BigDecimal declared = m.line().fields().coFinancing().declaredSharePct();
            boolean consistent = declared == null || planned.subtract(declared.multiply(total)
                    .divide(BigDecimal.valueOf(100), MathContext.DECIMAL128)).abs().compareTo(TOLERANCE) <= 0;
            if (!consistent) {
                warnings.add(describe(m) + ": " + Amounts.plain(planned, target) + " " + target + " is not the declared "
                        + declared.stripTrailingZeros().toPlainString() + " % of its co-financing group " + group + " ("
                        + Amounts.plain(total, target) + " " + target + ")");
            }
            lines.add(new Totals.GroupLine(m.line().id(), m.line().fields().code(), m.line().fields().title(),
                    m.line().fields().source().kind().wire(), planned, declared, Figures.percent(planned, total),
                    consistent));
        }
        return new Totals.GroupTotal(group, total, Figures.percent(external, total), lines);
    }

    private static String describe(CountedLine counted) {
        BudgetLine line = counted.line();
        return "Line " + (line.fields().code() == null ? "" : line.fields().code() + " ") + "\"" + line.fields().title()
                + "\"" + (counted.readOnly() ? " (owned by " + counted.owner() + ")" : "");
    }

    /** "1.10" after "1.9": codes compared number by number. */
    static String naturalKey(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String part : code.split("[.\\s/]+")) {
            key.append(part.matches("\\d{1,9}") ? String.format("%09d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }
}
