package org.ariadne.partners.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.partners.coordination.BodyParts.BodyFields;
import org.ariadne.partners.coordination.BodyParts.Decision;
import org.ariadne.partners.coordination.BodyParts.Evidence;
import org.ariadne.partners.coordination.BodyParts.FollowUpTask;
import org.ariadne.partners.coordination.BodyParts.Meeting;
import org.ariadne.partners.coordination.BodyParts.Membership;
import org.ariadne.partners.document.Documents;
import org.ariadne.partners.institution.Institution;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.web.ETags;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Use cases that change coordination bodies of the current tenant: read → apply → one guarded write of the new state
 * and its events. A change that names a version (If-Match) fails with 412 when the body moved on; additions that do
 * not (a meeting, a decision, a task) are retried on a fresh read.
 */
@Service
public class BodyCommands {

    static final int MAX_ATTEMPTS = 5;

    private final BodyRepository bodies;
    private final InstitutionQueries institutions;
    private final Documents documents;
    private final Clock clock = Clock.systemUTC();

    public BodyCommands(BodyRepository bodies, InstitutionQueries institutions, Documents documents) {
        this.bodies = bodies;
        this.institutions = institutions;
        this.documents = documents;
    }

    /** What a change of a body returns: the body as stored and the id of the part it added or changed. */
    public record Edit(CoordinationBody body, String partId) {
    }

    public CoordinationBody create(BodyFields fields) {
        CoordinationBody body = CoordinationBody.create(UUID.randomUUID().toString(), fields, now(), references());
        return bodies.insert(body, BodyEvents.created(tenant(), body));
    }

    public CoordinationBody change(String id, long expectedVersion, BodyFields fields) {
        return change(id, expectedVersion, b -> b.withFields(fields, now(), references()));
    }

    public Edit appoint(String id, Long expectedVersion, Membership membership) {
        String membershipId = UUID.randomUUID().toString();
        Membership withId = new Membership(membershipId, membership.institutionId(), membership.person(), membership.role(),
                membership.appointedBy(), membership.from(), membership.to(), membership.formallyAppointed(),
                membership.note());
        return new Edit(change(id, expectedVersion, b -> b.withMembership(withId, now(), references())), membershipId);
    }

    public Edit changeMembership(String id, long expectedVersion, Membership membership) {
        return new Edit(change(id, expectedVersion, b -> {
            b.membership(membership.id());
            return b.withMembership(membership, now(), references());
        }), membership.id());
    }

    public Edit endMembership(String id, Long expectedVersion, String membershipId, String to) {
        return new Edit(change(id, expectedVersion, b -> b.endMembership(membershipId, to, now())), membershipId);
    }

    public Edit recordMeeting(String id, Long expectedVersion, Meeting meeting) {
        String meetingId = meeting.id() == null ? UUID.randomUUID().toString() : meeting.id();
        Meeting withId = new Meeting(meetingId, meeting.number(), meeting.date(), meeting.agenda(),
                meeting.attendeeInstitutionIds(), meeting.attendeeCount(), null, meeting.note());
        return new Edit(change(id, expectedVersion, b -> {
            if (meeting.id() != null) {
                b.meeting(meeting.id());
            }
            return b.withMeeting(withId, now(), references());
        }), meetingId);
    }

    public Edit draftMinutes(String id, Long expectedVersion, String meetingId, String documentId) {
        requireDocument(documentId, "/documentId");
        return new Edit(change(id, expectedVersion, b -> b.withDraftMinutes(meetingId, documentId, now())), meetingId);
    }

    public Edit approveMinutes(String id, Long expectedVersion, String meetingId, String documentId, String approvedOn) {
        if (documentId != null) {
            requireDocument(documentId, "/documentId");
        }
        return new Edit(change(id, expectedVersion, b -> {
            String document = documentId != null ? documentId : b.meeting(meetingId).minutes().documentId();
            return b.approveMinutes(meetingId, document, approvedOn, now());
        }), meetingId);
    }

    public Edit recordDecision(String id, Long expectedVersion, Decision decision) {
        String decisionId = UUID.randomUUID().toString();
        Decision withId = new Decision(decisionId, decision.meetingId(), decision.act(), decision.kind(), decision.text());
        return new Edit(change(id, expectedVersion, b -> b.withDecision(withId, now())), decisionId);
    }

    public Edit assignTask(String id, Long expectedVersion, FollowUpTask task) {
        String taskId = UUID.randomUUID().toString();
        FollowUpTask withId = new FollowUpTask(taskId, task.decisionId(), task.text(), task.assigneeInstitutionIds(),
                task.due(), TaskStatus.OPEN, task.activities(), List.of(),
                task.assignedOn() == null ? now().toString().substring(0, 10) : task.assignedOn());
        return new Edit(change(id, expectedVersion, b -> b.withTask(withId, now(), references())), taskId);
    }

    public Edit changeTaskStatus(String id, Long expectedVersion, String taskId, TaskStatus status) {
        return new Edit(change(id, expectedVersion, b -> b.withTaskStatus(taskId, status, now())), taskId);
    }

    public Edit addEvidence(String id, Long expectedVersion, String taskId, Evidence evidence) {
        if (evidence.documentId() != null) {
            requireDocument(evidence.documentId(), "/documentId");
        }
        Evidence dated = new Evidence(evidence.text(), evidence.url(), evidence.documentId(),
                evidence.addedOn() == null ? now().toString().substring(0, 10) : evidence.addedOn());
        return new Edit(change(id, expectedVersion, b -> b.withEvidence(taskId, dated, now())), taskId);
    }

    /** After a merge: every body naming the merged institution names the survivor, with events. Idempotent. */
    public void repoint(String mergedId, String survivorId) {
        for (CoordinationBody body : bodies.referring(mergedId)) {
            change(body.id(), null, b -> b.repointed(mergedId, survivorId, now()));
        }
    }

    private void requireDocument(String documentId, String pointer) {
        if (!documents.exists(documentId)) {
            throw ProblemException.validation(List.of(new FieldProblem(pointer, "There is no document " + documentId
                    + " in this tenant; upload it first (POST .../documents)")));
        }
    }

    private CoordinationBody change(String id, Long expectedVersion, Function<CoordinationBody, CoordinationBody> change) {
        for (int attempt = 1; ; attempt++) {
            CoordinationBody before = bodies.find(id).orElseThrow(() -> ProblemException.notFound("Body " + id));
            if (expectedVersion != null && before.version() != expectedVersion) {
                throw ETags.stale("Body " + id, expectedVersion, before.version());
            }
            CoordinationBody after = change.apply(before);
            List<DomainEvent> events = BodyEvents.between(tenant(), before, after);
            if (events.isEmpty()) {
                return before;
            }
            Optional<CoordinationBody> saved = bodies.update(before, after, events);
            if (saved.isPresent()) {
                return saved.get();
            }
            if (expectedVersion != null || attempt >= MAX_ATTEMPTS) {
                throw expectedVersion != null ? ETags.stale("Body " + id, expectedVersion, expectedVersion + 1)
                        : new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "Body " + id
                                + " kept changing concurrently; retry the request");
            }
        }
    }

    private BodyReferences references() {
        return new BodyReferences() {
            @Override
            public boolean isActiveInstitution(String institutionId) {
                return institutions.find(institutionId).filter(Institution::isActive).isPresent();
            }

            @Override
            public Optional<CoordinationBody> body(String bodyId) {
                return bodies.find(bodyId);
            }
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tenant() {
        return TenantContext.require().value();
    }
}
