package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/**
 * What the other services know of the current tenant's review queue: how many names wait for a decision, as last
 * published ({@code partners.ReviewQueueChanged}). One aggregate per tenant with its own outbox.
 */
public interface ReviewQueueRepository {

    /** The number last published and the version its document is at. */
    record Stored(int openNames, long version) {
    }

    /** Nothing yet when partners has not read any of the tenant's names. */
    Optional<Stored> find();

    /**
     * Stores the number with its event: inserts it when {@code expectedVersion} is empty, else updates it if the version
     * did not move.
     *
     * @return false when another writer was first (the document exists already, or its version moved)
     */
    boolean save(int openNames, Optional<Long> expectedVersion, List<? extends DomainEvent> events);
}
