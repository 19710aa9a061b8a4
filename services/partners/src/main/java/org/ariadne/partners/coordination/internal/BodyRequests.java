package org.ariadne.partners.coordination.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.activity.ActivityLinks;
import org.ariadne.partners.coordination.BodyKind;
import org.ariadne.partners.coordination.BodyParts;
import org.ariadne.partners.coordination.DecisionKind;
import org.ariadne.partners.coordination.MemberRole;
import org.ariadne.partners.coordination.TaskStatus;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/** Request bodies of the bodies API and their translation into the domain's parts (all invalid fields at once). */
final class BodyRequests {

    private BodyRequests() {
    }

    record ActRequest(String issuer, String number, String date, String title) {
        BodyParts.Act toAct() {
            return new BodyParts.Act(blank(issuer), blank(number), blank(date), blank(title));
        }
    }

    record CadenceRequest(String text, Integer minimumPerYear) {
    }

    record BodyRequest(String name, String kind, String hostInstitutionId, ActRequest legalAct, CadenceRequest cadence,
            String parentBodyId, Integer declaredMemberCount, List<ActivityRequest> activities) {

        BodyParts.BodyFields toFields(ActivityLinks links) {
            List<FieldProblem> problems = new ArrayList<>();
            BodyKind parsed = kind == null ? null : BodyKind.of(kind).orElse(null);
            if (kind != null && parsed == null) {
                problems.add(new FieldProblem("/kind", "must be one of " + BodyKind.codes()));
            }
            throwIfAny(problems);
            return new BodyParts.BodyFields(blank(name), parsed, blank(hostInstitutionId),
                    legalAct == null ? null : legalAct.toAct(),
                    cadence == null ? null : new BodyParts.Cadence(blank(cadence.text()), cadence.minimumPerYear()),
                    blank(parentBodyId), declaredMemberCount, links.resolve(requested(activities), "/activities"));
        }
    }

    record MembershipRequest(String institutionId, String person, String role, String appointedBy, String from, String to,
            Boolean formallyAppointed, String note) {

        BodyParts.Membership toMembership(String id) {
            MemberRole parsed = role == null ? MemberRole.MEMBER : MemberRole.of(role).orElse(null);
            if (parsed == null) {
                throwIfAny(List.of(new FieldProblem("/role", "must be one of " + MemberRole.codes())));
            }
            return new BodyParts.Membership(id, blank(institutionId), blank(person), parsed, blank(appointedBy),
                    blank(from), blank(to), formallyAppointed, blank(note));
        }
    }

    record EndRequest(String to) {
    }

    record MeetingRequest(Integer number, String date, List<String> agenda, List<String> attendeeInstitutionIds,
            Integer attendeeCount, String note) {

        BodyParts.Meeting toMeeting(String id) {
            return new BodyParts.Meeting(id, number, blank(date), agenda, attendeeInstitutionIds, attendeeCount, null,
                    blank(note));
        }
    }

    record MinutesRequest(String documentId, String approvedOn) {
    }

    record DecisionRequest(String meetingId, ActRequest act, String kind, String text) {

        BodyParts.Decision toDecision() {
            DecisionKind parsed = kind == null ? null : DecisionKind.of(kind).orElse(null);
            if (kind != null && parsed == null) {
                throwIfAny(List.of(new FieldProblem("/kind", "must be one of " + DecisionKind.codes())));
            }
            return new BodyParts.Decision(null, blank(meetingId), act == null ? null : act.toAct(), parsed,
                    text == null ? null : text.strip());
        }
    }

    record ActivityRequest(String activityId, String planId, String code) {
    }

    record TaskRequest(String decisionId, String text, List<String> assigneeInstitutionIds, String due,
            List<ActivityRequest> activities, String assignedOn) {

        BodyParts.FollowUpTask toTask(ActivityLinks links) {
            if (assignedOn != null && !org.ariadne.web.validation.IsoDate.Validator.exists(assignedOn)) {
                throwIfAny(List.of(new FieldProblem("/assignedOn", "must be an existing ISO date (yyyy-mm-dd)")));
            }
            return new BodyParts.FollowUpTask(null, blank(decisionId), text == null ? null : text.strip(),
                    assigneeInstitutionIds == null ? List.of() : assigneeInstitutionIds, blank(due), TaskStatus.OPEN,
                    links.resolve(requested(activities), "/activities"), List.of(), blank(assignedOn));
        }
    }

    record TaskStatusRequest(String status) {

        TaskStatus toStatus() {
            return TaskStatus.of(status).orElseThrow(() -> ProblemException.validation(List.of(
                    new FieldProblem("/status", "must be one of " + TaskStatus.codes()))));
        }
    }

    record EvidenceRequest(String text, String url, String documentId) {
    }

    static List<ActivityLinks.Requested> requested(List<ActivityRequest> activities) {
        return activities == null ? List.of() : activities.stream().map(a -> a == null ? null
                : new ActivityLinks.Requested(blank(a.activityId()), blank(a.planId()), blank(a.code()))).toList();
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }
}
