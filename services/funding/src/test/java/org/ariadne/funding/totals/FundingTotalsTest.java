package org.ariadne.funding.totals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.DemoFunding;
import org.ariadne.funding.Seeds;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.money.Conversion;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.RateTable;
import org.ariadne.funding.planview.PlannedActivity;
import org.ariadne.funding.planview.PlannedNode;
import org.junit.jupiter.api.Test;

/** The counted-once rule on the seeds' money (cases F1–F5, F7 of the domain brief), without Spring. */
class FundingTotalsTest {

    private final Conversion conversion = new Conversion(RateTable.EMPTY);

    private static List<CountedLine> own(String tenant, List<BudgetLine> lines) {
        return lines.stream().map(l -> new CountedLine(tenant, l, false)).toList();
    }

    private static NodeIndex nodes(String tenant, Seeds.PlanEvents plan) {
        List<PlannedActivity> activities = DemoFunding.planned(plan);
        List<PlannedNode> nodes = plan.nodes().stream().map(n -> new PlannedNode(n.planId(), n.nodeId(), n.parentId(),
                n.level(), n.code(), n.title(), false)).toList();
        return NodeIndex.of(tenant, activities, Map.of(plan.planId(), nodes), Map.of(plan.planId(), plan.title()));
    }

    private Totals totals(String tenant, List<CountedLine> lines, CurrencyCode currency, NodeIndex nodes) {
        return FundingTotals.compute(lines, conversion, currency, grant -> null, nodes);
    }

    @Test
    void baCountsEachOfItsThreeLinesOnce() {
        Totals totals = totals("ba", own("ba", DemoFunding.ba()), CurrencyCode.BAM, nodes("ba", Seeds.ba()));

        assertThat(totals.all().planned()).isEqualByComparingTo("880000").isNotEqualByComparingTo("1720000");
        assertThat(totals.byYear()).filteredOn(y -> y.year() != null)
                .allSatisfy(y -> assertThat(y.figures().planned()).isEqualByComparingTo("220000"));
        assertThat(totals.all().lines()).isEqualTo(5);
        assertThat(totals.all().toBeDetermined()).as("4.7.1 and 4.7.2: unknown, never 0").isEqualTo(2);
        assertThat(totals.byPlan()).singleElement().satisfies(p -> assertThat(p.figures().planned()).isEqualByComparingTo("880000"));
        Totals.NodeTotal area1 = totals.byNode().stream().filter(n -> "1".equals(n.code())).findFirst().orElseThrow();
        Totals.NodeTotal area4 = totals.byNode().stream().filter(n -> "4".equals(n.code())).findFirst().orElseThrow();
        assertThat(area1.figures().planned()).isEqualByComparingTo("880000");
        assertThat(area4.figures().planned()).isEqualByComparingTo("520000");
        assertThat(area4.sharedAcrossNodes()).isTrue();
    }

    @Test
    void baInEurosIsConvertedPerRowThenSummed() {
        Totals totals = totals("ba", own("ba", DemoFunding.ba()), CurrencyCode.EUR, NodeIndex.EMPTY);

        assertThat(totals.currency()).isEqualTo("EUR");
        assertThat(totals.all().planned()).isEqualByComparingTo("449936.84");
        assertThat(totals.byCurrency()).singleElement().satisfies(c -> {
            assertThat(c.currency()).isEqualTo("BAM");
            assertThat(c.original().planned()).isEqualByComparingTo("880000");
            assertThat(c.converted().planned()).isEqualByComparingTo("449936.84");
        });
    }

