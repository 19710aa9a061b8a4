package org.ariadne.funding.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ariadne.funding.grant.Grant;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.Conversion;
import org.ariadne.funding.money.Money;
import org.ariadne.funding.planview.PlannedActivity;

/**
 * Maps a tenant's budget lines and grants to IATI activities: one per line (or grant), with the tenant as reporting
 * organisation, the funder (role 1), the holder (role 2, accountable) and the receivers of its disbursements (role 4),
 * the plan codes it serves as other-identifiers (A1), one budget per known yearly allocation (indicative → status 1,
 * secured → status 2, value date 1 January), every transaction that counts with its own currency and value date,
 * sector 15190 (DAC "Facilitation of orderly, safe, regular and responsible migration and mobility", which names
 * combating trafficking in human beings) and its co-financed siblings as related activities (type 4).
 */
public final class IatiMapping {

    public static final String SECTOR_TRAFFICKING = "15190";
    private static final String GOVERNMENT = "10";

    private IatiMapping() {
    }

    /** The publisher: the tenant's IATI organisation identifier, its OrganisationType and name. */
    public record Publisher(String tenant, String ref, String type, String name, String language) {
    }

    /**
     * @param plannedActivities the tenant's plan activities by {@code tenant/plan/activity} key (for dates a line
     *                          without allocations takes from the deadlines of the activities it serves)
     */
    public static List<IatiActivity> lines(Publisher publisher, List<BudgetLine> lines,
            Map<String, PlannedActivity> plannedActivities, LocalDate today) {
        Map<String, List<BudgetLine>> groups = new TreeMap<>();
        lines.stream().filter(l -> l.fields().coFinancing() != null)
                .forEach(l -> groups.computeIfAbsent(l.fields().coFinancing().group(), g -> new ArrayList<>()).add(l));
        List<IatiActivity> activities = new ArrayList<>();
        for (BudgetLine line : lines) {
            List<String> siblings = line.fields().coFinancing() == null ? List.of()
                    : groups.get(line.fields().coFinancing().group()).stream().filter(l -> !l.id().equals(line.id()))
                            .map(l -> identifier(publisher, "BL", l.id())).toList();
            activities.add(line(publisher, line, plannedActivities, siblings, today));
        }
        return activities;
    }

    static String identifier(Publisher publisher, String kind, String id) {
        return publisher.ref() + "-" + kind + "-" + id;
    }

    private static IatiActivity line(Publisher publisher, BudgetLine line, Map<String, PlannedActivity> planned,
            List<String> siblings, LocalDate today) {
        IatiActivity.Organisation reporting = new IatiActivity.Organisation(publisher.ref(), publisher.type(),
                publisher.name());
        List<IatiActivity.Participant> participants = new ArrayList<>();
        InstitutionRef funder = line.fields().source().funder();
        participants.add(new IatiActivity.Participant("1", funder == null ? reporting
                : new IatiActivity.Organisation(null, null, funder.name()), null));
        participants.add(new IatiActivity.Participant("2", new IatiActivity.Organisation(null, GOVERNMENT,
                line.fields().holder().name()), null));
        Set<String> receivers = new LinkedHashSet<>();
        line.transactions().stream().filter(t -> t.counts() && t.receiver() != null
                && (t.type() == TransactionType.DISBURSEMENT || t.type() == TransactionType.COMMITMENT))
                .forEach(t -> receivers.add(t.receiver().name()));
        receivers.forEach(r -> participants.add(new IatiActivity.Participant("4",
                new IatiActivity.Organisation(null, null, r), null)));
        List<IatiActivity.OtherIdentifier> others = new ArrayList<>();
        for (ActivityLink link : line.links()) {
            String code = link.activity().code() == null ? link.activity().activityId() : link.activity().code();
            boolean own = link.activity().tenant().equals(publisher.tenant());
            others.add(new IatiActivity.OtherIdentifier(own ? code : link.activity().tenant() + " " + code, "A1",
                    own ? publisher.ref() : tenantRef(publisher, link.activity().tenant()),
                    own ? publisher.name() : link.activity().tenant()));
        }
        List<IatiActivity.Budget> budgets = new ArrayList<>();
        for (Allocation a : line.allocations()) {
            if (a.isKnown()) {
                budgets.add(new IatiActivity.Budget("1", a.status() == AllocationStatus.SECURED ? "2" : "1",
                        LocalDate.of(a.year(), 1, 1), LocalDate.of(a.year(), 12, 31), a.amount(),
                        line.fields().currency().code(), LocalDate.of(a.year(), 1, 1)));
            }
        }
        List<IatiActivity.Transaction> transactions = transactions(line.transactions());
        List<IatiActivity.ActivityDate> dates = dates(line, planned, today);
        String description = describe(line, publisher);
        return new IatiActivity(identifier(publisher, "BL", line.id()), line.fields().currency().code(),
                publisher.language(), reporting, line.fields().source().kind().isExternal(), line.fields().title(),
                description, participants, others, status(dates, today), dates, country(publisher.tenant()),
                SECTOR_TRAFFICKING, budgets, transactions, siblings);
    }

