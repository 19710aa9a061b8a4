package org.ariadne.funding.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ariadne.funding.DemoFunding;
import org.ariadne.funding.Seeds;
import org.ariadne.funding.line.ActivityRef;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.planview.PlannedActivity;
import org.junit.jupiter.api.Test;

/** What the seed plans print becomes proposed lines; the same money printed twice becomes a merge proposal. */
class ProposalsTest {

    private final List<PlannedActivity> ba = DemoFunding.planned(Seeds.ba());

    @Test
    void theBihPlanPrintsFiveAmountSeriesTwoOfThemTwiceAndTwoAmountsToBeDetermined() {
        List<Proposal> proposals = Proposals.derive("ba", false, ba, List.of(), Map.of());

        List<Proposal> merges = proposals.stream().filter(p -> p.kind().equals(Proposal.MERGE)).toList();
        assertThat(merges).extracting(p -> p.activities().stream().map(ActivityRef::code).toList())
                .containsExactlyInAnyOrder(List.of("1.5.2", "4.2.9"), List.of("1.5.3", "3.8.1"));
        Proposal safeHouses = merges.stream().filter(p -> p.activities().get(0).code().equals("1.5.2")).findFirst().orElseThrow();
        assertThat(safeHouses.holder()).isEqualTo("Ministarstvo sigurnosti");
        assertThat(safeHouses.currency()).isEqualTo("BAM");
        assertThat(safeHouses.allocations()).extracting(a -> a.year() + "=" + a.amount().toPlainString())
                .containsExactly("2020=130000", "2021=130000", "2022=130000", "2023=130000");
        assertThat(safeHouses.why()).contains("Ministarstvo sigurnosti", "1.5.2, 4.2.9");

        List<Proposal> newLines = proposals.stream().filter(p -> p.kind().equals(Proposal.NEW_LINE)).toList();
        assertThat(newLines).extracting(p -> p.activities().get(0).code())
                .containsExactlyInAnyOrder("1.5.1", "1.5.2", "1.5.3", "3.8.1", "4.2.9", "4.7.1", "4.7.2");
        assertThat(newLines.stream().filter(p -> p.activities().get(0).code().startsWith("4.7.")))
                .allSatisfy(p -> {
                    assertThat(p.allocations()).singleElement().satisfies(a -> {
                        assertThat(a.status()).isEqualTo(AllocationStatus.TO_BE_DETERMINED);
                        assertThat(a.amount()).as("unknown, never 0").isNull();
                    });
                    assertThat(p.holder()).isEqualTo("Ministarstva pravde Bosne i Hercegovine");
                });
        assertThat(newLines.stream().filter(p -> p.activities().get(0).code().equals("3.8.1")).findFirst().orElseThrow()
                .holder()).isEqualTo("Tužilaštvo BiH");
    }

    @Test
    void anAcceptedMergeCoversBothActivitiesAndADecisionHidesAProposal() {
        List<Proposal> first = Proposals.derive("ba", false, ba, List.of(), Map.of());
        Proposal merge = first.stream().filter(p -> p.kind().equals(Proposal.MERGE)).findFirst().orElseThrow();
        BudgetLine line = DemoFunding.accept(merge);

        List<Proposal> after = Proposals.derive("ba", false, ba, List.of(line), Map.of());

        assertThat(after).noneMatch(p -> p.key().equals(merge.key()));
        assertThat(after).noneMatch(p -> merge.members().contains(p.key()));
        assertThat(after).hasSize(first.size() - 3);

        Proposal tbd = after.stream().filter(p -> p.activities().get(0).code().equals("4.7.1")).findFirst().orElseThrow();
        ProposalDecision rejected = new ProposalDecision(tbd.key(), tbd.kind(), ProposalDecision.REJECTED,
                "paid from the ministry's regular budget, no line of its own", "coordinator.ba", Instant.now(), null, null);
        assertThat(Proposals.derive("ba", false, ba, List.of(line), Map.of(tbd.key(), rejected)))
                .noneMatch(p -> p.key().equals(tbd.key()));
    }

    @Test
    void acceptingEveryProposalGivesTheBihPlanFiveLines() {
        List<BudgetLine> lines = DemoFunding.ba();

        assertThat(lines).hasSize(5);
        assertThat(Proposals.derive("ba", false, ba, lines, Map.of())).isEmpty();
    }

    @Test
    void amountsTheSlovenianTextOnlyRestatesAreNeverProposed() {
        List<PlannedActivity> si = DemoFunding.planned(Seeds.si());

        List<Proposal> proposals = Proposals.derive("si", false, si, List.of(), Map.of());

        assertThat(proposals).allMatch(p -> p.kind().equals(Proposal.NEW_LINE));
        assertThat(proposals).as("one per annex row").hasSize(14);
        java.math.BigDecimal total = proposals.stream().flatMap(p -> p.allocations().stream())
                .map(a -> a.amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(total).isEqualByComparingTo("521000");
        assertThat(Proposals.derive("si", false, si, DemoFunding.si(), Map.of()))
                .as("the imported annex covers every row the plan prints").isEmpty();
    }
}
