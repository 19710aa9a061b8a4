package org.ariadne.funding.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.funding.v1.ActivityLinked;
import org.ariadne.contracts.funding.v1.ActivityUnlinked;
import org.ariadne.contracts.funding.v1.AllocationRemoved;
import org.ariadne.contracts.funding.v1.AllocationSet;
import org.ariadne.contracts.funding.v1.BudgetLineChanged;
import org.ariadne.contracts.funding.v1.BudgetLineCreated;
import org.ariadne.contracts.funding.v1.TransactionRecorded;
import org.ariadne.contracts.funding.v1.TransactionReversed;
import org.ariadne.funding.money.Amounts;

/**
 * The events a change of a line causes, derived from the difference between the line before and after it (null before
 * = created). Order: the line's own fields, allocations, links, then transactions — a consumer applying them in order
 * never sees money on a line it does not know.
 */
public final class LineEvents {

    private LineEvents() {
    }

    public static List<DomainEvent> between(String tenantId, BudgetLine before, BudgetLine after) {
        List<DomainEvent> events = new ArrayList<>();
        String lineId = after.id();
        if (before == null) {
            events.add(created(tenantId, after));
        } else if (!before.fields().equals(after.fields())) {
            events.add(changed(tenantId, after));
        }
        Map<Integer, Allocation> oldAllocations = new HashMap<>();
        if (before != null) {
            before.allocations().forEach(a -> oldAllocations.put(a.year(), a));
        }
        for (Allocation a : after.allocations()) {
            Allocation old = oldAllocations.remove(a.year());
            if (old == null || !sameAllocation(old, a)) {
                events.add(new AllocationSet(tenantId, lineId, a.year(),
                        a.amount() == null ? null : Amounts.plain(a.amount(), after.fields().currency()),
                        after.fields().currency().code(), a.status().wire()));
            }
        }
        oldAllocations.keySet().stream().sorted(java.util.Comparator.nullsFirst(Integer::compare))
                .forEach(year -> events.add(new AllocationRemoved(tenantId, lineId, year)));
        Map<String, ActivityLink> oldLinks = new HashMap<>();
        if (before != null) {
            before.links().forEach(l -> oldLinks.put(l.activity().key(), l));
        }
        for (ActivityLink l : after.links()) {
            ActivityLink old = oldLinks.remove(l.activity().key());
            if (old == null || !Objects.equals(old, l)) {
                events.add(new ActivityLinked(tenantId, lineId, ref(l.activity()), percent(l.sharePct()),
                        l.origin().wire()));
            }
        }
        for (ActivityLink removed : before == null ? List.<ActivityLink>of() : before.links()) {
            if (oldLinks.containsKey(removed.activity().key())) {
                events.add(new ActivityUnlinked(tenantId, lineId, ref(removed.activity())));
            }
        }
        Map<String, Transaction> oldTransactions = new HashMap<>();
        if (before != null) {
            before.transactions().forEach(t -> oldTransactions.put(t.id(), t));
        }
        for (Transaction t : after.transactions()) {
            Transaction old = oldTransactions.get(t.id());
            if (old == null) {
                events.add(recorded(tenantId, lineId, t));
            }
            if (t.reversal() != null && (old == null || old.reversal() == null)) {
                events.add(new TransactionReversed(tenantId, lineId, t.id(), t.reversal().on().toString(),
                        t.reversal().reason()));
            }
        }
        return events;
    }

    private static boolean sameAllocation(Allocation a, Allocation b) {
        return a.status() == b.status() && (a.amount() == null ? b.amount() == null
                : b.amount() != null && a.amount().compareTo(b.amount()) == 0);
    }

    private static BudgetLineCreated created(String tenantId, BudgetLine line) {
        LineFields f = line.fields();
        return new BudgetLineCreated(tenantId, line.id(), f.code(), f.title(), f.currency().code(), ref(f.holder()),
                f.source().kind().wire(), f.source().programme(), ref(f.source().funder()),
                f.coFinancing() == null ? null : f.coFinancing().group(),
                f.coFinancing() == null ? null : percent(f.coFinancing().declaredSharePct()), f.grantId(),
                line.origin().wire());
    }

    private static BudgetLineChanged changed(String tenantId, BudgetLine line) {
        LineFields f = line.fields();
        return new BudgetLineChanged(tenantId, line.id(), f.code(), f.title(), f.currency().code(), ref(f.holder()),
                f.source().kind().wire(), f.source().programme(), ref(f.source().funder()),
                f.coFinancing() == null ? null : f.coFinancing().group(),
                f.coFinancing() == null ? null : percent(f.coFinancing().declaredSharePct()), f.grantId(),
                line.origin().wire());
    }

    private static TransactionRecorded recorded(String tenantId, String lineId, Transaction t) {
        return new TransactionRecorded(tenantId, lineId, t.id(), t.type().wire(), t.amount().plain(),
                t.amount().currency().code(), t.date().toString(), t.valueDate().toString(), ref(t.provider()),
                ref(t.receiver()), t.description(), t.evidence());
    }

    static org.ariadne.contracts.funding.v1.InstitutionRef ref(InstitutionRef institution) {
        return institution == null ? null
                : new org.ariadne.contracts.funding.v1.InstitutionRef(institution.name(), institution.institutionId());
    }

    static org.ariadne.contracts.funding.v1.ActivityRef ref(ActivityRef activity) {
        return new org.ariadne.contracts.funding.v1.ActivityRef(activity.tenant(), activity.planId(),
                activity.activityId(), activity.code());
    }

    private static String percent(BigDecimal pct) {
        return pct == null ? null : pct.stripTrailingZeros().toPlainString();
    }
}
