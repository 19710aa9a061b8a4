package org.ariadne.partners.coordination.internal;

import static org.ariadne.partners.coordination.CoordinationBody.MAX_ACTIVITIES;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_ACT_NUMBER;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_ACT_TITLE;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_AGENDA_ITEMS;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_ASSIGNEES;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_AUTHORITY;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_NAME;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_PERSON;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_TEXT;
import static org.ariadne.partners.coordination.CoordinationBody.MAX_URL;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.partners.activity.ActivityLinks;
import org.ariadne.partners.coordination.BodyKind;
import org.ariadne.partners.coordination.BodyParts;
import org.ariadne.partners.coordination.CoordinationBody;
import org.ariadne.partners.coordination.DecisionKind;
import org.ariadne.partners.coordination.MemberRole;
import org.ariadne.partners.coordination.TaskStatus;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/**
 * Request bodies of the bodies API and their translation into the domain's parts (all invalid fields at once). The
 * document states each limit: a {@code @Schema} limit is the domain's own check ({@link CoordinationBody}'s
 * constants), a {@code @Size} one is checked here, at the boundary (ids, which the domain only looks up), before
 * anything is read or written.
 */
final class BodyRequests {

    /** Ids (ours and plans' are UUIDs); a longer one names nothing. */
    static final int MAX_ID = 100;
    static final int MAX_DATE = 10;
    /** Institutions recorded as attending one meeting (a plenary of every ministry and NGO stays far below). */
    static final int MAX_ATTENDEES = 200;

    private BodyRequests() {
    }

    record ActRequest(
            @Schema(maxLength = MAX_AUTHORITY) String issuer,
            @Schema(maxLength = MAX_ACT_NUMBER) String number,
            @Schema(format = "date", maxLength = MAX_DATE) String date,
            @Schema(maxLength = MAX_ACT_TITLE) String title) {
        BodyParts.Act toAct() {
            return new BodyParts.Act(blank(issuer), blank(number), blank(date), blank(title));
        }
    }

    record CadenceRequest(
            @Schema(maxLength = MAX_AUTHORITY, example = "quarterly") String text,
            @Schema(minimum = "0", maximum = "" + CoordinationBody.MAX_CADENCE_PER_YEAR) Integer minimumPerYear) {
    }

