package org.ariadne.partners.coordination.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ariadne.partners.activity.ActivityLinks;
import org.ariadne.partners.activity.ActivityRef;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.partners.coordination.BodyCommands;
import org.ariadne.partners.coordination.BodyFlags;
import org.ariadne.partners.coordination.BodyParts;
import org.ariadne.partners.coordination.BodyQueries;
import org.ariadne.partners.coordination.CoordinationBody;
import org.ariadne.partners.coordination.FollowUpReminders;
import org.ariadne.partners.coordination.internal.BodyRequests.BodyRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.DecisionRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.EndRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.EvidenceRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.MeetingRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.MembershipRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.MinutesRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.TaskRequest;
import org.ariadne.partners.coordination.internal.BodyRequests.TaskStatusRequest;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ↔ coordination bodies: the body, its memberships, meetings and minutes, decisions and follow-up tasks. Every
 * answer is the whole body with its flags, ETag = its version; If-Match is required to change the body's own fields or
 * a membership, optional when adding a meeting, decision or task.
 */
@RestController
@RequestMapping("/api/t/{tenant}/partners")
@Tag(name = "Coordination bodies", description = "Working groups, coordination teams, strike forces: members, meetings, decisions, tasks")
class BodyController {

    private final BodyCommands commands;
    private final BodyQueries queries;
    private final InstitutionQueries institutions;
    private final ActivityLinks links;
    private final FollowUpReminders reminders;

