package org.ariadne.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.FundingReference;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.junit.jupiter.api.Test;

/** The tree rules of the aggregate, without Spring (moves re-level whole subtrees and say so in events). */
class PlanTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Plan plan = Plan.create("p", "Plan", List.of("Poglavlje", "Cilj", "Mjera"), NOW)
            .addNode("a1", new AddNode(null, "1", "A1"), NOW)
            .addNode("b1", new AddNode("a1", "1.1", "B1"), NOW)
            .addNode("c1", new AddNode("b1", "1.1.1", "C1"), NOW)
            .addNode("a2", new AddNode("", "2", "A2"), NOW);

    @Test
    void aMoveToTheTopReLevelsTheSubtreeAndReportsEveryChangedNode() {
        Plan moved = plan.changeNode("b1", new ChangeNode(Patch.absent(), Patch.absent(), Patch.of(null)), NOW);

        assertThat(moved.requireNode("b1").level()).isEqualTo(1);
        assertThat(moved.requireNode("c1").level()).isEqualTo(2);
        List<DomainEvent> events = PlanEvents.between("ba-04", plan, moved);
        assertThat(events).containsExactly(
                new NodeChanged("ba-04", "p", "b1", null, 1, "1.1", "B1"),
                new NodeChanged("ba-04", "p", "c1", "b1", 2, "1.1.1", "C1"));
    }

    @Test
    void aMoveBetweenParentsOfTheSameLevelChangesOnlyTheMovedNode() {
        Plan moved = plan.changeNode("b1", new ChangeNode(Patch.absent(), Patch.absent(), Patch.of("a2")), NOW);

        assertThat(PlanEvents.between("ba-04", plan, moved))
                .containsExactly(new NodeChanged("ba-04", "p", "b1", "a2", 2, "1.1", "B1"));
    }

    @Test
    void movesThatWouldCycleOrExceedTheLevelsAreInvalid() {
        assertThatThrownBy(() -> plan.changeNode("a1", new ChangeNode(Patch.absent(), Patch.absent(), Patch.of("c1")), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problemType()).isEqualTo(ProblemType.VALIDATION_FAILED));
        assertThatThrownBy(() -> plan.changeNode("a1", new ChangeNode(Patch.absent(), Patch.absent(), Patch.of("a2")), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problemType()).isEqualTo(ProblemType.VALIDATION_FAILED));
        assertThatThrownBy(() -> plan.addNode("d1", new AddNode("c1", null, "too deep"), NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void activityEventsCarryTheFundingThePlanPrintsAndItsFunders() {
        ActivityDetails.Builder details = ActivityDetails.EMPTY.toBuilder();
        details.funding = List.of(
                new ActivityDetails.FundingReference(null, "2023 – 130.000", null, "130000", "BAM", 2023),
                new ActivityDetails.FundingReference("text", "najmanj 45.000 EUR letno", null, "45000", "EUR", null));
        details.funders = List.of("IOM", "World Vision");
        Plan withActivity = plan.addActivity("x", new AddActivity("c1", "1.5.2", "Smještaj žrtava", "kontinuirano",
                List.of("Ministarstvo sigurnosti"), details.build()), NOW);

        ActivityAdded added = (ActivityAdded) PlanEvents.between("ba", plan, withActivity).get(0);

        assertThat(added.funding()).containsExactly(
                new FundingReference(null, "2023 – 130.000", null, "130000", "BAM", 2023),
                new FundingReference("text", "najmanj 45.000 EUR letno", null, "45000", "EUR", null));
        assertThat(added.funders()).containsExactly("IOM", "World Vision");
    }

    @Test
    void anUnchangedEditCausesNoEvent() {
        Plan same = plan.changeNode("b1", new ChangeNode(Patch.of("1.1"), Patch.of("B1"), Patch.of("a1")), NOW);

        assertThat(PlanEvents.between("ba-04", plan, same)).isEmpty();
    }
}
