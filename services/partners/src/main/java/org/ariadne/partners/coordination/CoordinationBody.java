package org.ariadne.partners.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.partners.coordination.BodyParts.Act;
import org.ariadne.partners.coordination.BodyParts.BodyFields;
import org.ariadne.partners.coordination.BodyParts.Decision;
import org.ariadne.partners.coordination.BodyParts.Evidence;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;
import org.ariadne.partners.coordination.BodyParts.Meeting;
import org.ariadne.partners.coordination.BodyParts.Membership;
import org.ariadne.partners.coordination.BodyParts.Minutes;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.validation.IsoDate;

/**
 * A coordination body (working group, coordination team, strike force …) with everything it keeps: memberships,
 * meetings with their minutes, decisions (its own or external acts about it) and their follow-up tasks. One aggregate,
 * one document: a body holds dozens of meetings and tasks over its life, not thousands. Immutable: each change
 * returns a new body and {@link BodyEvents} derives the events from the difference.
 */
public record CoordinationBody(String id, BodyFields fields, List<Membership> memberships, List<Meeting> meetings,
        List<Decision> decisions, List<FollowUpTask> tasks, Instant createdAt, Instant updatedAt, long version) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NAME = 300;
    public static final int MAX_PERSON = 200;
    /** An issuer, an appointing authority, a cadence as written ("quarterly, and when needed"). */
    public static final int MAX_AUTHORITY = 300;
    public static final int MAX_ACT_NUMBER = 100;
    public static final int MAX_ACT_TITLE = 1000;
    public static final int MAX_URL = 2000;
    public static final int MAX_AGENDA_ITEMS = 100;
    public static final int MAX_ASSIGNEES = 50;
    public static final int MAX_ACTIVITIES = 100;
    public static final int MAX_CADENCE_PER_YEAR = 366;
    public static final int MAX_DECLARED_MEMBERS = 1000;
    public static final int MAX_PARTS = 500;
    public static final int MAX_DEPTH = 6;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^(19|20)[0-9]{2}$");

    public CoordinationBody {
        memberships = List.copyOf(memberships);
        meetings = List.copyOf(meetings);
        decisions = List.copyOf(decisions);
        tasks = List.copyOf(tasks);
    }

    public static CoordinationBody create(String id, BodyFields fields, Instant now, BodyReferences references) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(id, fields, references, problems);
        throwIfAny(problems);
        return new CoordinationBody(id, fields, List.of(), List.of(), List.of(), List.of(), now, now, 0);
    }

    public CoordinationBody withFields(BodyFields newFields, Instant now, BodyReferences references) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(id, newFields, references, problems);
        throwIfAny(problems);
        return copy(newFields, memberships, meetings, decisions, tasks, now);
    }

    public CoordinationBody atVersion(long newVersion) {
        return new CoordinationBody(id, fields, memberships, meetings, decisions, tasks, createdAt, updatedAt, newVersion);
    }

    // ---------------------------------------------------------------- memberships

    /** Adds a membership, or replaces the one with the same id (its terms changed). */
    public CoordinationBody withMembership(Membership membership, Instant now, BodyReferences references) {
        List<FieldProblem> problems = new ArrayList<>();
        if (membership.institutionId() == null && membership.person() == null) {
            problems.add(new FieldProblem("/institutionId", "a membership names an institution, a person, or both"));
        }
        if (membership.institutionId() != null && !references.isActiveInstitution(membership.institutionId())) {
            problems.add(new FieldProblem("/institutionId", "There is no active institution " + membership.institutionId()));
        }
        if (membership.role() == null) {
            problems.add(new FieldProblem("/role", "must be one of " + MemberRole.codes()));
        }
        checkText("/person", membership.person(), MAX_PERSON, problems);
        checkText("/appointedBy", membership.appointedBy(), MAX_AUTHORITY, problems);
        checkText("/note", membership.note(), MAX_TEXT, problems);
        checkDate("/from", membership.from(), problems);
        checkDate("/to", membership.to(), problems);
        if (membership.from() != null && membership.to() != null && IsoDate.Validator.exists(membership.from())
                && IsoDate.Validator.exists(membership.to()) && membership.to().compareTo(membership.from()) < 0) {
            problems.add(new FieldProblem("/to", "must not be before from"));
        }
        checkRoom(memberships, membership.id(), Membership::id, "/memberships", problems);
        throwIfAny(problems);
        return copy(fields, replace(memberships, membership, Membership::id), meetings, decisions, tasks, now);
    }

    public CoordinationBody endMembership(String membershipId, String to, Instant now) {
        Membership m = membership(membershipId);
        List<FieldProblem> problems = new ArrayList<>();
        checkDate("/to", to, problems);
        if (to != null && m.from() != null && to.compareTo(m.from()) < 0) {
            problems.add(new FieldProblem("/to", "must not be before the membership's start " + m.from()));
        }
        throwIfAny(problems);
        Membership ended = new Membership(m.id(), m.institutionId(), m.person(), m.role(), m.appointedBy(), m.from(),
                to == null ? now.toString().substring(0, 10) : to, m.formallyAppointed(), m.note());
        return copy(fields, replace(memberships, ended, Membership::id), meetings, decisions, tasks, now);
    }

    public Membership membership(String membershipId) {
        return memberships.stream().filter(m -> m.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Membership " + membershipId + " of body " + id));
    }

    // ---------------------------------------------------------------- meetings

    public CoordinationBody withMeeting(Meeting meeting, Instant now, BodyReferences references) {
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting.date() == null || !(IsoDate.Validator.exists(meeting.date()) || YEAR.matcher(meeting.date()).matches())) {
            problems.add(new FieldProblem("/date", "must be an ISO date (yyyy-mm-dd), or the year (yyyy) when only that is known"));
        }
        if (meeting.number() != null && meeting.number() < 1) {
            problems.add(new FieldProblem("/number", "must be at least 1"));
        }
        if (meeting.number() != null && meetings.stream().anyMatch(m -> !m.id().equals(meeting.id())
                && meeting.number().equals(m.number()))) {
            problems.add(new FieldProblem("/number", "The body already has a session number " + meeting.number()));
        }
        if (meeting.agenda().size() > MAX_AGENDA_ITEMS) {
            problems.add(new FieldProblem("/agenda", "at most " + MAX_AGENDA_ITEMS + " items"));
        }
        for (int i = 0; i < meeting.agenda().size(); i++) {
            String item = meeting.agenda().get(i);
            if (item == null || item.isBlank() || item.length() > MAX_TEXT) {
                problems.add(new FieldProblem("/agenda/" + i, "must be a text of 1 to " + MAX_TEXT + " characters"));
            }
        }
        for (int i = 0; i < meeting.attendeeInstitutionIds().size(); i++) {
            if (!references.isActiveInstitution(meeting.attendeeInstitutionIds().get(i))) {
                problems.add(new FieldProblem("/attendeeInstitutionIds/" + i, "There is no active institution "
                        + meeting.attendeeInstitutionIds().get(i)));
            }
        }
        if (meeting.attendeeCount() != null && meeting.attendeeCount() < 0) {
            problems.add(new FieldProblem("/attendeeCount", "must not be negative"));
        }
        checkText("/note", meeting.note(), MAX_TEXT, problems);
        checkRoom(meetings, meeting.id(), Meeting::id, "/meetings", problems);
        throwIfAny(problems);
        Meeting kept = meetings.stream().filter(m -> m.id().equals(meeting.id())).findFirst()
                .map(old -> new Meeting(meeting.id(), meeting.number(), meeting.date(), meeting.agenda(),
                        meeting.attendeeInstitutionIds(), meeting.attendeeCount(), old.minutes(), meeting.note()))
                .orElse(meeting);
        return copy(fields, memberships, replace(meetings, kept, Meeting::id), decisions, tasks, now);
    }

    /** Approves a meeting's minutes (the draft becomes the record), with the approved document when attached. */
    public CoordinationBody approveMinutes(String meetingId, String documentId, String approvedOn, Instant now) {
        Meeting meeting = meeting(meetingId);
        List<FieldProblem> problems = new ArrayList<>();
        checkDate("/approvedOn", approvedOn, problems);
        if (approvedOn != null && IsoDate.Validator.exists(approvedOn) && approvedOn.compareTo(meeting.date()) < 0
                && !approvedOn.startsWith(meeting.date())) {
            problems.add(new FieldProblem("/approvedOn", "minutes cannot be approved before the meeting (" + meeting.date() + ")"));
        }
        throwIfAny(problems);
        if (meeting.minutes().approved()) {
            throw new ProblemException(ProblemType.CONFLICT, "The minutes of session " + describe(meeting)
                    + " were approved on " + meeting.minutes().approvedOn());
        }
        Meeting approved = new Meeting(meeting.id(), meeting.number(), meeting.date(), meeting.agenda(),
                meeting.attendeeInstitutionIds(), meeting.attendeeCount(), new Minutes(true, documentId, approvedOn),
                meeting.note());
        return copy(fields, memberships, replace(meetings, approved, Meeting::id), decisions, tasks, now);
    }

    /** Attaches a draft of the minutes (replacing an earlier draft); 409 once they are approved. */
    public CoordinationBody withDraftMinutes(String meetingId, String documentId, Instant now) {
        Meeting meeting = meeting(meetingId);
        if (meeting.minutes().approved()) {
            throw new ProblemException(ProblemType.CONFLICT, "The minutes of session " + describe(meeting)
                    + " are approved and cannot be replaced");
        }
        Meeting drafted = new Meeting(meeting.id(), meeting.number(), meeting.date(), meeting.agenda(),
                meeting.attendeeInstitutionIds(), meeting.attendeeCount(), new Minutes(false, documentId, null),
                meeting.note());
        return copy(fields, memberships, replace(meetings, drafted, Meeting::id), decisions, tasks, now);
    }

    public Meeting meeting(String meetingId) {
        return meetings.stream().filter(m -> m.id().equals(meetingId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Meeting " + meetingId + " of body " + id));
    }

    private static String describe(Meeting meeting) {
        return (meeting.number() == null ? "" : meeting.number() + " ") + "of " + meeting.date();
    }

    // ---------------------------------------------------------------- decisions and tasks

    public CoordinationBody withDecision(Decision decision, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.meetingId() == null && decision.act() == null) {
            problems.add(new FieldProblem("/meetingId", "a decision comes from one of the body's meetings or from an act"));
        }
        if (decision.meetingId() != null && meetings.stream().noneMatch(m -> m.id().equals(decision.meetingId()))) {
            problems.add(new FieldProblem("/meetingId", "There is no meeting " + decision.meetingId() + " of this body"));
        }
        if (decision.act() != null) {
            checkAct("/act", decision.act(), problems);
        }
        if (decision.kind() == null) {
            problems.add(new FieldProblem("/kind", "must be one of " + DecisionKind.codes()));
        }
        if (decision.text() == null || decision.text().isBlank()) {
            problems.add(new FieldProblem("/text", "must not be blank"));
        } else {
            checkText("/text", decision.text(), MAX_TEXT, problems);
        }
        checkRoom(decisions, decision.id(), Decision::id, "/decisions", problems);
        throwIfAny(problems);
        return copy(fields, memberships, meetings, replace(decisions, decision, Decision::id), tasks, now);
    }

    public Decision decision(String decisionId) {
        return decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Decision " + decisionId + " of body " + id));
    }

    /** Assigns a follow-up task (or changes its terms; its status and evidence stay). */
    public CoordinationBody withTask(FollowUpTask task, Instant now, BodyReferences references) {
        List<FieldProblem> problems = new ArrayList<>();
        if (task.decisionId() == null || decisions.stream().noneMatch(d -> d.id().equals(task.decisionId()))) {
            problems.add(new FieldProblem("/decisionId", "There is no decision " + task.decisionId() + " of this body"));
        }
        if (task.text() == null || task.text().isBlank()) {
            problems.add(new FieldProblem("/text", "must not be blank"));
        } else {
            checkText("/text", task.text(), MAX_TEXT, problems);
        }
        if (task.assigneeInstitutionIds().isEmpty()) {
            problems.add(new FieldProblem("/assigneeInstitutionIds", "a task is assigned to at least one institution"));
        }
        if (task.assigneeInstitutionIds().size() > MAX_ASSIGNEES) {
            problems.add(new FieldProblem("/assigneeInstitutionIds", "at most " + MAX_ASSIGNEES + " institutions"));
        }
        for (int i = 0; i < task.assigneeInstitutionIds().size(); i++) {
            if (!references.isActiveInstitution(task.assigneeInstitutionIds().get(i))) {
                problems.add(new FieldProblem("/assigneeInstitutionIds/" + i, "There is no active institution "
                        + task.assigneeInstitutionIds().get(i)));
            }
        }
        checkDate("/due", task.due(), problems);
        if (task.activities().size() > MAX_ACTIVITIES) {
            problems.add(new FieldProblem("/activities", "at most " + MAX_ACTIVITIES + " activities"));
        }
        checkRoom(tasks, task.id(), FollowUpTask::id, "/tasks", problems);
        throwIfAny(problems);
        FollowUpTask kept = tasks.stream().filter(t -> t.id().equals(task.id())).findFirst()
                .map(old -> new FollowUpTask(task.id(), task.decisionId(), task.text(), task.assigneeInstitutionIds(),
                        task.due(), old.status(), task.activities(), old.evidence(), old.assignedOn()))
                .orElse(task);
        return copy(fields, memberships, meetings, decisions, replace(tasks, kept, FollowUpTask::id), now);
    }

    public CoordinationBody withTaskStatus(String taskId, TaskStatus status, Instant now) {
        FollowUpTask task = task(taskId);
        if (status == null) {
            throw ProblemException.validation(List.of(new FieldProblem("/status", "must be one of " + TaskStatus.codes())));
        }
        FollowUpTask changed = new FollowUpTask(task.id(), task.decisionId(), task.text(), task.assigneeInstitutionIds(),
                task.due(), status, task.activities(), task.evidence(), task.assignedOn());
        return copy(fields, memberships, meetings, decisions, replace(tasks, changed, FollowUpTask::id), now);
    }

    public CoordinationBody withEvidence(String taskId, Evidence evidence, Instant now) {
        FollowUpTask task = task(taskId);
        List<FieldProblem> problems = new ArrayList<>();
        if ((evidence.text() == null || evidence.text().isBlank()) && evidence.url() == null && evidence.documentId() == null) {
            problems.add(new FieldProblem("/text", "evidence is a text, a link or a document"));
        }
        checkText("/text", evidence.text(), MAX_TEXT, problems);
        checkText("/url", evidence.url(), MAX_URL, problems);
        if (task.evidence().size() >= 100) {
            problems.add(new FieldProblem("/evidence", "a task keeps at most 100 pieces of evidence"));
        }
        throwIfAny(problems);
        List<Evidence> more = new ArrayList<>(task.evidence());
        more.add(evidence);
        FollowUpTask changed = new FollowUpTask(task.id(), task.decisionId(), task.text(), task.assigneeInstitutionIds(),
                task.due(), task.status(), task.activities(), more, task.assignedOn());
        return copy(fields, memberships, meetings, decisions, replace(tasks, changed, FollowUpTask::id), now);
    }

    public FollowUpTask task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Task " + taskId + " of body " + id));
    }

    // ---------------------------------------------------------------- merges

    /** Every reference to institution {@code from} now names {@code to} (host, memberships, attendance, assignees). */
    public CoordinationBody repointed(String from, String to, Instant now) {
        UnaryOperator<String> swap = idOf -> from.equals(idOf) ? to : idOf;
        BodyFields newFields = new BodyFields(fields.name(), fields.kind(), swap.apply(fields.hostInstitutionId()),
                fields.legalAct(), fields.cadence(), fields.parentBodyId(), fields.declaredMemberCount(), fields.activities());
        List<Membership> newMemberships = memberships.stream().map(m -> new Membership(m.id(), swap.apply(m.institutionId()),
                m.person(), m.role(), m.appointedBy(), m.from(), m.to(), m.formallyAppointed(), m.note())).toList();
        List<Meeting> newMeetings = meetings.stream().map(m -> new Meeting(m.id(), m.number(), m.date(), m.agenda(),
                m.attendeeInstitutionIds().stream().map(swap).distinct().toList(), m.attendeeCount(), m.minutes(),
                m.note())).toList();
        List<FollowUpTask> newTasks = tasks.stream().map(t -> new FollowUpTask(t.id(), t.decisionId(), t.text(),
                t.assigneeInstitutionIds().stream().map(swap).distinct().toList(), t.due(), t.status(), t.activities(),
                t.evidence(), t.assignedOn())).toList();
        return copy(newFields, newMemberships, newMeetings, decisions, newTasks, now);
    }

    /** True when any part of the body names the institution. */
    public boolean refersTo(String institutionId) {
        return institutionId.equals(fields.hostInstitutionId())
                || memberships.stream().anyMatch(m -> institutionId.equals(m.institutionId()))
                || meetings.stream().anyMatch(m -> m.attendeeInstitutionIds().contains(institutionId))
                || tasks.stream().anyMatch(t -> t.assigneeInstitutionIds().contains(institutionId));
    }

    // ---------------------------------------------------------------- checks

    private static void checkFields(String id, BodyFields f, BodyReferences references, List<FieldProblem> problems) {
        if (f.name() == null || f.name().isBlank()) {
            problems.add(new FieldProblem("/name", "must not be blank"));
        } else {
            checkText("/name", f.name(), MAX_NAME, problems);
        }
        if (f.kind() == null) {
            problems.add(new FieldProblem("/kind", "must be one of " + BodyKind.codes()));
        }
        if (f.hostInstitutionId() != null && !references.isActiveInstitution(f.hostInstitutionId())) {
            problems.add(new FieldProblem("/hostInstitutionId", "There is no active institution " + f.hostInstitutionId()));
        }
        if (f.legalAct() != null) {
            checkAct("/legalAct", f.legalAct(), problems);
        }
        if (f.cadence() != null) {
            checkText("/cadence/text", f.cadence().text(), MAX_AUTHORITY, problems);
            if (f.cadence().minimumPerYear() != null && (f.cadence().minimumPerYear() < 0
                    || f.cadence().minimumPerYear() > MAX_CADENCE_PER_YEAR)) {
                problems.add(new FieldProblem("/cadence/minimumPerYear", "must be between 0 and " + MAX_CADENCE_PER_YEAR));
            }
        }
        if (f.declaredMemberCount() != null && (f.declaredMemberCount() < 0 || f.declaredMemberCount() > MAX_DECLARED_MEMBERS)) {
            problems.add(new FieldProblem("/declaredMemberCount", "must be between 0 and " + MAX_DECLARED_MEMBERS));
        }
        if (f.parentBodyId() != null) {
            checkParentBody(id, f.parentBodyId(), references, problems);
        }
    }

    private static void checkParentBody(String id, String parentId, BodyReferences references, List<FieldProblem> problems) {
        if (parentId.equals(id)) {
            problems.add(new FieldProblem("/parentBodyId", "A body cannot report to itself"));
            return;
        }
        Set<String> seen = new HashSet<>();
        Optional<CoordinationBody> current = references.body(parentId);
        if (current.isEmpty()) {
            problems.add(new FieldProblem("/parentBodyId", "There is no body " + parentId + " in this tenant"));
            return;
        }
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().id().equals(id)) {
                problems.add(new FieldProblem("/parentBodyId", "This body would report to itself (a cycle of parent bodies)"));
                return;
            }
            if (seen.size() > MAX_DEPTH) {
                problems.add(new FieldProblem("/parentBodyId", "Bodies nest at most " + MAX_DEPTH + " levels deep"));
                return;
            }
            String next = current.get().fields().parentBodyId();
            current = next == null ? Optional.empty() : references.body(next);
        }
    }

    private static void checkAct(String pointer, Act act, List<FieldProblem> problems) {
        if (act.number() == null && act.date() == null && act.title() == null) {
            problems.add(new FieldProblem(pointer, "an act has a number, a date or a title"));
        }
        checkText(pointer + "/issuer", act.issuer(), MAX_AUTHORITY, problems);
        checkText(pointer + "/number", act.number(), MAX_ACT_NUMBER, problems);
        checkText(pointer + "/title", act.title(), MAX_ACT_TITLE, problems);
        checkDate(pointer + "/date", act.date(), problems);
    }

    static void checkDate(String pointer, String value, List<FieldProblem> problems) {
        if (value != null && !IsoDate.Validator.exists(value)) {
            problems.add(new FieldProblem(pointer, "must be an existing ISO date (yyyy-mm-dd)"));
        }
    }

    static void checkText(String pointer, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(pointer, "must be at most " + max + " characters"));
        }
    }

    private static <T> void checkRoom(List<T> existing, String id, java.util.function.Function<T, String> idOf,
            String pointer, List<FieldProblem> problems) {
        if (existing.size() >= MAX_PARTS && existing.stream().noneMatch(e -> idOf.apply(e).equals(id))) {
            problems.add(new FieldProblem(pointer, "a body keeps at most " + MAX_PARTS + " of these"));
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }

    private static <T> List<T> replace(List<T> items, T item, java.util.function.Function<T, String> idOf) {
        List<T> result = new ArrayList<>();
        boolean replaced = false;
        for (T existing : items) {
            if (idOf.apply(existing).equals(idOf.apply(item))) {
                result.add(item);
                replaced = true;
            } else {
                result.add(existing);
            }
        }
        if (!replaced) {
            result.add(item);
        }
        return result;
    }

    private CoordinationBody copy(BodyFields f, List<Membership> ms, List<Meeting> mts, List<Decision> ds,
            List<FollowUpTask> ts, Instant now) {
        return new CoordinationBody(id, f, ms, mts, ds, ts, createdAt, now, version);
    }

    /** The activities the body and its tasks are linked to (for the read side). */
    public List<ActivityRef> linkedActivities() {
        List<ActivityRef> refs = new ArrayList<>(fields.activities());
        tasks.forEach(t -> t.activities().stream().filter(a -> !refs.contains(a)).forEach(refs::add));
        return refs;
    }
}
