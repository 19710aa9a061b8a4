package org.ariadne.funding.proposals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PrintedFunding;

/**
 * Reads proposed lines out of what the plans print, as a pure function of the plans, the lines that exist and the
 * decisions taken: an activity's printed amounts become a new_line proposal (amounts only restated in the text never
 * do), an amount the plan says is still to be determined becomes one with an unknown amount, and proposals printing
 * the same money under several activity codes become a merge proposal. A proposal disappears once a line linked to
 * its activity holds the same amounts (accepted, or entered by hand, or imported) or once it was decided.
 */
public final class Proposals {

    private static final Pattern TO_BE_DETERMINED = Pattern.compile(
            "utvrdit|utvrđ|odredit|određ|to be determined|\\btbd\\b|dolo[čc]en|p[ëe]rcaktohet", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{3,8})\\b");
    private static final Pattern EU_SHARE = Pattern.compile("\\bEU\\b");

    private Proposals() {
    }

    /**
     * @param tenant   the plans' tenant
     * @param cantonal the tenant is below another one (its own budget is a cantonal budget)
     */
    public static List<Proposal> derive(String tenant, boolean cantonal, List<PlannedActivity> activities,
            List<BudgetLine> lines, Map<String, ProposalDecision> decisions) {
        List<Proposal> candidates = new ArrayList<>();
        for (PlannedActivity activity : activities) {
            if (!activity.removed()) {
                candidates.addAll(candidatesOf(tenant, cantonal, activity));
            }
        }
        List<Proposal> open = new ArrayList<>();
        List<Proposal> mergeable = new ArrayList<>();
        for (Proposal candidate : candidates) {
            if (covered(candidate, lines)) {
                continue;
            }
            if (!isUnknown(candidate)) {
                mergeable.add(candidate);
            }
            if (!decisions.containsKey(candidate.key())) {
                open.add(candidate);
            }
        }
        Map<String, List<Proposal>> sameMoney = new LinkedHashMap<>();
        for (Proposal p : mergeable) {
            sameMoney.computeIfAbsent(fold(p.holder()) + "|" + p.currency() + "|" + series(p.allocations()),
                    k -> new ArrayList<>()).add(p);
        }
        List<Proposal> merges = new ArrayList<>();
        for (List<Proposal> group : sameMoney.values()) {
            if (group.stream().map(p -> p.activities().get(0).key()).distinct().count() < 2) {
                continue;
            }
            Proposal merge = merge(group);
            if (!decisions.containsKey(merge.key())) {
                merges.add(merge);
            }
        }
        merges.addAll(open);
        return merges;
    }

    private static List<Proposal> candidatesOf(String tenant, boolean cantonal, PlannedActivity activity) {
        ActivityRef ref = new ActivityRef(tenant, activity.planId(), activity.activityId(), activity.code());
        Map<String, List<PrintedFunding>> groups = new LinkedHashMap<>();
        for (PrintedFunding printed : activity.funding()) {
            if (!printed.hasAmount() || printed.isRestatement() || printed.year() == null) {
                continue;
            }
            String base = fold(printed.holder()) + "|" + labelKey(printed.label()) + "|" + printed.currency();
            int ordinal = 0;
            while (groups.containsKey(base + "|" + ordinal) && groups.get(base + "|" + ordinal).stream()
                    .anyMatch(p -> Objects.equals(p.year(), printed.year()))) {
                ordinal++;
            }
            groups.computeIfAbsent(base + "|" + ordinal, k -> new ArrayList<>()).add(printed);
        }
        List<Proposal> proposals = new ArrayList<>();
        groups.forEach((groupKey, printed) -> {
            PrintedFunding first = printed.get(0);
            Map<Integer, BigDecimal> byYear = new TreeMap<>();
            printed.forEach(p -> byYear.put(p.year(), p.amount()));
            List<Allocation> allocations = new ArrayList<>();
            byYear.forEach((year, amount) -> allocations.add(new Allocation(year, amount, AllocationStatus.INDICATIVE)));
            boolean annex = "annex".equals(first.kind());
            String label = first.label();
            proposals.add(new Proposal(hash("new|" + ref.key() + "|" + groupKey), Proposal.NEW_LINE,
                    annex && label != null ? label : activity.title(), annex ? code(label) : null,
                    holder(first, activity), first.currency(), kind(first, cantonal), programme(label), allocations,
                    List.of(ref), List.of(), printed.stream().map(PrintedFunding::label).filter(Objects::nonNull).toList(),
                    "printed under " + activity.code() + ": " + describe(allocations, first.currency())));
        });
        if (proposals.isEmpty()) {
            for (PrintedFunding printed : activity.funding()) {
                if (!printed.hasAmount() && (matches(printed.label()) || matches(printed.holder()))) {
                    proposals.add(new Proposal(hash("tbd|" + ref.key()), Proposal.NEW_LINE, activity.title(), null,
                            holder(printed, activity), null, kind(printed, cantonal), null,
                            List.of(new Allocation(null, null, AllocationStatus.TO_BE_DETERMINED)), List.of(ref), List.of(),
                            List.of(text(printed)), "printed under " + activity.code() + ": the amount is to be determined"));
                    break;
                }
            }
        }
        return proposals;
    }

