package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/** Readings of the current tenant's plan activities, each an aggregate with its own outbox. */
public interface ReadingRepository {

    /** A reading with the version its document is at. */
    record Stored(ActivityReading reading, long version) {
    }

    Optional<Stored> find(String activityId);

    /** The readings of these activities (those that have one), in one query. */
    java.util.Map<String, Stored> findAll(java.util.Collection<String> activityIds);

    List<Stored> all();

    void insert(ActivityReading reading, List<? extends DomainEvent> events);

    /** False when the version moved (another writer was first). */
    boolean update(ActivityReading reading, long expectedVersion, List<? extends DomainEvent> events);

    /** The activity left its plan: its reading is dropped (nothing is published; consumers follow plans.events). */
    void remove(String activityId);
}
