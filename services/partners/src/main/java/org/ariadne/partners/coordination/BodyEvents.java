package org.ariadne.partners.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.partners.v1.BodyChanged;
import org.ariadne.contracts.partners.v1.BodyCreated;
import org.ariadne.contracts.partners.v1.DecisionRecorded;
import org.ariadne.contracts.partners.v1.FollowUpTaskAssigned;
import org.ariadne.contracts.partners.v1.FollowUpTaskStatusChanged;
import org.ariadne.contracts.partners.v1.MeetingHeld;
import org.ariadne.contracts.partners.v1.MemberAppointed;
import org.ariadne.contracts.partners.v1.MemberLeft;
import org.ariadne.contracts.partners.v1.MinutesApproved;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.partners.coordination.BodyParts.BodyFields;
import org.ariadne.partners.coordination.BodyParts.Decision;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;
import org.ariadne.partners.coordination.BodyParts.Meeting;
import org.ariadne.partners.coordination.BodyParts.Membership;

/**
 * The events a change of a coordination body causes, derived from the difference between before and after. Order:
 * the body, memberships, meetings and minutes, decisions, then tasks — a consumer never sees a task before its
 * decision or a decision before its meeting.
 */
public final class BodyEvents {

    private BodyEvents() {
    }

    public static List<DomainEvent> created(String tenantId, CoordinationBody body) {
        BodyFields f = body.fields();
        return List.of(new BodyCreated(tenantId, body.id(), f.name(), f.kind().code(), f.hostInstitutionId(),
                f.legalAct() == null ? null : f.legalAct().number(), f.legalAct() == null ? null : f.legalAct().date(),
                f.cadence() == null ? null : f.cadence().text(), f.cadence() == null ? null : f.cadence().minimumPerYear(),
                f.parentBodyId(), f.declaredMemberCount(), f.activities().stream().map(ActivityRef::activityId).toList()));
    }

    public static List<DomainEvent> between(String tenantId, CoordinationBody before, CoordinationBody after) {
        String bodyId = after.id();
        List<DomainEvent> events = new ArrayList<>();
        if (!Objects.equals(before.fields(), after.fields())) {
            BodyFields f = after.fields();
            events.add(new BodyChanged(tenantId, bodyId, f.name(), f.kind().code(), f.hostInstitutionId(),
                    f.legalAct() == null ? null : f.legalAct().number(), f.legalAct() == null ? null : f.legalAct().date(),
                    f.cadence() == null ? null : f.cadence().text(),
                    f.cadence() == null ? null : f.cadence().minimumPerYear(), f.parentBodyId(), f.declaredMemberCount(),
                    f.activities().stream().map(ActivityRef::activityId).toList()));
        }
        Map<String, Membership> oldMembers = byId(before.memberships(), Membership::id);
        for (Membership m : after.memberships()) {
            Membership old = oldMembers.get(m.id());
            boolean ended = m.to() != null && (old == null || old.to() == null);
            if (old == null || !sameTerms(old, m)) {
                events.add(new MemberAppointed(tenantId, bodyId, m.id(), m.institutionId(), m.person(), m.role().code(),
                        m.appointedBy(), m.from(), m.formallyAppointed()));
            }
            if (ended) {
                events.add(new MemberLeft(tenantId, bodyId, m.id(), m.to()));
            }
        }
        Map<String, Meeting> oldMeetings = byId(before.meetings(), Meeting::id);
        for (Meeting m : after.meetings()) {
            Meeting old = oldMeetings.get(m.id());
            if (old == null || !Objects.equals(old.number(), m.number()) || !Objects.equals(old.date(), m.date())) {
                events.add(new MeetingHeld(tenantId, bodyId, m.id(), m.number(), m.date()));
            }
            if (m.minutes().approved() && (old == null || !old.minutes().approved())) {
                events.add(new MinutesApproved(tenantId, bodyId, m.id(), m.minutes().approvedOn(), m.minutes().documentId()));
            }
        }
        Map<String, Decision> oldDecisions = byId(before.decisions(), Decision::id);
        for (Decision d : after.decisions()) {
            if (!Objects.equals(oldDecisions.get(d.id()), d)) {
                events.add(new DecisionRecorded(tenantId, bodyId, d.id(), d.meetingId(),
                        d.act() == null ? null : d.act().issuer(), d.act() == null ? null : d.act().number(),
                        d.act() == null ? null : d.act().date(), d.kind().code(), d.text()));
            }
        }
        Map<String, FollowUpTask> oldTasks = byId(before.tasks(), FollowUpTask::id);
        for (FollowUpTask t : after.tasks()) {
            FollowUpTask old = oldTasks.get(t.id());
            if (old == null || !sameAssignment(old, t)) {
                events.add(new FollowUpTaskAssigned(tenantId, bodyId, t.id(), t.decisionId(), t.text(),
                        t.assigneeInstitutionIds(), t.due(), t.activities().stream().map(ActivityRef::activityId).toList()));
            }
            if (old != null && old.status() != t.status()) {
                events.add(new FollowUpTaskStatusChanged(tenantId, bodyId, t.id(), t.status().code(), old.status().code()));
            }
        }
        return events;
    }

    private static boolean sameTerms(Membership a, Membership b) {
        return Objects.equals(a.institutionId(), b.institutionId()) && Objects.equals(a.person(), b.person())
                && a.role() == b.role() && Objects.equals(a.appointedBy(), b.appointedBy())
                && Objects.equals(a.from(), b.from()) && Objects.equals(a.formallyAppointed(), b.formallyAppointed());
    }

    private static boolean sameAssignment(FollowUpTask a, FollowUpTask b) {
        return Objects.equals(a.decisionId(), b.decisionId()) && Objects.equals(a.text(), b.text())
                && a.assigneeInstitutionIds().equals(b.assigneeInstitutionIds()) && Objects.equals(a.due(), b.due())
                && a.activities().equals(b.activities());
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> idOf) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(idOf.apply(item), item));
        return map;
    }
}