    /**
     * One activity for a grant: the donor funds it (role 1, with the donor's own IATI activity id), the implementer
     * implements it (role 4); its budgets are its lines' allocations per year, in the grant's currency (with the
     * agreement rate where there is one), so no two budgets of the activity cover the same year.
     */
    public static IatiActivity grant(Publisher publisher, Grant grant, List<BudgetLine> lines, Conversion conversion,
            LocalDate today) {
        IatiActivity.Organisation reporting = new IatiActivity.Organisation(publisher.ref(), publisher.type(),
                publisher.name());
        List<IatiActivity.Participant> participants = new ArrayList<>();
        participants.add(new IatiActivity.Participant("1", new IatiActivity.Organisation(null, null,
                grant.donor().name()), grant.donorIatiActivityId()));
        participants.add(new IatiActivity.Participant("2", reporting, null));
        if (grant.implementer() != null) {
            participants.add(new IatiActivity.Participant("4", new IatiActivity.Organisation(null, null,
                    grant.implementer().name()), null));
        }
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<Integer, Boolean> secured = new TreeMap<>();
        List<Transaction> all = new ArrayList<>();
        List<IatiActivity.OtherIdentifier> others = new ArrayList<>();
        for (BudgetLine line : lines) {
            for (Allocation a : line.allocations()) {
                if (a.isKnown()) {
                    BigDecimal value = conversion.convert(new Money(a.amount(), line.fields().currency()), a.valueDate(),
                            grant.currency(), grant.agreementRate());
                    byYear.merge(a.year(), value, BigDecimal::add);
                    secured.merge(a.year(), a.status() == AllocationStatus.SECURED, Boolean::logicalAnd);
                }
            }
            all.addAll(line.transactions());
            line.links().forEach(link -> others.add(new IatiActivity.OtherIdentifier(link.activity().code() == null
                    ? link.activity().activityId() : link.activity().code(), "A1", publisher.ref(), publisher.name())));
        }
        List<IatiActivity.Budget> budgets = new ArrayList<>();
        byYear.forEach((year, value) -> budgets.add(new IatiActivity.Budget("1", secured.get(year) ? "2" : "1",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), value, grant.currency().code(),
                LocalDate.of(year, 1, 1))));
        all.sort(Comparator.comparing(Transaction::date));
        List<IatiActivity.ActivityDate> dates = new ArrayList<>();
        if (!byYear.isEmpty()) {
            dates.add(new IatiActivity.ActivityDate("1", LocalDate.of(((TreeMap<Integer, BigDecimal>) byYear).firstKey(), 1, 1)));
            dates.add(new IatiActivity.ActivityDate("3", LocalDate.of(((TreeMap<Integer, BigDecimal>) byYear).lastKey(), 12, 31)));
        }
        all.stream().filter(Transaction::counts).map(Transaction::date).filter(d -> !d.isAfter(today)).min(Comparator.naturalOrder())
                .ifPresent(d -> dates.add(new IatiActivity.ActivityDate("2", d)));
        dates.sort(Comparator.comparing(IatiActivity.ActivityDate::type));
        return new IatiActivity(identifier(publisher, "GR", grant.id()), grant.currency().code(), publisher.language(),
                reporting, true, grant.title(), "Grant of " + grant.donor().name() + " to " + publisher.name()
                + (grant.amount() == null ? "" : ", " + grant.amount().toPlainString() + " " + grant.currency())
                + "; budgets are its budget lines' allocations per year.", participants, others,
                status(dates, today), dates, country(publisher.tenant()), SECTOR_TRAFFICKING, budgets,
                transactions(all), List.of());
    }

    private static List<IatiActivity.Transaction> transactions(List<Transaction> transactions) {
        List<IatiActivity.Transaction> out = new ArrayList<>();
        for (Transaction t : transactions) {
            if (!t.counts()) {
                continue;
            }
            out.add(new IatiActivity.Transaction(t.type().iatiCode(), t.date(), t.amount().amount(),
                    t.amount().currency().code(), t.valueDate(), t.description(), organisation(t.provider()),
                    organisation(t.receiver())));
        }
        return out;
    }

    private static IatiActivity.Organisation organisation(InstitutionRef institution) {
        return institution == null ? null : new IatiActivity.Organisation(null, null, institution.name());
    }

    /**
     * Planned start and end from the years of the allocations, else from the deadlines of the activities the line
     * serves; the actual start is the first transaction that is not in the future.
     */
    private static List<IatiActivity.ActivityDate> dates(BudgetLine line, Map<String, PlannedActivity> planned,
            LocalDate today) {
        LocalDate start = null;
        LocalDate end = null;
        for (Allocation a : line.allocations()) {
            if (a.year() != null) {
                start = min(start, LocalDate.of(a.year(), 1, 1));
                end = max(end, LocalDate.of(a.year(), 12, 31));
            }
        }
        if (start == null) {
            for (ActivityLink link : line.links()) {
                PlannedActivity activity = planned.get(link.activity().key());
                if (activity != null) {
                    start = min(start, parse(activity.deadlineStart()));
                    end = max(end, parse(activity.deadlineEnd()));
                }
            }
        }
        List<IatiActivity.ActivityDate> dates = new ArrayList<>();
        if (start != null) {
            dates.add(new IatiActivity.ActivityDate("1", start));
        }
        line.transactions().stream().filter(Transaction::counts).map(Transaction::date).filter(d -> !d.isAfter(today))
                .min(Comparator.naturalOrder()).ifPresent(d -> dates.add(new IatiActivity.ActivityDate("2", d)));
        if (end != null && (start == null || !end.isBefore(start))) {
            dates.add(new IatiActivity.ActivityDate("3", end));
        }
        return dates;
    }

    /** 1 pipeline (not started), 2 implementation, 4 closed (the planned end has passed). */
    private static String status(List<IatiActivity.ActivityDate> dates, LocalDate today) {
        LocalDate start = dates.stream().filter(d -> d.type().equals("1") || d.type().equals("2"))
                .map(IatiActivity.ActivityDate::date).min(Comparator.naturalOrder()).orElse(null);
        LocalDate end = dates.stream().filter(d -> d.type().equals("3")).map(IatiActivity.ActivityDate::date)
                .findFirst().orElse(null);
        if (start != null && start.isAfter(today)) {
            return "1";
        }
        return end != null && end.isBefore(today) ? "4" : "2";
    }

    private static String describe(BudgetLine line, Publisher publisher) {
        Map<String, List<String>> codesByTenant = new LinkedHashMap<>();
        line.links().forEach(l -> codesByTenant.computeIfAbsent(l.activity().tenant(), t -> new ArrayList<>())
                .add(l.activity().code() == null ? l.activity().activityId() : l.activity().code()));
        StringBuilder text = new StringBuilder("Budget line")
                .append(line.fields().code() == null ? "" : " " + line.fields().code())
                .append(" of ").append(publisher.name()).append(", held by ").append(line.fields().holder().name())
                .append(", source ").append(line.fields().source().kind().wire().replace('_', ' '))
                .append(line.fields().source().programme() == null ? "" : " (" + line.fields().source().programme() + ")");
        if (line.fields().coFinancing() != null) {
            text.append(", part of the co-financing group ").append(line.fields().coFinancing().group());
        }
        if (!codesByTenant.isEmpty()) {
            List<String> parts = new ArrayList<>();
            codesByTenant.forEach((tenant, codes) -> parts.add((tenant.equals(publisher.tenant()) ? "" : tenant + " ")
                    + String.join(", ", codes)));
            text.append(". It serves the action plan activities ").append(String.join("; ", parts))
                    .append(" and is counted once for all of them");
        }
        if (line.hasUnknownAmount()) {
            text.append(". Part of its amount is still to be determined");
        }
        return text.append('.').toString();
    }

    private static String tenantRef(Publisher publisher, String tenant) {
        String prefix = publisher.ref().endsWith(publisher.tenant())
                ? publisher.ref().substring(0, publisher.ref().length() - publisher.tenant().length()) : "XI-ARIADNE-";
        return prefix + tenant;
    }

    private static String country(String tenant) {
        return tenant.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