    record BodyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_NAME) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"working_group", "coordination_team", "strike_force",
                    "national_coordinator", "monitoring_team", "national_authority"}) String kind,
            @Size(max = MAX_ID) String hostInstitutionId,
            ActRequest legalAct,
            CadenceRequest cadence,
            @Size(max = MAX_ID) String parentBodyId,
            @Schema(minimum = "0", maximum = "" + CoordinationBody.MAX_DECLARED_MEMBERS) Integer declaredMemberCount,
            @Size(max = MAX_ACTIVITIES) List<@Valid ActivityRequest> activities) {

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

    record MembershipRequest(
            @Schema(description = "a membership names an institution, a person, or both") @Size(max = MAX_ID) String institutionId,
            @Schema(maxLength = MAX_PERSON) String person,
            @Schema(allowableValues = {"chair", "coordinator", "deputy", "member", "observer", "secretary"}, defaultValue = "member")
            String role,
            @Schema(maxLength = MAX_AUTHORITY) String appointedBy,
            @Schema(format = "date", maxLength = MAX_DATE) String from,
            @Schema(format = "date", maxLength = MAX_DATE) String to,
            Boolean formallyAppointed,
            @Schema(maxLength = MAX_TEXT) String note) {

        BodyParts.Membership toMembership(String id) {
            MemberRole parsed = role == null ? MemberRole.MEMBER : MemberRole.of(role).orElse(null);
            if (parsed == null) {
                throwIfAny(List.of(new FieldProblem("/role", "must be one of " + MemberRole.codes())));
            }
            return new BodyParts.Membership(id, blank(institutionId), blank(person), parsed, blank(appointedBy),
                    blank(from), blank(to), formallyAppointed, blank(note));
        }
    }

    record EndRequest(@Schema(format = "date", maxLength = MAX_DATE) String to) {
    }

    record MeetingRequest(
            @Schema(minimum = "1") Integer number,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "an ISO date, or the year when only that is known",
                    pattern = "^\\d{4}(-\\d{2}-\\d{2})?$", example = "2024-03-01") String date,
            @ArraySchema(maxItems = MAX_AGENDA_ITEMS, schema = @Schema(maxLength = MAX_TEXT)) List<String> agenda,
            @Size(max = MAX_ATTENDEES) List<@Size(max = MAX_ID) String> attendeeInstitutionIds,
            @Schema(minimum = "0") Integer attendeeCount,
            @Schema(maxLength = MAX_TEXT) String note) {

        BodyParts.Meeting toMeeting(String id) {
            return new BodyParts.Meeting(id, number, blank(date), agenda, attendeeInstitutionIds, attendeeCount, null,
                    blank(note));
        }
    }

    record MinutesRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the id of the uploaded minutes (POST …/documents)")
            @Size(max = MAX_ID) String documentId,
            @Schema(format = "date", maxLength = MAX_DATE) String approvedOn) {
    }

    record DecisionRequest(
            @Schema(description = "the meeting the decision comes from; or send act") @Size(max = MAX_ID) String meetingId,
            ActRequest act,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"establishment", "rules", "plan", "conclusion", "appointment",
                    "other"}) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_TEXT) String text) {

        BodyParts.Decision toDecision() {
            DecisionKind parsed = kind == null ? null : DecisionKind.of(kind).orElse(null);
            if (kind != null && parsed == null) {
                throwIfAny(List.of(new FieldProblem("/kind", "must be one of " + DecisionKind.codes())));
            }
            return new BodyParts.Decision(null, blank(meetingId), act == null ? null : act.toAct(), parsed,
                    text == null ? null : text.strip());
        }
    }

    /** An activity by its id, or by its code as printed (within planId when codes repeat across plans). */
    record ActivityRequest(@Size(max = MAX_ID) String activityId, @Size(max = MAX_ID) String planId, @Size(max = MAX_ID) String code) {
    }

    record TaskRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = MAX_ID) String decisionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_TEXT) String text,
            @NotEmpty @ArraySchema(maxItems = MAX_ASSIGNEES) List<@Size(max = MAX_ID) String> assigneeInstitutionIds,
            @Schema(format = "date", maxLength = MAX_DATE) String due,
            @ArraySchema(maxItems = MAX_ACTIVITIES) List<@Valid ActivityRequest> activities,
            @Schema(format = "date", maxLength = MAX_DATE) String assignedOn) {

        BodyParts.FollowUpTask toTask(ActivityLinks links) {
            if (assignedOn != null && !org.ariadne.web.validation.IsoDate.Validator.exists(assignedOn)) {
                throwIfAny(List.of(new FieldProblem("/assignedOn", "must be an existing ISO date (yyyy-mm-dd)")));
            }
            return new BodyParts.FollowUpTask(null, blank(decisionId), text == null ? null : text.strip(),
                    assigneeInstitutionIds == null ? List.of() : assigneeInstitutionIds, blank(due), TaskStatus.OPEN,
                    links.resolve(requested(activities), "/activities"), List.of(), blank(assignedOn));
        }
    }

    record TaskStatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "in_progress", "done", "cancelled"}) String status) {

        TaskStatus toStatus() {
            return TaskStatus.of(status).orElseThrow(() -> ProblemException.validation(List.of(
                    new FieldProblem("/status", "must be one of " + TaskStatus.codes()))));
        }
    }

    record EvidenceRequest(
            @Schema(description = "evidence is a text, a link (url) or a document (documentId): at least one", maxLength = MAX_TEXT)
            String text,
            @Schema(maxLength = MAX_URL) String url,
            @Size(max = MAX_ID) String documentId) {
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