    private static Proposal merge(List<Proposal> group) {
        List<Proposal> members = new ArrayList<>(group);
        members.sort(Comparator.comparing(p -> p.activities().get(0).code() == null ? "" : p.activities().get(0).code()));
        Proposal first = members.get(0);
        List<String> keys = members.stream().map(Proposal::key).sorted().toList();
        List<ActivityRef> activities = members.stream().map(p -> p.activities().get(0)).toList();
        List<String> printed = new ArrayList<>();
        members.forEach(p -> printed.addAll(p.printed()));
        String codes = String.join(", ", activities.stream().map(ActivityRef::code).toList());
        return new Proposal(hash("merge|" + String.join("|", keys)), Proposal.MERGE, first.title(), first.code(),
                first.holder(), first.currency(), first.sourceKind(), first.programme(), first.allocations(), activities,
                keys, printed, "the same holder (" + first.holder() + ") and the same amounts ("
                        + describe(first.allocations(), first.currency()) + ") are printed under " + codes
                        + ": probably one line serving " + activities.size() + " activities");
    }

    /** Covered: a line linked to the activity already holds the same amounts (or, for an unknown amount, any line). */
    private static boolean covered(Proposal proposal, List<BudgetLine> lines) {
        ActivityRef activity = proposal.activities().get(0);
        for (BudgetLine line : lines) {
            if (line.link(activity).isEmpty()) {
                continue;
            }
            if (isUnknown(proposal) || line.fields().currency().code().equals(proposal.currency())
                    && series(line.allocations()).equals(series(proposal.allocations()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnknown(Proposal proposal) {
        return proposal.allocations().stream().noneMatch(Allocation::isKnown);
    }

    private static String series(List<Allocation> allocations) {
        StringBuilder key = new StringBuilder();
        allocations.stream().filter(Allocation::isKnown).sorted(Comparator.comparing(Allocation::year))
                .forEach(a -> key.append(a.year()).append('=').append(a.amount().stripTrailingZeros().toPlainString())
                        .append(';'));
        return key.toString();
    }

    private static String describe(List<Allocation> allocations, String currency) {
        List<String> parts = new ArrayList<>();
        allocations.forEach(a -> parts.add(a.year() + ": " + a.amount().stripTrailingZeros().toPlainString() + " " + currency));
        return String.join(", ", parts);
    }

    /** The holder the plan prints for the amount, else the budget it names, else the lead institution. */
    private static String holder(PrintedFunding printed, PlannedActivity activity) {
        if (printed.holder() != null && !printed.holder().isBlank() && !matches(printed.holder())) {
            return printed.holder().strip();
        }
        for (PrintedFunding other : activity.funding()) {
            if (!other.hasAmount() && other.holder() != null && !other.holder().isBlank() && !matches(other.holder())
                    && !"note".equals(other.kind())) {
                return other.holder().strip();
            }
        }
        return activity.leadInstitutions().isEmpty() ? "(not printed)" : activity.leadInstitutions().get(0);
    }

    private static SourceKind kind(PrintedFunding printed, boolean cantonal) {
        String kind = printed.kind() == null ? "" : printed.kind();
        if (kind.startsWith("donor")) {
            return SourceKind.DONOR;
        }
        if (kind.startsWith("donation")) {
            return SourceKind.DONATIONS_UNSPECIFIED;
        }
        if (printed.label() != null && EU_SHARE.matcher(printed.label()).find()) {
            return SourceKind.EU_FUND;
        }
        return cantonal ? SourceKind.CANTONAL_BUDGET : SourceKind.STATE_BUDGET;
    }

    private static String programme(String label) {
        if (label == null) {
            return null;
        }
        String upper = label.toUpperCase(Locale.ROOT);
        return upper.contains("AMIF") ? "AMIF" : upper.contains("ISF") ? "ISF" : null;
    }

    private static String code(String label) {
        Matcher m = label == null ? null : LEADING_CODE.matcher(label);
        return m != null && m.find() ? m.group(1) : null;
    }

    private static boolean matches(String text) {
        return text != null && TO_BE_DETERMINED.matcher(text).find();
    }

    private static String text(PrintedFunding printed) {
        return String.join(": ", java.util.stream.Stream.of(printed.label(), printed.holder()).filter(Objects::nonNull).toList());
    }

    /** A label without its amounts, years, currencies and punctuation: what stays the same from year to year. */
    static String labelKey(String label) {
        if (label == null) {
            return "";
        }
        return fold(label).replaceAll("\\b(km|bam|eur)\\b", "").replaceAll("[^a-z]", "");
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
