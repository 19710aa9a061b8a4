package org.ariadne.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.funding.importing.AnnexFiles;
import org.ariadne.funding.importing.AnnexLine;
import org.ariadne.funding.importing.BudgetAnnex;
import org.ariadne.funding.line.ActivityLink;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.Origin;
import org.ariadne.funding.line.Transaction;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Money;
import org.ariadne.funding.planview.PlanEventMapping;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.proposals.Proposal;
import org.ariadne.funding.proposals.Proposals;

/**
 * The demo's lines built in plain Java the way a coordinator builds them through the API: ba accepts what its plan
 * prints (the two merges, then the remaining proposals), si imports its budget annex, ba records the 2023 shelter
 * payment and links its safe-house line to ba-04's activity 4.2.6.
 */
public final class DemoFunding {

    public static final Instant NOW = Instant.parse("2025-03-21T12:00:00Z");

    private DemoFunding() {
    }

    public static List<PlannedActivity> planned(Seeds.PlanEvents plan) {
        return plan.activities().stream().map(PlanEventMapping::activity).toList();
    }

    /** ba's lines: every proposal accepted, merges first (as the demo loader does). */
    public static List<BudgetLine> ba() {
        List<PlannedActivity> activities = planned(Seeds.ba());
        List<BudgetLine> lines = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            List<Proposal> open = Proposals.derive("ba", false, activities, lines, Map.of());
            if (open.isEmpty()) {
                break;
            }
            lines.add(accept(open.get(0)));
        }
        return lines;
    }

    public static BudgetLine accept(Proposal p) {
        LineFields fields = new LineFields(p.code(), p.title(), CurrencyCode.of(p.currency() == null ? "BAM" : p.currency()),
                InstitutionRef.named(p.holder()), new FundingSource(p.sourceKind(), p.programme(), null), null, null);
        BudgetLine line = BudgetLine.create(UUID.randomUUID().toString(), fields, Origin.PROPOSAL, "proposal " + p.key(), NOW);
        for (Allocation a : p.allocations()) {
            line = line.setAllocation(a, NOW);
        }
        for (ActivityRef activity : p.activities()) {
            line = line.link(new ActivityLink(activity, null, Origin.PROPOSAL, null), NOW);
        }
        return line;
    }

    /** The line 1.5.2 and 4.2.9 share. */
    public static BudgetLine safeHouses(List<BudgetLine> ba) {
        return ba.stream().filter(l -> l.link(ref("ba", "1.5.2")).isPresent()).findFirst().orElseThrow();
    }

    /** ba's safe-house line with the 2023 payment to the four shelters and the link to ba-04's activity 4.2.6. */
    public static BudgetLine withShelterPayment(BudgetLine safeHouses) {
        return safeHouses.record(new Transaction("shelters-2023", TransactionType.DISBURSEMENT,
                new Money(new BigDecimal("129999.04"), CurrencyCode.BAM), LocalDate.of(2023, 12, 31),
                LocalDate.of(2023, 12, 31), InstitutionRef.named("Ministarstvo sigurnosti BiH"),
                InstitutionRef.named("MFS-EMMAUS; Budućnost; Žene sa Une; Lara"), "Smještaj za žrtve trgovine ljudima 2023",
                "Izvještaj ZDK 2021–2024, 4.2.6", null), NOW)
                .link(new ActivityLink(ref("ba-04", "4.2.6"), null, Origin.MANUAL, null), NOW);
    }

    /** si's lines from its budget annex, linked to the tasks the annex names. */
    public static List<BudgetLine> si() {
        BudgetAnnex.Reading reading = BudgetAnnex.read(AnnexFiles.csv(Seeds.siAnnex()), CurrencyCode.EUR, false);
        if (reading.blocking()) {
            throw new IllegalStateException(reading.problems().toString());
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (AnnexLine row : reading.lines()) {
            BudgetLine line = BudgetLine.create(UUID.randomUUID().toString(), row.fields(), Origin.IMPORT,
                    "annex row " + row.rowLabel(), NOW);
            for (Allocation a : row.allocations()) {
                line = line.setAllocation(a, NOW);
            }
            for (String code : row.activityCodes()) {
                line = line.link(new ActivityLink(ref("si", code), null, Origin.IMPORT, row.confidence()), NOW);
            }
            lines.add(line);
        }
        return lines;
    }

    /** The activity of a seed plan with this code, as Seeds names it. */
    public static ActivityRef ref(String tenant, String code) {
        return new ActivityRef(tenant, "plan-" + tenant, "activity-" + code, code);
    }
}
