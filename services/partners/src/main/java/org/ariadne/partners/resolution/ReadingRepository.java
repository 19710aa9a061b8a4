package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/**
 * Readings of the current tenant's plan activities, each an aggregate with its own outbox. Every write of a reading
 * carries a count token: the mark that the review queue and its published count may not follow it yet, until
 * {@link #countPublished} removes it (see {@link ResolutionCommands}).
 */
public interface ReadingRepository {

    /** A reading with the version its document is at, and its count token (null when its count was published). */
    record Stored(ActivityReading reading, long version, String countToken) {
    }

    /** A reading (or a removed one: no unresolved parts) written with {@code countToken} whose count was not published. */
    record CountPending(String activityId, String countToken, List<ActivityReading.Occurrence> unresolved) {
    }

    Optional<Stored> find(String activityId);

    /** The readings of these activities (those that have one), in one query. */
    java.util.Map<String, Stored> findAll(java.util.Collection<String> activityIds);

    List<Stored> all();

    void insert(ActivityReading reading, List<? extends DomainEvent> events, String countToken);

    /** False when the version moved (another writer was first). */
    boolean update(ActivityReading reading, long expectedVersion, List<? extends DomainEvent> events, String countToken);

    /** The activity left its plan: its reading is dropped (nothing is published; consumers follow plans.events). */
    void remove(String activityId, String countToken);

    /** The readings still carrying a count token. */
    List<CountPending> countPending();

    /** Removes the count token, unless a later write replaced it with its own. */
    void countPublished(String activityId, String countToken);
}
