package org.ariadne.partners.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ariadne.contracts.partners.v1.FollowUpTaskAssigned;
import org.ariadne.contracts.partners.v1.MeetingHeld;
import org.ariadne.contracts.partners.v1.MinutesApproved;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.partners.coordination.BodyParts.Act;
import org.ariadne.partners.coordination.BodyParts.BodyFields;
import org.ariadne.partners.coordination.BodyParts.Cadence;
import org.ariadne.partners.coordination.BodyParts.Decision;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;
import org.ariadne.partners.coordination.BodyParts.Meeting;
import org.ariadne.partners.coordination.BodyParts.Membership;
import org.ariadne.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The ba-04 coordination team and the BiH Strike Force as the seeds describe them (003, 001). */
class CoordinationBodyTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2025-06-01");
    private final Set<String> institutions = Set.of("mup", "up", "tuzilastvo", "sipa", "gp", "sps");
    private final Map<String, CoordinationBody> bodies = new HashMap<>();
    private final BodyReferences references = new BodyReferences() {
        @Override
        public boolean isActiveInstitution(String institutionId) {
            return institutions.contains(institutionId);
        }

        @Override
        public Optional<CoordinationBody> body(String bodyId) {
            return Optional.ofNullable(bodies.get(bodyId));
        }
    };

    private CoordinationBody ba04Team() {
        CoordinationBody team = CoordinationBody.create("kt", new BodyFields("Koordinacioni tim", BodyKind.COORDINATION_TEAM,
                null, new Act("Vlada Ze-do kantona", "02-03-2594/21", "2021-02-24", "Odluka o osnivanju"), null, null, 11, null),
                NOW, references);
        team = team.withMeeting(new Meeting("s3", 3, "2021-07-29", List.of("Poslovnik o radu"), null, null, null, null), NOW,
                references);
        team = team.withMeeting(new Meeting("s4", 4, "2021-08-25", List.of("Prijedlog Akcionog plana"), null, null, null,
                null), NOW, references);
        team = team.withDecision(new Decision("rules", "s3", null, DecisionKind.RULES, "Donesen Poslovnik o radu"), NOW);
        team = team.withDecision(new Decision("conclusion", null, new Act("Vlada Zeničko-dobojskog kantona", "02-/25",
                "2025-03-21", "Zaključak"), DecisionKind.CONCLUSION, "MUP i UP da predlože imenovanje novih članova"), NOW);
        return team.withTask(new FollowUpTask("t1", "conclusion", "Predložiti imenovanje novih članova",
                List.of("mup", "up"), null, TaskStatus.OPEN, List.of(new ActivityRef("a111", "plan", "1.1.1")), null,
                "2025-03-21"), NOW, references);
    }

    @Test
    void theBa04TeamIsFlaggedForItsUnappointedMembers() {
        CoordinationBody team = ba04Team();

        assertThat(BodyFlags.of(team, TODAY)).extracting(BodyFlags.Flag::code)
                .contains(BodyFlags.MEMBERS_NOT_FORMALLY_APPOINTED);
        assertThat(BodyFlags.of(team, TODAY)).filteredOn(f -> f.code().equals(BodyFlags.MEMBERS_NOT_FORMALLY_APPOINTED))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("11 members declared, 0 on record"));
    }

    @Test
    void aMemberWithoutFormalAppointmentIsFlagged() {
        CoordinationBody team = ba04Team().withMembership(new Membership("m1", "mup", null, MemberRole.MEMBER, null,
                "2021-02-24", null, false, null), NOW, references);

        BodyFlags.Flag flag = BodyFlags.of(team, TODAY).stream()
                .filter(f -> f.code().equals(BodyFlags.MEMBERS_NOT_FORMALLY_APPOINTED)).findFirst().orElseThrow();
        assertThat(flag.details()).containsEntry("notFormallyAppointed", List.of("m1"));
    }

    @Test
    void theStrikeForceWithOneMeetingInAYearIsFlaggedAgainstItsCadence() {
        CoordinationBody strikeForce = CoordinationBody.create("ug", new BodyFields("Udarna grupa", BodyKind.STRIKE_FORCE,
                "tuzilastvo", null, new Cadence("najmanje dva puta godišnje", 2), null, null, null), NOW, references);
        for (String member : List.of("tuzilastvo", "sipa", "gp", "sps")) {
            strikeForce = strikeForce.withMembership(new Membership("m-" + member, member, null, MemberRole.MEMBER, null,
                    null, null, null, null), NOW, references);
        }
        strikeForce = strikeForce.withMeeting(new Meeting("s1", 1, "2024-05-14", null, null, null, null, null), NOW,
                references);

        assertThat(BodyFlags.of(strikeForce, TODAY)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BodyFlags.MET_LESS_THAN_CADENCE);
            assertThat(f.details()).containsEntry("year", 2024).containsEntry("meetings", 1L);
        });
        assertThat(BodyFlags.of(strikeForce, LocalDate.parse("2024-12-31"))).as("the running year is not judged").isEmpty();
    }

    @Test
    void eventsFollowTheDifference() {
        CoordinationBody before = ba04Team();
        CoordinationBody after = before.approveMinutes("s3", "doc-1", "2021-08-25", NOW);

        assertThat(BodyEvents.between("ba-04", before, after)).singleElement().isInstanceOf(MinutesApproved.class);
        assertThat(BodyEvents.between("ba-04", CoordinationBody.create("kt", before.fields(), NOW, references), before))
                .hasAtLeastOneElementOfType(MeetingHeld.class).hasAtLeastOneElementOfType(FollowUpTaskAssigned.class);
        assertThatThrownBy(() -> after.approveMinutes("s3", null, "2021-09-01", NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aBodyCannotReportToItselfThroughItsParents() {
        CoordinationBody state = CoordinationBody.create("state", new BodyFields("State team", BodyKind.COORDINATION_TEAM,
                null, null, null, null, null, null), NOW, references);
        bodies.put("state", state);
        CoordinationBody canton = CoordinationBody.create("canton", new BodyFields("Canton team", BodyKind.COORDINATION_TEAM,
                null, null, null, "state", null, null), NOW, references);
        bodies.put("canton", canton);

        assertThatThrownBy(() -> state.withFields(new BodyFields("State team", BodyKind.COORDINATION_TEAM, null, null, null,
                "canton", null, null), NOW, references)).isInstanceOf(ProblemException.class).hasMessageContaining("cycle");
    }

    @Test
    void aTaskNeedsItsDecisionAndActiveAssignees() {
        assertThatThrownBy(() -> ba04Team().withTask(new FollowUpTask("t2", "nope", "x", List.of("ghost"), "2025-13-01",
                TaskStatus.OPEN, null, null, "2025-01-01"), NOW, references))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("3 fields"));
    }

    @Test
    void theConclusionsTaskWithoutDueDateIsRemindedOnceItHasBeenOpenAMonth() {
        FollowUpTask task = ba04Team().task("t1");

        assertThat(TaskReminders.dueOn(task, LocalDate.parse("2025-04-01"), 7, 30)).isEmpty();
        assertThat(TaskReminders.dueOn(task, LocalDate.parse("2025-04-20"), 7, 30))
                .containsExactly(TaskReminders.OPEN_WITHOUT_DUE_DATE);
        FollowUpTask withDue = new FollowUpTask("t", "d", "x", List.of("mup"), "2025-06-05", TaskStatus.IN_PROGRESS,
                null, null, "2025-03-21");
        assertThat(TaskReminders.dueOn(withDue, TODAY, 7, 30)).containsExactly(TaskReminders.DUE_SOON);
        assertThat(TaskReminders.dueOn(withDue, LocalDate.parse("2025-06-06"), 7, 30)).containsExactly(TaskReminders.OVERDUE);
    }

    @Test
    void aMergeRepointsHostMembersAndAssignees() {
        CoordinationBody team = ba04Team().withMembership(new Membership("m1", "up", null, MemberRole.MEMBER, null, null,
                null, null, null), NOW, references);

        CoordinationBody repointed = team.repointed("up", "mup", NOW);

        assertThat(repointed.membership("m1").institutionId()).isEqualTo("mup");
        assertThat(repointed.task("t1").assigneeInstitutionIds()).containsExactly("mup");
        assertThat(repointed.refersTo("up")).isFalse();
    }
}
