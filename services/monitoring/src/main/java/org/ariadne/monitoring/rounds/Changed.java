package org.ariadne.monitoring.rounds;

import java.util.List;
import org.ariadne.contracts.DomainEvent;

/** The result of a transition: the aggregate's new state and the events it causes, to be stored in one write. */
public record Changed<T>(T after, List<DomainEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }
}
