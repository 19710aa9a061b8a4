package org.ariadne.partners.coordination;

import java.util.List;
import org.ariadne.partners.activity.ActivityRef;

/** The parts a coordination body is made of. Dates are ISO dates (yyyy-mm-dd) as strings, as they are printed. */
public final class BodyParts {

    private BodyParts() {
    }

    /** An act: its issuer ("Vlada Zeničko-dobojskog kantona"), number ("02-03-2594/21"), date and title. */
    public record Act(String issuer, String number, String date, String title) {
    }

    /**
     * How often the body must meet: as its act says it ("najmanje dva puta godišnje") and as a minimum number of
     * meetings per calendar year (null: the act sets none, so nothing is flagged).
     */
    public record Cadence(String text, Integer minimumPerYear) {
    }

    /** The body's own fields; {@code activities}: the plan activities about the body itself ("Ojačati Udarnu grupu"). */
    public record BodyFields(String name, BodyKind kind, String hostInstitutionId, Act legalAct, Cadence cadence,
            String parentBodyId, Integer declaredMemberCount, List<ActivityRef> activities) {

        public BodyFields {
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    /**
     * A seat in the body: an institution's, a person's, or both.
     *
     * @param formallyAppointed true when appointed by the competent act, false when the member works in the body
     *                          without one (003:4642), null when unknown
     */
    public record Membership(String id, String institutionId, String person, MemberRole role, String appointedBy,
            String from, String to, Boolean formallyAppointed, String note) {

        public boolean activeOn(String isoDate) {
            return to == null || to.compareTo(isoDate) >= 0;
        }
    }

    /** The minutes of a meeting: a draft, then approved (with the document when attached). */
    public record Minutes(boolean approved, String documentId, String approvedOn) {
        public static final Minutes NONE = new Minutes(false, null, null);
    }

    /**
     * A session of the body, numbered as the body counts them. {@code date} is an ISO date, or only the year when the
     * source gives no more ("4 regular sessions in 2023", 003:291).
     */
    public record Meeting(String id, Integer number, String date, List<String> agenda,
            List<String> attendeeInstitutionIds, Integer attendeeCount, Minutes minutes, String note) {

        public Meeting {
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            attendeeInstitutionIds = attendeeInstitutionIds == null ? List.of() : List.copyOf(attendeeInstitutionIds);
            minutes = minutes == null ? Minutes.NONE : minutes;
        }
    }

    /** A decision taken at one of the body's meetings, or an external act about the body (a Government conclusion). */
    public record Decision(String id, String meetingId, Act act, DecisionKind kind, String text) {
    }

    /** What shows that a task was done: a text, a link or an attached document. */
    public record Evidence(String text, String url, String documentId, String addedOn) {
    }

    /** A decision's follow-up: who does what by when, for which plan activities, and what shows it was done. */
    public record FollowUpTask(String id, String decisionId, String text, List<String> assigneeInstitutionIds, String due,
            TaskStatus status, List<ActivityRef> activities, List<Evidence> evidence, String assignedOn) {

        public FollowUpTask {
            assigneeInstitutionIds = assigneeInstitutionIds == null ? List.of() : List.copyOf(assigneeInstitutionIds);
            activities = activities == null ? List.of() : List.copyOf(activities);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }
}
