package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ariadne.monitoring.rounds.Contribution.Action.ACCEPT;
import static org.ariadne.monitoring.rounds.Contribution.Action.RETURN;
import static org.ariadne.monitoring.rounds.Contribution.Action.SAVE_DRAFT;
import static org.ariadne.monitoring.rounds.Contribution.Action.SUBMIT;
import static org.ariadne.monitoring.rounds.ContributionState.ACCEPTED;
import static org.ariadne.monitoring.rounds.ContributionState.DRAFT;
import static org.ariadne.monitoring.rounds.ContributionState.REQUESTED;
import static org.ariadne.monitoring.rounds.ContributionState.RETURNED;
import static org.ariadne.monitoring.rounds.ContributionState.SUBMITTED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.ContributionSubmitted;
import org.ariadne.monitoring.rounds.Contribution.Action;
import org.ariadne.monitoring.rounds.Contribution.Actor;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contribution transition, without Spring: from-state × action → to-state, or a refusal (409). */
class ContributionTransitionsTest {

    private static final Instant NOW = Instant.parse("2024-06-30T10:00:00Z");
    private static final Actor FOCAL_POINT = new Actor("focal@mup", false);
    private static final Actor COORDINATOR = new Actor("coordinator@ba-04", false);

    private static final java.util.Map<Action, ContributionState> TARGETS = java.util.Map.of(SAVE_DRAFT, DRAFT,
            SUBMIT, SUBMITTED, RETURN, RETURNED, ACCEPT, ACCEPTED);