    BodyController(BodyCommands commands, BodyQueries queries, InstitutionQueries institutions, ActivityLinks links,
            FollowUpReminders reminders) {
        this.commands = commands;
        this.queries = queries;
        this.institutions = institutions;
        this.links = links;
        this.reminders = reminders;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BodySummary(String id, String name, String kind, BodyParts.Act legalAct, BodyParts.Cadence cadence,
            Integer declaredMemberCount, int members, int meetings, int openTasks, List<BodyFlags.Flag> flags,
            long version) {
    }

    record BodyList(List<BodySummary> items, int total) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BodyView(String id, String name, String kind, InstitutionRef host, BodyParts.Act legalAct,
            BodyParts.Cadence cadence, String parentBodyId, Integer declaredMemberCount, List<LinkedActivity> activities,
            List<BodyFlags.Flag> flags,
            List<MembershipView> memberships, List<BodyParts.Meeting> meetings, List<BodyParts.Decision> decisions,
            List<TaskView> tasks, long version, String partId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstitutionRef(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MembershipView(String id, InstitutionRef institution, String person, String role, String appointedBy,
            String from, String to, Boolean formallyAppointed, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskView(String id, String decisionId, String text, List<InstitutionRef> assignees, String due, String status,
            List<LinkedActivity> activities, List<BodyParts.Evidence> evidence, String assignedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkedActivity(String activityId, String planId, String code, String title, String latestStatus) {
    }

    @GetMapping("/bodies")
    @Operation(summary = "The tenant's coordination bodies with their flags")
    BodyList list() {
        List<BodySummary> items = queries.all().stream().map(b -> new BodySummary(b.id(), b.fields().name(),
                b.fields().kind().code(), b.fields().legalAct(), b.fields().cadence(), b.fields().declaredMemberCount(),
                (int) b.memberships().stream().filter(m -> m.to() == null).count(), b.meetings().size(),
                (int) b.tasks().stream().filter(t -> t.status().isPending()).count(), queries.flags(b), b.version()))
                .toList();
        return new BodyList(items, items.size());
    }

    @PostMapping("/bodies")
    @Operation(summary = "Record a coordination body")
    ResponseEntity<BodyView> create(@Valid @RequestBody BodyRequest body) {
        CoordinationBody created = commands.create(require(body).toFields(links));
        return ResponseEntity.created(URI.create("/api/t/" + TenantContext.require() + "/partners/bodies/" + created.id()))
                .eTag(ETags.of(created.version())).body(view(created, null));
    }

    @GetMapping("/bodies/{id}")
    @Operation(summary = "A body with its memberships, meetings, decisions, tasks and flags")
    ResponseEntity<BodyView> get(@PathVariable String id) {
        CoordinationBody body = queries.find(id).orElseThrow(() -> ProblemException.notFound("Body " + id));
        return ok(body, null);
    }

    @PutMapping("/bodies/{id}")
    @Operation(summary = "Change the body's own fields (send all of them; If-Match)")
    ResponseEntity<BodyView> change(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody BodyRequest body) {
        return ok(commands.change(id, ETags.requiredVersion(ifMatch), require(body).toFields(links)), null);
    }

    @PostMapping("/bodies/{id}/memberships")
    @Operation(summary = "Appoint a member (an institution's seat, a person, or both)")
    ResponseEntity<BodyView> appoint(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody MembershipRequest body) {
        return edit(commands.appoint(id, version(ifMatch), require(body).toMembership(null)));
    }

    @PutMapping("/bodies/{id}/memberships/{membershipId}")
    @Operation(summary = "Change a membership's terms (If-Match)")
    ResponseEntity<BodyView> changeMembership(@PathVariable String id, @PathVariable String membershipId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody MembershipRequest body) {
        return edit(commands.changeMembership(id, ETags.requiredVersion(ifMatch), require(body).toMembership(membershipId)));
    }

    @PostMapping("/bodies/{id}/memberships/{membershipId}/end")
    @Operation(summary = "End a membership (today unless a date is given)")
    ResponseEntity<BodyView> endMembership(@PathVariable String id, @PathVariable String membershipId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody(required = false) EndRequest body) {
        return edit(commands.endMembership(id, version(ifMatch), membershipId, body == null ? null : BodyRequests.blank(body.to())));
    }

    @PostMapping("/bodies/{id}/meetings")
    @Operation(summary = "Record a meeting (session) held")
    ResponseEntity<BodyView> meeting(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody MeetingRequest body) {
        return edit(commands.recordMeeting(id, version(ifMatch), require(body).toMeeting(null)));
    }

    @PostMapping("/bodies/{id}/meetings/{meetingId}/minutes")
    @Operation(summary = "Attach the draft minutes (an uploaded document)")
    ResponseEntity<BodyView> draftMinutes(@PathVariable String id, @PathVariable String meetingId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody MinutesRequest body) {
        if (body == null || body.documentId() == null) {
            throw ProblemException.validation(List.of(new FieldProblem("/documentId", "name the uploaded minutes")));
        }
        return edit(commands.draftMinutes(id, version(ifMatch), meetingId, body.documentId()));
    }

    @PostMapping("/bodies/{id}/meetings/{meetingId}/minutes/approve")
    @Operation(summary = "Approve the minutes (with the approved document, or the draft attached before)")
    ResponseEntity<BodyView> approveMinutes(@PathVariable String id, @PathVariable String meetingId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody(required = false) MinutesRequest body) {
        return edit(commands.approveMinutes(id, version(ifMatch), meetingId, body == null ? null : body.documentId(),
                body == null ? null : BodyRequests.blank(body.approvedOn())));
    }

    @PostMapping("/bodies/{id}/decisions")
    @Operation(summary = "Record a decision: of a meeting (meetingId) or an external act (act)")
    ResponseEntity<BodyView> decision(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest body) {
        return edit(commands.recordDecision(id, version(ifMatch), require(body).toDecision()));
    }

    @PostMapping("/bodies/{id}/tasks")
    @Operation(summary = "Assign a decision's follow-up task to institutions, linked to plan activities")
    ResponseEntity<BodyView> task(@PathVariable String id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody TaskRequest body) {
        return edit(commands.assignTask(id, version(ifMatch), require(body).toTask(links)));
    }

    @PostMapping("/bodies/{id}/tasks/{taskId}/status")
    @Operation(summary = "Move a task to open, in_progress, done or cancelled")
    ResponseEntity<BodyView> taskStatus(@PathVariable String id, @PathVariable String taskId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody TaskStatusRequest body) {
        return edit(commands.changeTaskStatus(id, version(ifMatch), taskId, require(body).toStatus()));
    }

    @PostMapping("/bodies/{id}/tasks/{taskId}/evidence")
    @Operation(summary = "Add evidence that a task was done: a text, a link or an uploaded document")
    ResponseEntity<BodyView> evidence(@PathVariable String id, @PathVariable String taskId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody EvidenceRequest body) {
        EvidenceRequest e = require(body);
        return edit(commands.addEvidence(id, version(ifMatch), taskId, new BodyParts.Evidence(BodyRequests.blank(e.text()),
                BodyRequests.blank(e.url()), BodyRequests.blank(e.documentId()), null)));
    }

    record RemindersSent(int sent) {
    }

    @PostMapping("/reminders/send")
    @Operation(summary = "Send the follow-up reminders due today now, instead of at the next hourly run (each is sent once)")
    RemindersSent sendReminders() {
        return new RemindersSent(reminders.sendDue(java.time.LocalDate.now()));
    }

    @GetMapping("/notifications")
    @Operation(summary = "Follow-up reminders sent in this tenant, newest first")
    List<FollowUpReminders.Notification> notifications() {
        return reminders.recent();
    }

    private ResponseEntity<BodyView> edit(BodyCommands.Edit edit) {
        return ok(edit.body(), edit.partId());
    }

    private ResponseEntity<BodyView> ok(CoordinationBody body, String partId) {
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(view(body, partId));
    }

    private BodyView view(CoordinationBody b, String partId) {
        BodyParts.BodyFields f = b.fields();
        return new BodyView(b.id(), f.name(), f.kind().code(), f.hostInstitutionId() == null ? null : ref(f.hostInstitutionId()),
                f.legalAct(), f.cadence(), f.parentBodyId(), f.declaredMemberCount(),
                f.activities().stream().map(this::linked).toList(), queries.flags(b),
                b.memberships().stream().map(m -> new MembershipView(m.id(), m.institutionId() == null ? null
                        : ref(m.institutionId()), m.person(), m.role().code(), m.appointedBy(), m.from(), m.to(),
                        m.formallyAppointed(), m.note())).toList(),
                b.meetings(), b.decisions(), b.tasks().stream().map(t -> new TaskView(t.id(), t.decisionId(), t.text(),
                        t.assigneeInstitutionIds().stream().map(this::ref).toList(), t.due(), t.status().code(),
                        t.activities().stream().map(this::linked).toList(), t.evidence(), t.assignedOn())).toList(),
                b.version(), partId);
    }

    private InstitutionRef ref(String institutionId) {
        return new InstitutionRef(institutionId, institutions.find(institutionId).map(Institution::name).orElse(null));
    }

    private LinkedActivity linked(ActivityRef ref) {
        ActivityView view = links.view(ref.activityId()).orElse(null);
        return new LinkedActivity(ref.activityId(), ref.planId(), ref.code(), view == null ? null : view.title(),
                view == null ? null : view.latestStatus());
    }

    private static Long version(String ifMatch) {
        return ifMatch == null ? null : ETags.requiredVersion(ifMatch);
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw ProblemException.validation(List.of(new FieldProblem("", "a JSON object is required")));
        }
        return body;
    }
}
