package org.ariadne.partners.coordination;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Coordination bodies of the current tenant, stored with their events in one write. */
public interface BodyRepository {

    CoordinationBody insert(CoordinationBody body, List<? extends DomainEvent> events);

    Optional<CoordinationBody> find(String id);

    List<CoordinationBody> all();

    /** Bodies that name the institution anywhere (host, member, attendee, assignee). */
    List<CoordinationBody> referring(String institutionId);

    Optional<CoordinationBody> update(CoordinationBody before, CoordinationBody after, List<? extends DomainEvent> events);
}