    @Test
    void theSharedLinesShowTheirFullAmountAsSharedByTwoAndTheUnknownOnesAsToBeDetermined() {
        List<CountedLine> lines = own("ba", DemoFunding.ba());
        Map<String, PlannedActivity> activities = new HashMap<>();
        DemoFunding.planned(Seeds.ba()).forEach(a -> activities.put(a.code(), a));

        for (String code : List.of("1.5.2", "4.2.9", "1.5.3", "3.8.1")) {
            ActivityFunding funding = ActivityFundingViews.of("ba", activities.get(code), lines, conversion, g -> null);
            assertThat(funding.status()).isEqualTo("funded");
            assertThat(funding.lines()).as(code).singleElement().satisfies(l -> {
                assertThat(l.sharing()).isEqualTo("shared");
                assertThat(l.sharedBy()).isEqualTo(2);
                assertThat(l.planned()).isEqualByComparingTo(code.equals("1.5.2") || code.equals("4.2.9") ? "520000" : "320000");
            });
        }
        ActivityFunding campaign = ActivityFundingViews.of("ba", activities.get("1.5.1"), lines, conversion, g -> null);
        assertThat(campaign.lines()).singleElement().satisfies(l -> assertThat(l.sharing()).isEqualTo("sole"));
        for (String code : List.of("4.7.1", "4.7.2")) {
            ActivityFunding funding = ActivityFundingViews.of("ba", activities.get(code), lines, conversion, g -> null);
            assertThat(funding.status()).isEqualTo("to_be_determined");
            assertThat(funding.lines()).singleElement().satisfies(l -> {
                assertThat(l.planned()).isEqualByComparingTo("0");
                assertThat(l.toBeDetermined()).isEqualTo(1);
                assertThat(l.years()).singleElement().satisfies(y -> assertThat(y.amount()).isNull());
            });
        }
    }

