package org.ariadne.webapp.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator records about a coordination body, as the forms send it: the body itself, a session it held, a
 * decision and a decision's follow-up task, a task's new status. Each form refuses here, field by field with text
 * keys, what cannot be sent; the partners service checks the rest.
 */
public final class BodyForms {

    public static final List<String> BODY_KINDS = List.of("working_group", "coordination_team", "strike_force", "national_coordinator",
            "monitoring_team", "national_authority");
    public static final List<String> DECISION_KINDS = List.of("conclusion", "establishment", "rules", "plan", "appointment", "other");
    public static final List<String> TASK_STATUSES = List.of("open", "in_progress", "done", "cancelled");
    static final int MAX_TEXT = 2000;

    private BodyForms() {
    }

    /** A coordination body and the act that established it. */
    public record Body(String name, String kind, String actIssuer, String actNumber, String actDate, String cadence,
            String minimumPerYear, String declaredMemberCount) implements Serializable {

        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(name) || name.strip().length() > 500) {
                problems.put("name", "partners.body.nameRequired");
            }
            if (kind == null || !BODY_KINDS.contains(kind)) {
                problems.put("kind", "partners.body.kindRequired");
            }
            if (!blank(actDate) && !isDate(actDate)) {
                problems.put("legalAct.date", "partners.form.dateInvalid");
            }
            if (!blank(minimumPerYear) && !smallNumber(minimumPerYear, 0, 366)) {
                problems.put("cadence.minimumPerYear", "partners.form.numberInvalid");
            }
            if (!blank(declaredMemberCount) && !smallNumber(declaredMemberCount, 0, 10_000)) {
                problems.put("declaredMemberCount", "partners.form.numberInvalid");
            }
            if (tooLong(actIssuer) || tooLong(actNumber) || tooLong(cadence)) {
                problems.put("legalAct", "partners.form.tooLong");
            }
            return problems;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name.strip());
            body.put("kind", kind);
            if (!blank(actIssuer) || !blank(actNumber) || !blank(actDate)) {
                Map<String, Object> act = new LinkedHashMap<>();
                act.put("issuer", strip(actIssuer));
                act.put("number", strip(actNumber));
                act.put("date", strip(actDate));
                body.put("legalAct", act);
            }
            if (!blank(cadence) || !blank(minimumPerYear)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("text", strip(cadence));
                c.put("minimumPerYear", blank(minimumPerYear) ? null : Integer.parseInt(minimumPerYear.strip()));
                body.put("cadence", c);
            }
            if (!blank(declaredMemberCount)) {
                body.put("declaredMemberCount", Integer.parseInt(declaredMemberCount.strip()));
            }
            return body;
        }
    }

    /** A session the body held: its number as the body counts them, the date (or only the year), the agenda, one item a line. */
    public record Meeting(String number, String date, String agenda, String attendeeCount, String note) implements Serializable {

        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (!blank(number) && !smallNumber(number, 1, 100_000)) {
                problems.put("meeting.number", "partners.form.numberInvalid");
            }
            if (blank(date) || !(isDate(date) || date.strip().matches("(19|20)\\d{2}"))) {
                problems.put("meeting.date", "partners.meeting.dateInvalid");
            }
            if (!blank(attendeeCount) && !smallNumber(attendeeCount, 0, 10_000)) {
                problems.put("meeting.attendeeCount", "partners.form.numberInvalid");
            }
            if (agenda != null && agenda.length() > 10 * MAX_TEXT || tooLong(note)) {
                problems.put("meeting.agenda", "partners.form.tooLong");
            }
            return problems;
        }

        public List<String> agendaItems() {
            return agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", blank(number) ? null : Integer.parseInt(number.strip()));
            body.put("date", date.strip());
            body.put("agenda", agendaItems());
            body.put("attendeeCount", blank(attendeeCount) ? null : Integer.parseInt(attendeeCount.strip()));
            body.put("note", strip(note));
            return body;
        }
    }

    /** A decision of one of the body's sessions ({@code meetingId}), or of an act from outside (issuer, number, date). */
    public record Decision(String meetingId, String kind, String text, String actIssuer, String actNumber, String actDate)
            implements Serializable {

        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (kind == null || !DECISION_KINDS.contains(kind)) {
                problems.put("decision.kind", "partners.decision.kindRequired");
            }
            if (blank(text) || text.strip().length() > MAX_TEXT) {
                problems.put("decision.text", "partners.decision.textRequired");
            }
            if (blank(meetingId) && blank(actIssuer) && blank(actNumber)) {
                problems.put("decision.meetingId", "partners.decision.sourceRequired");
            }
            if (!blank(actDate) && !isDate(actDate)) {
                problems.put("decision.actDate", "partners.form.dateInvalid");
            }
            return problems;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("text", text.strip());
            if (!blank(meetingId)) {
                body.put("meetingId", meetingId.strip());
            } else {
                Map<String, Object> act = new LinkedHashMap<>();
                act.put("issuer", strip(actIssuer));
                act.put("number", strip(actNumber));
                act.put("date", strip(actDate));
                body.put("act", act);
            }
            return body;
        }
    }

    /** A follow-up task of a decision, for one or more institutions, with a due date when the decision sets one. */
    public record Task(String decisionId, String text, List<String> assignees, String due) implements Serializable {

        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(decisionId)) {
                problems.put("task.decisionId", "partners.task.decisionRequired");
            }
            if (blank(text) || text.strip().length() > MAX_TEXT) {
                problems.put("task.text", "partners.task.textRequired");
            }
            if (chosenAssignees().isEmpty() || chosenAssignees().size() > 50) {
                problems.put("task.assignees", "partners.task.assigneesRequired");
            }
            if (!blank(due) && !isDate(due)) {
                problems.put("task.due", "partners.form.dateInvalid");
            }
            return problems;
        }

        public List<String> chosenAssignees() {
            return assignees == null ? List.of() : assignees.stream().filter(a -> !blank(a)).map(String::strip).distinct().toList();
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decisionId", decisionId.strip());
            body.put("text", text.strip());
            body.put("assigneeInstitutionIds", chosenAssignees());
            body.put("due", strip(due));
            return body;
        }
    }

    static boolean isDate(String text) {
        try {
            LocalDate.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean smallNumber(String text, int min, int max) {
        String t = text.strip();
        if (!t.matches("\\d{1,6}")) {
            return false;
        }
        int value = Integer.parseInt(t);
        return value >= min && value <= max;
    }

    static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_TEXT;
    }

    static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