    /** The table. {@code null} = the action is refused in that state. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(REQUESTED, SAVE_DRAFT, DRAFT), Arguments.of(REQUESTED, SUBMIT, SUBMITTED),
                Arguments.of(REQUESTED, RETURN, null), Arguments.of(REQUESTED, ACCEPT, null),
                Arguments.of(DRAFT, SAVE_DRAFT, DRAFT), Arguments.of(DRAFT, SUBMIT, SUBMITTED),
                Arguments.of(DRAFT, RETURN, null), Arguments.of(DRAFT, ACCEPT, null),
                Arguments.of(SUBMITTED, SAVE_DRAFT, null), Arguments.of(SUBMITTED, SUBMIT, null),
                Arguments.of(SUBMITTED, RETURN, RETURNED), Arguments.of(SUBMITTED, ACCEPT, ACCEPTED),
                Arguments.of(RETURNED, SAVE_DRAFT, DRAFT), Arguments.of(RETURNED, SUBMIT, SUBMITTED),
                Arguments.of(RETURNED, RETURN, null), Arguments.of(RETURNED, ACCEPT, null),
                Arguments.of(ACCEPTED, SAVE_DRAFT, null), Arguments.of(ACCEPTED, SUBMIT, null),
                Arguments.of(ACCEPTED, RETURN, null), Arguments.of(ACCEPTED, ACCEPT, null));
    }

    @Test
    void theTableCoversEveryStateAndAction() {
        List<String> pairs = new ArrayList<>();
        table().forEach(row -> pairs.add(row.get()[0] + "×" + row.get()[1]));
        assertThat(pairs).doesNotHaveDuplicates().hasSize(ContributionState.values().length * Action.values().length);
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("table")
    void aTransitionMovesToItsStateOrIsRefused(ContributionState from, Action action, ContributionState to) {
        Contribution before = in(from);
        assertThat(Contribution.target(from, action)).isEqualTo(java.util.Optional.ofNullable(to));

        if (to == null) {
            assertThatThrownBy(() -> apply(before, action)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problemType()).isEqualTo(ProblemType.CONFLICT);
                assertThat(e.getBody().getDetail()).isEqualTo("A " + from.wire() + " contribution cannot become "
                        + TARGETS.get(action).wire() + ".");
            });
            return;
        }
        Changed<Contribution> changed = apply(before, action);
        assertThat(changed.after().state()).isEqualTo(to);
        if (from != to) {
            Transition last = changed.after().history().get(changed.after().history().size() - 1);
            assertThat(last.from()).isEqualTo(from);
            assertThat(last.to()).isEqualTo(to);
            assertThat(last.at()).isEqualTo(NOW);
        } else {
            assertThat(changed.after().history()).isEqualTo(before.history());
        }
        switch (action) {
            case SUBMIT -> assertThat(changed.events()).singleElement().isInstanceOf(ContributionSubmitted.class);
            case ACCEPT -> assertThat(changed.events()).singleElement().isInstanceOf(ContributionAccepted.class);
            default -> assertThat(changed.events()).isEmpty();
        }
        assertThat(before.state()).as("the contribution before is unchanged").isEqualTo(from);
    }

    @Test
    void acceptingRecordsWhenAndClearsTheReturnReason() {
        Contribution returned = apply(in(SUBMITTED), RETURN).after();
        assertThat(returned.returnReason()).isEqualTo("Please add the figures");

        Contribution accepted = apply(apply(returned, SUBMIT).after(), ACCEPT).after();

        assertThat(accepted.returnReason()).isNull();
        assertThat(accepted.acceptedAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftReportOnAnotherInstitutionsActivityIsRefused() {
        assertThatThrownBy(() -> in(REQUESTED).saveDraft(List.of(report("a-of-someone-else")), FOCAL_POINT, NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problemType()).isEqualTo(ProblemType.VALIDATION_FAILED));
    }

    @Test
    void aFocalPointWorksOnItsOwnInstitutionOnlyAndTheCoordinatorOnAnyonesBehalf() {
        Caller focalPoint = new Caller("focal@mup", TenantId.of("ba-04"), Set.of(TenantRole.FOCAL_POINT), "MUP ZDK");
        Caller coordinator = new Caller("coordinator@ba-04", TenantId.of("ba-04"), Set.of(TenantRole.COORDINATOR), null);

        assertThat(Actor.workingOn(focalPoint, in(ContributionState.REQUESTED)).onBehalf()).isFalse();
        assertThat(Actor.workingOn(coordinator, in(ContributionState.REQUESTED)).onBehalf()).isTrue();
        assertThatThrownBy(() -> Actor.workingOn(focalPoint, Contribution.requested("r1", "p1", "Kantonalno tužilaštvo",
                List.of("a1")))).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problemType()).isEqualTo(ProblemType.FORBIDDEN));
    }

    @Test
    void aFocalPointWhoseTokenNamesTheInstitutionAsThePlanPrintsItWorksOnTheResolvedContribution() {
        Caller focalPoint = new Caller("focal@mup", TenantId.of("ba-04"), Set.of(TenantRole.FOCAL_POINT), "MUP Ze-do kantona");
        Contribution resolved = Contribution.requested("r1", "p1",
                "Ministarstvo unutrašnjih poslova Zeničko-dobojskog kantona", "mup-zdk", List.of("MUP Ze-do kantona"), List.of("a1"));

        assertThat(Actor.workingOn(focalPoint, resolved).onBehalf()).isFalse();
        assertThat(resolved.contributionId()).as("one request per institution id, whatever its printed spelling")
                .isNotEqualTo(Contribution.requested("r1", "p1", "MUP Ze-do kantona", List.of("a1")).contributionId());
    }

    @Test
    void acceptingTellsTheStatusReportedForEachActivity() {
        Contribution submitted = new Contribution("c1", "r1", "p1", "MUP ZDK", List.of("a1", "a2"), SUBMITTED,
                List.of(report("a1")), List.of(), null, null, 3);

        ContributionAccepted accepted = (ContributionAccepted) submitted.accept("ba-04", COORDINATOR, NOW).events().get(0);

        assertThat(accepted.activities()).containsExactly(new ContributionAccepted.ReportedStatus("a1", "implemented"));
    }

    private static Changed<Contribution> apply(Contribution c, Action action) {
        return switch (action) {
            case SAVE_DRAFT -> c.saveDraft(List.of(report("a1")), FOCAL_POINT, NOW);
            case SUBMIT -> c.submit("ba-04", FOCAL_POINT, NOW);
            case RETURN -> c.returnWithReason("Please add the figures", COORDINATOR, NOW);
            case ACCEPT -> c.accept("ba-04", COORDINATOR, NOW);
        };
    }

    private static Contribution in(ContributionState state) {
        Contribution requested = Contribution.requested("r1", "p1", "MUP ZDK", List.of("a1", "a2"));
        return new Contribution(requested.contributionId(), "r1", "p1", "MUP ZDK", requested.activityIds(), state,
                List.of(), List.of(), null, null, 3);
    }

    private static ActivityReport report(String activityId) {
        return new ActivityReport(activityId, ActivityStatus.IMPLEMENTED, 100, "Održana obuka", "bs", List.of());
    }
}
