package org.ariadne.partners.resolution;

import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;

/**
 * Readings of the current tenant's plan activities, each an aggregate with its own outbox. A write of a reading that
 * may change the review queue carries a count token: the mark that the queue and its published count may not follow
 * it yet, until {@link #countPublished} removes it (see {@link ResolutionCommands}).
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

    /** Inserts a first reading; {@code countToken} null when the review queue's count need not follow it. */
    void insert(ActivityReading reading, List<? extends DomainEvent> events, String countToken);

    /**
     * False when the version moved (another writer was first). {@code countToken} null when the review queue's count
     * need not follow it: the stored reading had none, and none is written.
     */
    boolean update(ActivityReading reading, long expectedVersion, List<? extends DomainEvent> events, String countToken);

    /** The activity left its plan: its reading is dropped (nothing is published; consumers follow plans.events). */
    void remove(String activityId, String countToken);

    /** The readings still carrying a count token. */
    List<CountPending> countPending();

    /** The activity's reading (a removed one too) if it still carries a count token; one read by id. */
    Optional<CountPending> countPending(String activityId);

    /** Removes the count token, unless a later write replaced it with its own. */
    void countPublished(String activityId, String countToken);
}