    @Test
    void siCountsItsAnnexOnceAndNeverTheAmountsItsTextRestates() {
        List<CountedLine> lines = own("si", DemoFunding.si());

        Totals totals = totals("si", lines, CurrencyCode.EUR, nodes("si", Seeds.si()));

        assertThat(totals.all().planned()).isEqualByComparingTo("521000");
        assertThat(totals.byYear()).extracting(y -> y.year() + "=" + y.figures().planned().stripTrailingZeros().toPlainString())
                .containsExactly("2023=258000", "2024=263000");
        assertThat(byCategory(totals)).containsEntry("national_only", new BigDecimal("316000.00"))
                .containsEntry("external", new BigDecimal("153750.00")).containsEntry("co_financing", new BigDecimal("51250.00"));
        assertThat(totals.byCoFinancingGroup()).extracting(g -> g.group() + " " + g.planned().stripTrailingZeros()
                .toPlainString() + " " + g.externalSharePct().stripTrailingZeros().toPlainString() + "%")
                .containsExactly("AMIF PATS 105000 75%", "ISF 140005 100000 75%");
        assertThat(totals.byCoFinancingGroup()).allSatisfy(g -> assertThat(g.lines()).allMatch(Totals.GroupLine::consistent));
        Map<String, String> holders = new HashMap<>();
        totals.byHolder().forEach(h -> holders.put(h.holder(), h.figures().planned().stripTrailingZeros().toPlainString()));
        assertThat(holders).containsExactlyInAnyOrderEntriesOf(Map.of("MNZ", "268000", "UOIM", "105000", "MDDSZ", "90000",
                "MZ", "48000", "UKOM", "5000", "MIZS", "5000"));
        assertThat(totals.warnings()).isEmpty();

        Map<String, PlannedActivity> activities = new HashMap<>();
        DemoFunding.planned(Seeds.si()).forEach(a -> activities.put(a.code(), a));
        ActivityFunding task31 = ActivityFundingViews.of("si", activities.get("3.1"), lines, conversion, g -> null);
        assertThat(task31.lines()).extracting(l -> l.holder() + " " + l.planned().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("MDDSZ 90000", "MNZ 80000");
        assertThat(task31.restatedAmounts()).extracting(r -> r.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("45000", "40000");
        ActivityFunding task42 = ActivityFundingViews.of("si", activities.get("4.2"), lines, conversion, g -> null);
        assertThat(task42.lines()).singleElement().satisfies(l -> assertThat(l.years())
                .extracting(y -> y.year() + "=" + y.amount().stripTrailingZeros().toPlainString()).containsExactly("2024=10000"));

        List<String> everyFigure = new ArrayList<>();
        collect(totals, everyFigure);
        assertThat(everyFigure).as("622,000 = the annex plus the text's restatements").doesNotContain("622000");
    }

    @Test
    void baSafeHousePaymentToTheCantonsSheltersIsCountedOnceInTheRollUpOfBaAndBa04() {
        List<BudgetLine> ba = new ArrayList<>(DemoFunding.ba());
        BudgetLine safeHouses = DemoFunding.safeHouses(ba);
        ba.set(ba.indexOf(safeHouses), DemoFunding.withShelterPayment(safeHouses));
        List<CountedLine> baLines = own("ba", ba);
        BudgetLine paid = DemoFunding.withShelterPayment(safeHouses);
        List<CountedLine> linkedIntoBa04 = List.of(new CountedLine("ba", paid, true));

        Totals ba04Own = totals("ba-04", List.of(), CurrencyCode.BAM, NodeIndex.EMPTY);
        assertThat(ba04Own.all().planned()).isEqualByComparingTo("0");
        assertThat(ba04Own.all().lines()).isZero();

        List<CountedLine> rollUp = new ArrayList<>(baLines);
        rollUp.addAll(linkedIntoBa04);
        Totals both = totals("ba", rollUp, CurrencyCode.BAM, NodeIndex.EMPTY);
        assertThat(both.all().planned()).isEqualByComparingTo("880000");
        assertThat(both.all().disbursed()).isEqualByComparingTo("129999.04");
        assertThat(both.all().lines()).isEqualTo(5);
        Totals ofTheLine = totals("ba", List.of(new CountedLine("ba", paid, false)), CurrencyCode.BAM, NodeIndex.EMPTY);
        Totals.YearTotal y2023 = ofTheLine.byYear().stream().filter(y -> Integer.valueOf(2023).equals(y.year()))
                .findFirst().orElseThrow();
        assertThat(y2023.figures().executionPct()).as("129,999.04 of 130,000 KM paid in 2023").isEqualByComparingTo("99.9993");

        PlannedActivity shelters = DemoFunding.planned(Seeds.ba04()).stream().filter(a -> a.code().equals("4.2.6"))
                .findFirst().orElseThrow();
        ActivityFunding onCanton = ActivityFundingViews.of("ba-04", shelters, linkedIntoBa04, conversion, g -> null);
        assertThat(onCanton.lines()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo("ba");
            assertThat(l.readOnly()).isTrue();
            assertThat(l.disbursed()).isEqualByComparingTo("129999.04");
        });
    }

    @Test
    void disbursedAboveAllocatedIsAWarningNotARefusal() {
        List<BudgetLine> ba = new ArrayList<>(DemoFunding.ba());
        BudgetLine campaign = ba.stream().filter(l -> l.link(DemoFunding.ref("ba", "1.5.1")).isPresent()).findFirst().orElseThrow();
        BudgetLine overspent = campaign.record(new org.ariadne.funding.line.Transaction("t1",
                org.ariadne.funding.line.TransactionType.DISBURSEMENT, org.ariadne.funding.money.Money.of("12000", "BAM"),
                java.time.LocalDate.of(2022, 10, 18), java.time.LocalDate.of(2022, 10, 18), null, null, null, null, null),
                DemoFunding.NOW);

        Totals totals = totals("ba", own("ba", List.of(overspent)), CurrencyCode.BAM, NodeIndex.EMPTY);

        assertThat(totals.all().disbursed()).isEqualByComparingTo("12000");
        assertThat(totals.warnings()).singleElement().asString().contains("2022", "12000.00 BAM", "10000.00 BAM");
    }

    private static Map<String, BigDecimal> byCategory(Totals totals) {
        Map<String, BigDecimal> categories = new HashMap<>();
        totals.byFinancing().forEach(f -> categories.put(f.category(), f.figures().planned()));
        return categories;
    }

    private static void collect(Totals totals, List<String> figures) {
        List<Figures> all = new ArrayList<>();
        all.add(totals.all());
        totals.byYear().forEach(y -> all.add(y.figures()));
        totals.bySource().forEach(s -> all.add(s.figures()));
        totals.byFinancing().forEach(s -> all.add(s.figures()));
        totals.byHolder().forEach(s -> all.add(s.figures()));
        totals.byPlan().forEach(s -> all.add(s.figures()));
        totals.byNode().forEach(s -> all.add(s.figures()));
        for (Figures f : all) {
            figures.add(f.planned().stripTrailingZeros().toPlainString());
            figures.add(f.secured().stripTrailingZeros().toPlainString());
        }
    }
}
